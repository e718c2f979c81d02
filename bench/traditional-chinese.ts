/**
 * `npm run bench:zh-hant -- [--sizes 1000] [--runs 1]`
 *
 * What the Traditional Chinese edition costs: the sample guide and generated guides of the given
 * numbers of opportunities, each built without and with `traditionalChinese.build`, side by side
 * in the same run. Reports wall time, pages, peak memory and the size of the search index, and
 * writes them to BENCHMARKS.md. Each variant starts with an empty share-card cache, so both
 * draw every card they need (the edition adds one card per entry).
 */
import { cp, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeContent } from '../seeds/generate.ts';
import { buildScript, median, projectRoot, run, type RunResult } from './process.ts';
import { describeMachine, writeSection } from './report.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '1' },
  },
});
const runs = Number(values.runs);
const sizes = values.sizes.split(',').filter(Boolean).map(Number);
if (!(runs >= 1) || sizes.some((size) => !(size >= 1))) throw new Error('usage: npm run bench:zh-hant -- [--sizes 1000,10000] [--runs 1]');

interface Variant {
  pages: number;
  indexBytes: number;
  languages: Record<string, number>;
  runs: RunResult[];
}

async function folderBytes(folder: string): Promise<number> {
  const files = await readdir(folder, { recursive: true });
  const sizes = await Promise.all(files.map(async (file) => ((await stat(path.join(folder, file))).isFile() ? (await stat(path.join(folder, file))).size : 0)));
  return sizes.reduce((total, size) => total + size, 0);
}

/** Sets `traditionalChinese.build` in a content folder's site.yaml (the generated guides have no such key). */
async function setEdition(content: string, build: boolean): Promise<void> {
  const file = path.join(content, 'site.yaml');
  const text = (await readFile(file, 'utf8')).replace(/\ntraditionalChinese:\n(?:[ #].*\n)*/, '\n');
  await writeFile(file, `${text.trimEnd()}\ntraditionalChinese:\n  build: ${build}\n  standard: tw\n`);
}

async function measure(content: string): Promise<Variant> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'atlas-bench-zh-hant-out-'));
  const cardCache = await mkdtemp(path.join(tmpdir(), 'atlas-bench-zh-hant-cards-'));
  const results: RunResult[] = [];
  for (let index = 0; index < runs; index++) {
    await rm(outDir, { recursive: true, force: true });
    results.push(await run(buildScript, ['build'], projectRoot, { ATLAS_CONTENT: content, ATLAS_OUT_DIR: outDir, ATLAS_CACHE_DIR: cardCache }));
  }
  const pages = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith('.html')).length;
  const entry = JSON.parse(await readFile(path.join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  const languages = Object.fromEntries(Object.entries(entry.languages).map(([language, index]) => [language, index.page_count]));
  const indexBytes = await folderBytes(path.join(outDir, 'pagefind'));
  await rm(outDir, { recursive: true, force: true });
  await rm(cardCache, { recursive: true, force: true });
  return { pages, indexBytes, languages, runs: results };
}

const seconds = (variant: Variant) => median(variant.runs.map((result) => result.seconds));
const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(1);

const rows: string[] = [];
async function compare(label: string, content: string): Promise<void> {
  await setEdition(content, false);
  console.log(`${label}: without the Traditional edition, ${runs}×…`);
  const without = await measure(content);
  await setEdition(content, true);
  console.log(`${label}: with the Traditional edition, ${runs}×…`);
  const withEdition = await measure(content);
  const languages = Object.entries(withEdition.languages).map(([language, count]) => `${language} ${count}`).join(', ');
  rows.push(
    `| ${label} | ${without.pages.toLocaleString('en')} → ${withEdition.pages.toLocaleString('en')} | ${seconds(without).toFixed(1)} s → ${seconds(withEdition).toFixed(1)} s (${(seconds(withEdition) / seconds(without)).toFixed(2)}×) | ${Math.round(Math.max(...without.runs.map((r) => r.peakRssMiB)))} → ${Math.round(Math.max(...withEdition.runs.map((r) => r.peakRssMiB)))} MiB | ${mib(without.indexBytes)} → ${mib(withEdition.indexBytes)} MiB (${languages}) |`,
  );
  console.log(rows.at(-1));
}

const sample = await mkdtemp(path.join(tmpdir(), 'atlas-bench-zh-hant-sample-'));
await cp(path.join(projectRoot, 'content'), sample, { recursive: true });
await compare('sample guide (`content/`)', sample);
await rm(sample, { recursive: true, force: true });
for (const size of sizes) {
  const content = await mkdtemp(path.join(tmpdir(), 'atlas-bench-zh-hant-content-'));
  const { counts } = writeContent({ out: content, opportunities: size, force: true });
  await compare(`\`seeds\`: ${size.toLocaleString('en')} opportunities, ${counts.regions} regions, ${counts.chains} chains, ${counts.policies} policies`, content);
  await rm(content, { recursive: true, force: true });
}

const command = `npm run bench:zh-hant -- --sizes ${sizes.join(',')} --runs ${runs}`;
await writeSection(
  'zh-hant',
  `## The Traditional Chinese edition

\`${command}\`, ${new Date().toISOString().slice(0, 10)}, on ${await describeMachine()}.

Each guide is built without and then with \`traditionalChinese.build\` (standard \`tw\`), ${runs}×
each, every variant with an empty share-card cache. Times are medians; the index is the whole
\`pagefind/\` folder, with the pages each language's index holds.

| guide | pages | build | peak memory | search index |
|---|---|---|---|---|
${rows.join('\n')}`,
);
console.log('\nwritten to BENCHMARKS.md');
