/**
 * `npm run bench -- [--sizes 1000,10000] [--runs 3]`
 *
 * Builds the sample guide and generated guides of the given numbers of opportunities — pages,
 * search index and data exports, with `npm run build`'s own script — and, in the same run, a bare
 * Astro + Pagefind site with the same number of pages as the floor; then, for the generated
 * guides, a rebuild after one edit with the caches kept. Prints and writes to BENCHMARKS.md the
 * median wall time, pages per second, peak memory, the ratio to the floor and the rebuild's share
 * of a clean build: the machines are shared and noisy, so only ratios measured side by side mean much.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { writeContent } from '../seeds/generate.ts';
import { createBareSite } from './bare-site.ts';
import { pageWeightTable } from './page-weights.ts';
import { buildScript, median, projectRoot, run, type RunResult } from './process.ts';
import { describeMachine, writeSection } from './report.ts';
import { loadAverage, pickOpportunity, retitle } from './staff-edit.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    runs: { type: 'string', default: '3' },
  },
});
const runs = Number(values.runs);
const sizes = values.sizes.split(',').map(Number);
if (!(runs >= 1) || sizes.some((size) => !(size >= 1))) throw new Error('usage: npm run bench -- [--sizes 1000,10000] [--runs 3]');

interface Measurement {
  pages: number;
  runs: RunResult[];
  /** The build after one opportunity's title was changed, with every cache kept; generated guides only. */
  rebuild?: RunResult;
}

/** Astro's record of the last build's pages, in the cache folder. */
const incrementalRecord = 'incremental-build.json';

async function countPages(directory: string): Promise<number> {
  return (await readdir(directory, { recursive: true })).filter((file) => file.endsWith('.html')).length;
}

/**
 * Builds the guide `runs` times; `inspect` sees the last build's output before it is removed.
 * The guide gets a cache folder of its own (content store, pictures, share cards), empty at
 * first: the first run is a clean build that draws every card, later runs take them from the
 * cache. With `editable`, one opportunity's title is then changed and the guide built once more
 * with the caches kept, as staff rebuild after an edit; the new title must be on its page.
 */
async function measureGuide(content: string, options: { editable?: boolean; inspect?: (site: string) => Promise<void> } = {}): Promise<Measurement> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'atlas-bench-out-'));
  const cacheDir = await mkdtemp(path.join(tmpdir(), 'atlas-bench-cache-'));
  const build = async () => {
    await rm(outDir, { recursive: true, force: true });
    return run(buildScript, ['build'], projectRoot, { ATLAS_CONTENT: content, ATLAS_OUT_DIR: outDir, ATLAS_CACHE_DIR: cacheDir });
  };
  const results: RunResult[] = [];
  for (let index = 0; index < runs; index++) {
    // A full build renders every page: the incremental build's record of the last one is
    // removed, so unchanged pages are not copied from it (the rebuild below measures that).
    await rm(path.join(cacheDir, incrementalRecord), { force: true });
    results.push(await build());
  }
  const pages = await countPages(outDir);
  await options.inspect?.(outDir);
  let rebuild: RunResult | undefined;
  if (options.editable) {
    const opportunity = await pickOpportunity(content);
    const title = '重建计时示范项目';
    await retitle(opportunity.file, title);
    rebuild = await build();
    const page = await readFile(path.join(outDir, 'zh', 'opportunities', opportunity.id, 'index.html'), 'utf8');
    if (!page.includes(title)) throw new Error(`the rebuild did not put the new title on /zh/opportunities/${opportunity.id}/`);
  }
  await rm(outDir, { recursive: true, force: true });
  await rm(cacheDir, { recursive: true, force: true });
  return { pages, runs: results, rebuild };
}

async function measureBare(pages: number): Promise<Measurement> {
  const root = await createBareSite(pages);
  const results: RunResult[] = [];
  for (let index = 0; index < runs; index++) {
    await rm(path.join(root, 'dist'), { recursive: true, force: true });
    const build = await run('astro', ['build'], root);
    const search = await run('pagefind', ['--site', 'dist', '--silent'], root);
    results.push({ seconds: build.seconds + search.seconds, peakRssMiB: Math.max(build.peakRssMiB, search.peakRssMiB) });
  }
  const built = await countPages(path.join(root, 'dist'));
  await rm(root, { recursive: true, force: true });
  return { pages: built, runs: results };
}

const seconds = (measurement: Measurement) => median(measurement.runs.map((result) => result.seconds));
const peakRss = (measurement: Measurement) => Math.max(...measurement.runs.map((result) => result.peakRssMiB));

