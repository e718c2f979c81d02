import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { referencedFiles } from '../../src/lib/kiosk/offline.ts';
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
});

describe('the expo kiosk stays light enough to load once and run offline all day', () => {
  /** Gzipped bytes of the page's scripts and every module they import. */
  async function kioskJavascriptBytes(pagePath: string): Promise<number> {
    const seen = new Set<string>();
    const queue = (await readPage(pagePath)).querySelectorAll('script[src]').map((script) => script.getAttribute('src')!.replace(/^\//, ''));
    let bytes = 0;
    while (queue.length > 0) {
      const file = queue.shift()!;
      if (seen.has(file)) continue;
      seen.add(file);
      const code = await readFile(path.join(builtSite, file), 'utf8');
      bytes += gzipSync(code).length;
      queue.push(...referencedFiles(code, '/', file.slice(0, file.lastIndexOf('/') + 1)));
    }
    return bytes;
  }

  // The loop, the idle watcher and the service worker registration: a few small custom elements.
  test.each(['/zh/kiosk/', '/en/kiosk/chains/biomedicine/'])('%s runs at most 3 KB of gzipped JavaScript, imports included', async (page) => {
    const bytes = await kioskJavascriptBytes(page);
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(3 * 1024);
  });

  // The loop page holds every slide at once (about 22 in the sample: a chain map and a QR code
  // each, all inline SVG) so that changing slides never loads or builds anything. It is loaded
  // once per kiosk start and then served from the offline copy; 40 KB gzipped is about twice
  // the sample's weight, room for a guide with more chains and featured projects.
  test.each(['/zh/kiosk/', '/en/kiosk/'])('the loop page %s stays under 40 KB gzipped', async (page) => {
    const html = await readFile(path.join(builtSite, page, 'index.html'));
    expect(gzipSync(html).length).toBeLessThan(40 * 1024);
  });
});
