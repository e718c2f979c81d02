/**
 * `node bench/map-page.ts <built-site> [language] [runs]`
 *
 * How the map page opens on a phone: Chromium at 390 × 844 px with its CPU slowed four times
 * (about a mid-range phone against this machine), the site served locally with gzip. For each
 * run: the first contentful paint, the time until the map has placed its markers, the page's
 * elements and the JavaScript heap it then holds. Prints the medians, every run in brackets, as
 * a row for BENCHMARKS.md.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../test/support/browser.ts';
import { serveDirectory } from '../test/support/static-server.ts';
import { median } from './process.ts';

const [site, language = 'zh', runsArgument = '5'] = process.argv.slice(2);
if (!site) throw new Error('usage: node bench/map-page.ts <built-site> [language] [runs]');
const runs = Number(runsArgument);

const server = await serveDirectory(path.resolve(site));
const browser = await launchBrowser();
const results: { paint: number; ready: number; elements: number; heapMiB: number }[] = [];
try {
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Performance.enable');
    const started = Date.now();
    await page.goto(`${server.url}/${language}/map/`, { waitUntil: 'commit' });
    await page.locator('atlas-map[data-map-ready]').waitFor({ state: 'attached', timeout: 120_000 });
    // The markers are placed in chunks after the map is ready; the first filtering ends with them all.
    await page.waitForFunction(() => document.querySelector('atlas-map')?.hasAttribute('data-shown'), null, { timeout: 120_000 });
    const ready = Date.now() - started;
    const paint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN);
    const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
    results.push({ paint, ready, elements, heapMiB: heap / 1024 / 1024 });
    console.log(`run ${run + 1}: first paint ${paint.toFixed(0)} ms, map ready ${ready} ms, ${elements} elements, ${(heap / 1024 / 1024).toFixed(1)} MiB heap`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

async function weight(file: string): Promise<string> {
  const full = path.join(site!, file);
  if (!(await stat(full).catch(() => undefined))) return '—';
  const bytes = await readFile(full);
  return `${Math.round(bytes.length / 1024).toLocaleString('en')} KiB (${Math.round(gzipSync(bytes).length / 1024).toLocaleString('en')} KiB gzipped)`;
}

const all = (values: number[], digits = 0) => `${median(values).toFixed(digits)} (${values.map((value) => value.toFixed(digits)).join(', ')})`;
console.log(
  `| ${site} | ${await weight(`${language}/map/index.html`)} | ${await weight(`${language}/map/opportunities.json`)} | ${all(results.map((result) => result.paint))} ms | ${all(results.map((result) => result.ready))} ms | ${median(results.map((result) => result.elements)).toLocaleString('en')} | ${all(results.map((result) => result.heapMiB), 1)} MiB |`,
);