function row(label: string, guide: Measurement, floor: Measurement): string {
  const all = guide.runs.map((result) => result.seconds.toFixed(1)).join(', ');
  return `| ${label} | ${guide.pages.toLocaleString('en')} | ${seconds(guide).toFixed(1)} s (${all}) | ${Math.round(guide.pages / seconds(guide))} | ${Math.round(peakRss(guide))} MiB | ${seconds(floor).toFixed(1)} s | ${Math.round(peakRss(floor))} MiB | ${(seconds(guide) / seconds(floor)).toFixed(2)}× |`;
}

const rows: string[] = [];
const rebuildRows: string[] = [];
async function measure(label: string, content: string, options: Parameters<typeof measureGuide>[1]): Promise<void> {
  console.log(`${label}: building ${runs}×…`);
  const loadBefore = loadAverage();
  const guide = await measureGuide(content, options);
  console.log(`${label}: ${guide.pages} pages; building the bare floor ${runs}×…`);
  const floor = await measureBare(guide.pages);
  rows.push(row(label, guide, floor));
  console.log(rows.at(-1));
  if (guide.rebuild) {
    const clean = guide.runs[0];
    rebuildRows.push(
      `| ${label} | ${clean.seconds.toFixed(1)} s | ${guide.rebuild.seconds.toFixed(1)} s | ${Math.round(guide.rebuild.peakRssMiB)} MiB | ${((100 * guide.rebuild.seconds) / clean.seconds).toFixed(0)} % | ${((100 * guide.rebuild.seconds) / seconds(guide)).toFixed(0)} % | ${loadBefore} → ${loadAverage()} |`,
    );
    console.log(rebuildRows.at(-1));
  }
}

/**
 * What the longest pages ship at each size: the opportunity list and the map page, and the map's
 * data file of opportunities (a guide too long to list them in the map page has one).
 */
const listRows: string[] = [];
async function listPageSizes(label: string, site: string): Promise<void> {
  const kib = (bytes: number) => `${(bytes / 1024).toLocaleString('en', { maximumFractionDigits: 0 })} KiB`;
  const cells: string[] = [];
  for (const file of ['zh/opportunities/index.html', 'zh/map/index.html', 'zh/map/opportunities.json']) {
    const bytes = await readFile(path.join(site, file)).catch(() => undefined);
    cells.push(bytes ? `${kib(bytes.length)} (${kib(gzipSync(bytes).length)} gzipped)` : '—');
  }
  listRows.push(`| ${label} | ${cells.join(' | ')} |`);
}

let weights = '';
await measure('sample guide (`content/`)', path.join(projectRoot, 'content'), {
  inspect: async (site) => {
    weights = await pageWeightTable(site);
  },
});
for (const size of sizes) {
  const content = await mkdtemp(path.join(tmpdir(), 'atlas-bench-content-'));
  const { counts } = writeContent({ out: content, opportunities: size, force: true });
  const label = `\`seeds\`: ${size.toLocaleString('en')} opportunities, ${counts.regions} regions, ${counts.chains} chains, ${counts.policies} policies`;
  await measure(label, content, { editable: true, inspect: (site) => listPageSizes(label, site) });
  await rm(content, { recursive: true, force: true });
}

const command = `npm run bench -- --sizes ${sizes.join(',')} --runs ${runs}`;
await writeSection(
  'bench',
  `## Build time

\`${command}\`, ${new Date().toISOString().slice(0, 10)}, on ${await describeMachine()}.

Each guide is built ${runs} times with everything \`npm run build\` makes (pages in both languages,
search index, data exports, share cards: drawn in the first run, from the card cache after it),
every page rendered each time (the incremental build's record of the last build is removed first);
the floor is a bare Astro site with the same number of one-paragraph
pages, indexed by Pagefind, built ${runs} times in the same run. Times are medians (all runs in
brackets); memory is the highest resident memory of the build and its child processes.

| guide | pages | build, median | pages/s | peak memory | bare floor, median | floor memory | ratio to floor |
|---|---|---|---|---|---|---|---|
${rows.join('\n')}

A rebuild after an edit, from the same run: one opportunity's Chinese title is changed and the
guide built again with its cache folder kept (content store, pictures, share cards, and the pages
of the last build, which an unchanged page is copied from: src/lib/page-keys.ts); the clean
build is the first run above, from an empty cache folder. The load average (1 / 5 / 15 minutes)
at the start and end of each guide's runs shows how busy the shared machine was.

| guide | clean build | rebuild after one edit | rebuild's peak memory | rebuild ÷ clean build | rebuild ÷ median build | load average |
|---|---|---|---|---|---|---|
${rebuildRows.join('\n')}

The pages that list every opportunity, and the map's data file, from the same run:

| guide | \`/zh/opportunities/\` | \`/zh/map/\` | \`/zh/map/opportunities.json\` |
|---|---|---|---|
${listRows.join('\n')}

## Page weight

The sample guide, from the same run.

${weights}`,
);
console.log('\nwritten to BENCHMARKS.md');
