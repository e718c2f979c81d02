/**
 * Writes `sitemap.xml` after the build from the pages actually built: each page's canonical URL
 * and the hreflang alternates its <head> declares. Pages added later are covered without
 * being listed anywhere.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pageLinks, sitemapXml, type SitemapPage } from '../lib/open-data/sitemap.ts';
import { isLocalePath } from '../lib/paths.ts';

export function sitemap(): AstroIntegration {
  return {
    name: 'invest-atlas-sitemap',
    hooks: {
      'astro:build:done': async ({ dir, pages, logger }) => {
        const found: SitemapPage[] = [];
        const pathnames = pages.map((page) => page.pathname).filter(isLocalePath);
        for (let start = 0; start < pathnames.length; start += 64) {
          const batch = pathnames.slice(start, start + 64);
          const results = await Promise.all(
            batch.map(async (pathname) => {
              const html = await readFile(new URL(`${pathname.replace(/\/?$/, '/')}index.html`, dir), 'utf8').catch(() => undefined);
              return html === undefined ? undefined : pageLinks(html);
            }),
          );
          for (const result of results) if (result) found.push(result);
        }
        found.sort((a, b) => a.url.localeCompare(b.url));
        await writeFile(fileURLToPath(new URL('sitemap.xml', dir)), sitemapXml(found));
        logger.info(`sitemap.xml: ${found.length} pages`);
      },
    },
  };
}
