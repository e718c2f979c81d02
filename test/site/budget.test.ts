import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { builtSite } from '../support/paths.ts';
import { fileOfPage, pagePaths, readPage } from '../support/site.ts';

/** The files a module loads before it runs: its static imports, followed to the end. */
async function staticModuleGraph(file: string, seen = new Set<string>()): Promise<Set<string>> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = await readFile(path.join(builtSite, file), 'utf8');
  // Minified static imports: `import{a as b}from"./x.js"` and `import"./x.js"`; `import("…")` is lazy.
  for (const [, specifier] of code.matchAll(/import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)) {
    await staticModuleGraph(path.posix.join(path.posix.dirname(file), specifier), seen);
  }
  return seen;
}

/** Gzipped bytes of JavaScript a page runs on load: its scripts and everything they import. */
async function javascriptBytes(pagePath: string): Promise<number> {
  const document = await readPage(pagePath);
  const files = new Set<string>();
  let bytes = 0;
  for (const script of document.querySelectorAll('script')) {
    const type = script.getAttribute('type');
    if (type && type !== 'module' && type !== 'text/javascript') continue; // data blocks do not run
    const source = script.getAttribute('src');
    if (source) await staticModuleGraph(source, files);
    else bytes += gzipSync(script.textContent).length;
  }
  for (const file of files) bytes += gzipSync(await readFile(path.join(builtSite, file))).length;
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

  // Leaflet 1.9 and markercluster are about 52 KB gzipped; the map page may add a little of its own.
  test.each(['/zh/map/', '/en/map/'])('the map page %s stays within 64 KB of gzipped JavaScript', async (page) => {
    expect(await javascriptBytes(page)).toBeLessThanOrEqual(64 * 1024);
  });
});

describe('pages stay light on a phone', () => {
  // An opportunity page holds its facts, its chain map and its contacts: about 30 KB today.
  test('every opportunity page is at most 48 KB of HTML, 12 KB gzipped', async () => {
    const pages = (await pagePaths()).filter((page) => /^\/(zh|en)\/opportunities\/[^/]+\/$/.test(page));
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const html = await readFile(fileOfPage(page));
      expect(html.length, page).toBeLessThanOrEqual(48 * 1024);
      expect(gzipSync(html).length, page).toBeLessThanOrEqual(12 * 1024);
    }
  });
});
