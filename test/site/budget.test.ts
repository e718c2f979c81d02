import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { builtSite } from '../support/paths.ts';
import { readPage } from '../support/site.ts';

/** Gzipped bytes of JavaScript a page runs: inline module scripts plus the files it loads. */
async function javascriptBytes(pagePath: string): Promise<number> {
  const document = await readPage(pagePath);
  let bytes = 0;
  for (const script of document.querySelectorAll('script')) {
    const type = script.getAttribute('type');
    if (type && type !== 'module' && type !== 'text/javascript') continue; // data blocks do not run
    const source = script.getAttribute('src');
    const code = source ? await readFile(path.join(builtSite, source), 'utf8') : script.textContent;
    bytes += gzipSync(code).length;
  }
  return bytes;
}

describe('a page pays only for the interactivity it uses', () => {
  test.each(['/zh/', '/en/regions/', '/zh/chains/'])('%s runs no JavaScript', async (page) => {
    expect(await javascriptBytes(page)).toBe(0);
  });

  // Region and opportunity pages have a small map: until it scrolls into view they run only its
  // loader (Leaflet itself comes later, see test/site/map.test.ts and test/browser/map.test.ts).
  test.each(['/en/regions/jiutai/', '/zh/opportunities/jiutai-biologics-cdmo/'])('%s runs at most 2 KB of gzipped JavaScript before its map is in view', async (page) => {
    const bytes = await javascriptBytes(page);
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(2 * 1024);
  });

  test.each(['/zh/opportunities/', '/en/policies/'])('the filterable list %s stays under 3 KB of gzipped JavaScript', async (page) => {
    const bytes = await javascriptBytes(page);
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThan(3 * 1024);
  });

  // The search page's own element (query words, URL state, results) is about 3 KB; Pagefind's
  // script and index reader are fetched only when a search runs, and only on this page.
  test.each(['/zh/search/', '/en/search/'])('the search page %s runs at most 4 KB of its own gzipped JavaScript', async (page) => {
    const bytes = await javascriptBytes(page);
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(4 * 1024);
  });
});
