/**
 * `npm run bench:images -- [--sizes 1000,10000]`
 *
 * What pictures add to a build. For each size, the same generated guide (same seed) is built
 * without pictures, then with pictures (seeds --images: every region, chain and every second
 * opportunity) twice: first with an empty image cache (cold: every width and format is encoded),
 * then again with the cache the first build left (cached: what every later build pays). Writes
 * the times into BENCHMARKS.md. One build of each: the 10 000 guide takes minutes.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeContentWithPictures } from '../seeds/generate.ts';
import { picturePoolSize } from '../seeds/pictures.ts';
import { buildScript, projectRoot, run, type RunResult } from './process.ts';
import { describeMachine, writeSection } from './report.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000' } } });
const sizes = values.sizes.split(',').map(Number);
if (sizes.some((size) => !(size >= 1))) throw new Error('usage: npm run bench:images -- [--sizes 1000,10000]');

interface Row {
  size: number;
  pages: number;
  pictured: number;
  encoded: number;
  plain: RunResult;
  cold: RunResult;
  cached: RunResult;
}

async function build(content: string, cacheDir: string): Promise<{ result: RunResult; pages: number; encoded: number }> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'atlas-bench-images-out-'));
  const result = await run(buildScript, ['build'], projectRoot, { ATLAS_CONTENT: content, ATLAS_OUT_DIR: outDir, ATLAS_CACHE_DIR: cacheDir });
  const files = await readdir(outDir, { recursive: true });
  const pages = files.filter((file) => file.endsWith('.html')).length;
  const encoded = files.filter((file) => /\.(avif|webp|jpe?g)$/.test(file)).length;
  await rm(outDir, { recursive: true, force: true });
  return { result, pages, encoded };
}

const rows: Row[] = [];
for (const size of sizes) {
  const plainContent = await mkdtemp(path.join(tmpdir(), 'atlas-bench-plain-'));
  const picturedContent = await mkdtemp(path.join(tmpdir(), 'atlas-bench-pictured-'));
  await writeContentWithPictures({ out: plainContent, opportunities: size, force: true });
  await writeContentWithPictures({ out: picturedContent, opportunities: size, force: true, images: true });
  const cacheDir = await mkdtemp(path.join(tmpdir(), 'atlas-bench-cache-'));
  console.log(`${size}: without pictures…`);
  const plain = await build(plainContent, cacheDir);
  await rm(cacheDir, { recursive: true, force: true });
  console.log(`${size}: with pictures, empty image cache…`);
  const cold = await build(picturedContent, cacheDir);
  console.log(`${size}: with pictures, cache kept…`);
  const cached = await build(picturedContent, cacheDir);
  const regions = (await readdir(path.join(picturedContent, 'regions'))).filter((file) => file.endsWith('.yaml')).length;
  const chains = (await readdir(path.join(picturedContent, 'chains'))).length;
  rows.push({ size, pages: cached.pages, pictured: regions + chains + Math.ceil(size / 2), encoded: cached.encoded, plain: plain.result, cold: cold.result, cached: cached.result });
  for (const folder of [plainContent, picturedContent, cacheDir]) await rm(folder, { recursive: true, force: true });
  const last = rows.at(-1)!;
  console.log(`${size}: ${last.plain.seconds.toFixed(1)} s without, ${last.cold.seconds.toFixed(1)} s cold, ${last.cached.seconds.toFixed(1)} s cached`);
}

const seconds = (result: RunResult) => `${result.seconds.toFixed(1)} s`;
const added = (result: RunResult, base: RunResult) => `${result.seconds - base.seconds >= 0 ? '+' : ''}${(result.seconds - base.seconds).toFixed(1)} s (${((result.seconds / base.seconds - 1) * 100).toFixed(0)} %)`;
const table = rows.map(
  (row) =>
    `| ${row.size.toLocaleString('en')} opportunities | ${row.pages.toLocaleString('en')} | ${row.pictured.toLocaleString('en')} | ${row.encoded.toLocaleString('en')} | ${seconds(row.plain)} | ${seconds(row.cold)} | ${added(row.cold, row.plain)} | ${seconds(row.cached)} | ${added(row.cached, row.plain)} | ${Math.round(row.plain.peakRssMiB).toLocaleString('en')} → ${Math.round(row.cached.peakRssMiB).toLocaleString('en')} MiB |`,
);

await writeSection(
  'images',
  `## Pictures

\`npm run bench:images -- --sizes ${sizes.join(',')}\`, ${new Date().toISOString().slice(0, 10)}, on ${await describeMachine()}.

The same generated guide (\`npm run seed -- --images\`, seed 1) built without and with pictures: every
region (cover and one gallery picture), every chain and every second opportunity has a cover, drawn
from a pool of ${picturePoolSize} illustrations (1600 × 900 JPEG). Each picture is encoded once per
width (480, 960, 1600) and format (AVIF, WebP, JPEG), whatever pages show it. *Cold*: an empty image
cache, every variant encoded; *cached*: the same build again, variants read from the cache
(\`node_modules/.astro/assets\`, or \`ATLAS_CACHE_DIR\`). One build each; the machine is shared, so
differences of a few seconds are noise.

| guide | pages | entries with pictures | picture files written | without pictures | with pictures, cold | added, cold | with pictures, cached | added, cached | peak memory, without → with pictures (cached) |
|---|---|---|---|---|---|---|---|---|---|
${table.join('\n')}
`,
);
console.log('BENCHMARKS.md updated');
