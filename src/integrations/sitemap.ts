/**
 * Writes `sitemap.xml` after the build from the pages actually built: each page's canonical URL
 * and the hreflang alternates its <head> declares. Pages added later are covered without
 * being listed anywhere. A build in parts writes it once the parts are merged (src/cli/build-site.ts).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pageLinks, sitemapXml, type SitemapPage } from '../lib/open-data/sitemap.ts';
import { isLocalePath } from '../lib/paths.ts';

/** Writes `<site>/sitemap.xml` for the given page paths (`zh/regions/`, …); returns how many pages it lists. */
export async function writeSitemap(site: string, pagePathnames: readonly string[]): Promise<number> {
  const found: SitemapPage[] = [];
  const pathnames = pagePathnames.filter(isLocalePath);
  for (let start = 0; start < pathnames.length; start += 64) {
    const batch = pathnames.slice(start, start + 64);
    const results = await Promise.all(
      batch.map(async (pathname) => {
        const html = await readFile(path.join(site, pathname, 'index.html'), 'utf8').catch(() => undefined);
        return html === undefined ? undefined : pageLinks(html);
      }),
    );
    for (const result of results) if (result) found.push(result);
  }
  found.sort((a, b) => a.url.localeCompare(b.url));
  await writeFile(path.join(site, 'sitemap.xml'), sitemapXml(found));
  return found.length;
}

/** The page paths of a built site: every folder with an `index.html`. */
export async function builtPagePathnames(site: string): Promise<string[]> {
  const files = await readdir(site, { recursive: true });
  return files
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => file === 'index.html' || file.endsWith('/index.html'))
    .map((file) => file.slice(0, -'index.html'.length));
}

export function sitemap(): AstroIntegration {
  return {
    name: 'invest-atlas-sitemap',
    hooks: {
      'astro:build:done': async ({ dir, pages, logger }) => {
        if (process.env.ATLAS_BUILD_PART) return;
        const count = await writeSitemap(fileURLToPath(dir), pages.map((page) => page.pathname));
        logger.info(`sitemap.xml: ${count} pages`);
      },
    },
  };
}
