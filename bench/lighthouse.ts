/**
 * `npm run lighthouse`
 *
 * Builds the sample guide, serves it as a host would (with `_headers`), and runs Lighthouse in
 * Debian's Chromium (`CHROME_PATH`, default /usr/bin/chromium) on the home page, an opportunity
 * page, a region page with pictures, the map page and an MDX article (with its chain map, small map and cards), in both languages, with Lighthouse's default mobile settings (a mid-range
 * phone on a slow 4G line, simulated). Prints the scores and writes them to BENCHMARKS.md.
 * `npm run lighthouse -- /zh/articles/<id>/ …` measures only the pages named, and only prints.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveDirectory } from '../test/support/static-server.ts';
import { buildScript, projectRoot, run } from './process.ts';
import { describeMachine, writeSection } from './report.ts';

const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const chosen = process.argv.slice(2);
const defaultPages = [
  '/zh/',
  '/en/',
  '/zh/opportunities/jiutai-biologics-cdmo/',
  '/en/opportunities/jiutai-biologics-cdmo/',
  '/zh/regions/jiutai-devzone/',
  '/en/regions/jiutai-devzone/',
  '/zh/map/',
  '/en/map/',
  '/zh/articles/why-biomedicine-jiutai/',
  '/en/articles/why-biomedicine-jiutai/',
];
const pages = chosen.length > 0 ? chosen : defaultPages;
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const loadAtStart = loadavg()[0].toFixed(1);
const outDir = await mkdtemp(path.join(tmpdir(), 'atlas-lighthouse-'));
console.log('building the sample guide…');
await run(buildScript, ['build'], projectRoot, { ATLAS_OUT_DIR: outDir });
const server = await serveDirectory(outDir);
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const rows: string[] = [];
try {
  for (const page of pages) {
    // On a busy machine the trace is sometimes lost (NO_NAVSTART): measure that page again.
    let lhr;
    for (let attempt = 1; attempt <= 3; attempt++) {
      const result = await lighthouse(`${server.url}${page}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
      if (!result) throw new Error(`Lighthouse returned nothing for ${page}`);
      lhr = result.lhr;
      if (!lhr.runtimeError) break;
      if (attempt === 3) throw new Error(`Lighthouse failed on ${page}: ${lhr.runtimeError.message}`);
    }
    if (!lhr) continue;
    const scores = categories.map((category) => Math.round((lhr.categories[category]?.score ?? 0) * 100));
    const metric = (id: string) => lhr.audits[id]?.displayValue ?? '—';
    // What cost points outside performance, so a score below 100 says why.
    const failed = categories
      .filter((category) => category !== 'performance')
      .flatMap((category) => lhr.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `\`${ref.id}\``);
    rows.push(`| \`${page}\` | ${scores.join(' | ')} | ${metric('first-contentful-paint')} | ${metric('largest-contentful-paint')} | ${metric('total-blocking-time')} | ${metric('cumulative-layout-shift')} | ${failed.join(', ') || '—'} |`);
    console.log(rows.at(-1));
  }
} finally {
  chrome.kill();
  await server.close();
  await rm(outDir, { recursive: true, force: true });
}

if (chosen.length > 0) process.exit(0);

await writeSection(
  'lighthouse',
  `## Lighthouse

\`npm run lighthouse\` (Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, Chromium at \`${chromePath}\`), ${new Date().toISOString().slice(0, 10)}, on ${await describeMachine()}.

The sample guide served locally as a host serves it (its \`_headers\`, text compressed with gzip);
Lighthouse's default mobile settings (a mid-range phone on slow 4G, simulated throttling). Scores
out of 100. Load average of the machine (1 minute) when the runs began and ended: ${loadAtStart}, ${loadavg()[0].toFixed(1)}.

| page | performance | accessibility | best practices | SEO | first contentful paint | largest contentful paint | total blocking time | layout shift | audits failed |
|---|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}`,
);
console.log('\nwritten to BENCHMARKS.md');
