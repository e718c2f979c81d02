/**
 * `npm run bench:cards -- [--sizes 1000,10000] [--runs 1]`
 *
 * What share cards cost: builds generated guides of the given numbers of opportunities twice in
 * a row with one card cache, first empty (every card drawn: a first build, or a new design) and
 * then full (nothing changed: every card from the cache). Writes to BENCHMARKS.md the build
 * times, the time spent drawing cards (measured inside the build), the number of cards and their
 * bytes.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeContent } from '../seeds/generate.ts';
import { buildScript, median, projectRoot, run, type RunResult } from './process.ts';
import { describeMachine, writeSection } from './report.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    runs: { type: 'string', default: '1' },
  },
});
const runs = Number(values.runs);
const sizes = values.sizes.split(',').map(Number);
if (!(runs >= 1) || sizes.some((size) => !(size >= 1))) throw new Error('usage: npm run bench:cards -- [--sizes 1000,10000] [--runs 1]');

/** What src/integrations/share-cards.ts writes after each build. */
interface CardReport {
  cards: number;
  bytes: number;
  drawn: number;
  reused: number;
  drawSeconds: number;
}

interface Build {
  run: RunResult;
  report: CardReport;
}

async function build(content: string, cache: string): Promise<Build> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'atlas-bench-cards-out-'));
  try {
    const result = await run(buildScript, ['build'], projectRoot, { ATLAS_CONTENT: content, ATLAS_OUT_DIR: outDir, ATLAS_CACHE_DIR: cache });
    const report = JSON.parse(await readFile(path.join(cache, 'share-cards/last-build.json'), 'utf8')) as CardReport;
    return { run: result, report };
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

const rows: string[] = [];
for (const size of sizes) {
  const content = await mkdtemp(path.join(tmpdir(), 'atlas-bench-content-'));
  const { counts } = writeContent({ out: content, opportunities: size, force: true });
  const cold: Build[] = [];
  const warm: Build[] = [];
  for (let index = 0; index < runs; index++) {
    const cache = await mkdtemp(path.join(tmpdir(), 'atlas-bench-card-cache-'));
    console.log(`${size} opportunities: build with an empty card cache…`);
    cold.push(await build(content, cache));
    console.log(`${size} opportunities: build again, nothing changed…`);
    warm.push(await build(content, cache));
    await rm(cache, { recursive: true, force: true });
  }
  await rm(content, { recursive: true, force: true });
  const seconds = (builds: Build[]) => median(builds.map((item) => item.run.seconds));
  const { cards, bytes } = cold[0].report;
  const drawSeconds = median(cold.map((item) => item.report.drawSeconds));
  const all = (builds: Build[]) => builds.map((item) => item.run.seconds.toFixed(1)).join(', ');
  rows.push(
    `| ${size.toLocaleString('en')} opportunities, ${counts.regions} regions, ${counts.chains} chains, ${counts.policies} policies | ${cards.toLocaleString('en')} | ${(bytes / 2 ** 20).toFixed(0)} MiB (${(bytes / cards / 1024).toFixed(1)} KiB each) | ${seconds(cold).toFixed(1)} s (${all(cold)}) | ${drawSeconds.toFixed(1)} s (${((drawSeconds * 1000) / cards).toFixed(0)} ms a card) | ${seconds(warm).toFixed(1)} s (${all(warm)}) | ${warm[0].report.drawn} drawn, ${warm[0].report.reused.toLocaleString('en')} from the cache | ${Math.round(Math.max(...cold.map((item) => item.run.peakRssMiB)))} MiB |`,
  );
  console.log(rows.at(-1));
}

const command = `npm run bench:cards -- --sizes ${sizes.join(',')} --runs ${runs}`;
await writeSection(
  'cards',
  `## Share cards

\`${command}\`, ${new Date().toISOString().slice(0, 10)}, on ${await describeMachine()}.

Each guide is built with an empty card cache (every card drawn, as on a first build or after
a change of card design), then built again with nothing changed (every card from the cache).
Both builds make everything \`npm run build\` makes. Drawing time is measured inside the build:
laying out, turning text into outlines, rendering and encoding the cards that were drawn.
Times are medians of ${runs} run${runs === 1 ? '' : 's'} (all runs in brackets).

| guide | cards | cards on disk | build, empty cache | of which drawing cards | build, nothing changed | cards in that build | peak memory |
|---|---|---|---|---|---|---|---|
${rows.join('\n')}`,
);
console.log('\nwritten to BENCHMARKS.md');
