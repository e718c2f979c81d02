/**
 * Writes `sitemap.xml` after the build from the pages actually built: each page's canonical URL
 * and the hreflang alternates its <head> declares. Pages added later are covered without
 * being listed anywhere. A guide too large for one sitemap file gets parts and an index
 * (src/lib/open-data/sitemap.ts).
 */
import { open, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pageLinks, sitemapFiles, type SitemapPage } from '../lib/open-data/sitemap.ts';
import { isLocalePath } from '../lib/paths.ts';

/**
 * A built page up to the end of its <head>, where its links are; undefined when there is no
 * such file. Reading the rest would be most of the bytes: at 50 000 opportunities the sitemap
 * step read 5 GB of pages to use the first few kilobytes of each.
 */
async function readHead(file: URL): Promise<string | undefined> {
  const handle = await open(file).catch(() => undefined);
  if (!handle) return undefined;
  try {
    const decoder = new TextDecoder();
    const chunk = new Uint8Array(16 * 1024);
    let text = '';
    for (;;) {
      const { bytesRead } = await handle.read(chunk, 0, chunk.length);
      if (bytesRead === 0) return text + decoder.decode();
      text += decoder.decode(chunk.subarray(0, bytesRead), { stream: true });
      if (text.includes('</head>')) return text;
    }
  } finally {
    await handle.close();
  }
}

export function sitemap(): AstroIntegration {
  let base = '/';
  return {
    name: 'invest-atlas-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const found: SitemapPage[] = [];
        const pathnames = pages.map((page) => page.pathname).filter(isLocalePath);
        for (let start = 0; start < pathnames.length; start += 64) {
          const batch = pathnames.slice(start, start + 64);
          const results = await Promise.all(
            batch.map(async (pathname) => {
              const head = await readHead(new URL(`${pathname.replace(/\/?$/, '/')}index.html`, dir));
              return head === undefined ? undefined : pageLinks(head);
            }),
          );
          for (const result of results) if (result) found.push(result);
        }
        found.sort((a, b) => a.url.localeCompare(b.url));
        const files = sitemapFiles(found, base);
        for (const file of files) await writeFile(fileURLToPath(new URL(file.name, dir)), file.xml);
        logger.info(`sitemap.xml: ${found.length} pages${files.length > 1 ? ` in ${files.length - 1} parts` : ''}`);
      },
    },
  };
}
