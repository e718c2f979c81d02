/**
 * `node bench/search.ts <built-site> [query] [language]`
 *
 * What a reader downloads for a first search: opens the built site's search page in Chromium,
 * runs one query and adds up Pagefind's requests (script, worker, WebAssembly, index chunks,
 * result fragments). Index and WebAssembly files are gzipped by Pagefind itself; scripts are
 * counted as served and as any web server would gzip them.
 */
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../test/support/browser.ts';
import { serveDirectory } from '../test/support/static-server.ts';

const [site, query = '医疗器械', language = 'zh'] = process.argv.slice(2);
if (!site) throw new Error('usage: node bench/search.ts <built-site> [query] [language]');

const server = await serveDirectory(path.resolve(site));
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  const files: { name: string; bytes: number; gzipped: number }[] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (!url.pathname.includes('/pagefind/')) return;
    pending.push(
      response.body().then((body) => {
        const text = /\.(js|json)$/.test(url.pathname);
        files.push({ name: url.pathname, bytes: body.length, gzipped: text ? gzipSync(body).length : body.length });
      }),
    );
  });
  const started = performance.now();
  await page.goto(`${server.url}/${language}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => document.querySelector('[data-search-results]')?.hasAttribute('data-count'), null, { timeout: 60_000 });
  const seconds = (performance.now() - started) / 1000;
  await Promise.all(pending);
  const count = await page.locator('[data-search-results]').getAttribute('data-count');
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  for (const file of files.sort((a, b) => b.bytes - a.bytes)) console.log(`${kb(file.bytes).padStart(8)} KB  ${kb(file.gzipped).padStart(8)} KB gzipped  ${file.name}`);
  const total = files.reduce((sum, file) => sum + file.bytes, 0);
  const gzipped = files.reduce((sum, file) => sum + file.gzipped, 0);
  console.log(`"${query}" (${language}): ${count} results in ${seconds.toFixed(2)} s; ${files.length} Pagefind requests, ${kb(total)} KB as served, ${kb(gzipped)} KB with scripts gzipped`);
} finally {
  await browser.close();
  await server.close();
}
