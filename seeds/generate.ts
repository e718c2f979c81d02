/**
 * Generates a valid, realistic content folder of any size, for tests and benchmarks:
 *
 *   npm run seed -- --opportunities 10000 --out /tmp/big [--seed 7] [--force]
 *
 * The same seed and counts always give byte-identical files. Tests can call `generateContent()`
 * (files in memory) or `writeContent()` (files on disk) instead of the command line.
 *
 * Every name, company, phone number and document here is fictional; e-mail addresses use the
 * example.cn domain and links point at example.org.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { chainFile, planChains } from './chains.ts';
import type { ChainInfo, ContentFile, RegionInfo } from './model.ts';
import { opportunityFiles } from './opportunities.ts';
import { addPictures, writePictures } from './pictures.ts';
import { policyFiles } from './policies.ts';
import { createRandom } from './random.ts';
import { planRegions, regionFiles } from './regions.ts';
import { siteFile } from './site.ts';

export interface GenerateOptions {
  /** Number of opportunities (default 100); regions, chains and policies scale with it. */
  opportunities?: number;
  /** Seed of the pseudo-random generator (default 1). */
  seed?: number;
  /** Number of regions, province included (default: scaled from `opportunities`). */
  regions?: number;
  /** Number of industry chains (default: scaled from `opportunities`). */
  chains?: number;
  /** Number of policies (default: scaled from `opportunities`). */
  policies?: number;
  /** Nodes in every chain (default: 8–40 at random), as far as the chain's vocabulary allows. */
  chainNodes?: number;
  /** Opportunities in one folder per region (default: when there are more than 500). */
  nested?: boolean;
  /** Give regions, chains and every second opportunity pictures from a drawn pool (seeds/pictures.ts). */
  images?: boolean;
}

export interface Counts {
  opportunities: number;
  regions: number;
  chains: number;
  policies: number;
}

/** Counts for a guide with `opportunities` entries, sized like real guides scale. */
export function defaultCounts(opportunities: number): Counts {
  return {
    opportunities,
    regions: Math.min(400, Math.max(8, Math.round(opportunities / 40))),
    chains: Math.min(40, Math.max(6, Math.round(opportunities / 300))),
    policies: Math.max(12, Math.round(opportunities / 50)),
  };
}

export function resolveCounts(options: GenerateOptions): Counts {
  const defaults = defaultCounts(options.opportunities ?? 100);
  return {
    opportunities: defaults.opportunities,
    regions: options.regions ?? defaults.regions,
    chains: options.chains ?? defaults.chains,
    policies: options.policies ?? defaults.policies,
  };
}

// ---------------------------------------------------------------------------------------------
// Building the files
// ---------------------------------------------------------------------------------------------

/**
 * A region's `leadingChains`: up to three of the chains developed there, those of its own focus
 * industries first.
 */
function leadingChainsOf(region: RegionInfo, chains: ChainInfo[]): ChainInfo[] {
  const present = chains.filter((chain) => chain.regions.includes(region));
  const focused = present.filter((chain) => region.focus.includes(chain.industry));
  return [...focused, ...present.filter((chain) => !focused.includes(chain))].slice(0, 3);
}

function allFiles(options: GenerateOptions): ContentFile[] {
  const counts = resolveCounts(options);
  const seed = options.seed ?? 1;
  // One random stream per step, so changing one count leaves the other collections' text alone.
  const stream = (label: string) => createRandom(seed, label);

  const regions = planRegions(stream('plan-regions'), counts.regions);
  const province = regions.find((region) => region.level === 'province')!;
  const chains = planChains(stream('plan-chains'), counts.chains, regions, options.chainNodes);
  const cityCount = regions.filter((region) => region.level === 'city').length;

  const regionRandom = stream('regions');
  const chainRandom = stream('chains');
  const files = [
    siteFile(stream('site'), { province, regions, chains, opportunityCount: counts.opportunities }),
    ...regions.flatMap((region: RegionInfo) => regionFiles(regionRandom, region, leadingChainsOf(region, chains), cityCount)),
    ...chains.map((chain) => chainFile(chainRandom, chain, province)),
    ...opportunityFiles(stream('opportunities'), regions, chains, {
      count: counts.opportunities,
      nested: options.nested ?? counts.opportunities > 500,
    }),
    ...policyFiles(stream('policies'), counts.policies, regions, chains),
  ];
  if (options.images) addPictures(stream('pictures'), files);
  return files;
}

/**
 * Drops empty lists and missing values: every list the generator may leave empty defaults to [],
 * so the entries mean the same and the files read better without `carriers: []` everywhere.
 */
function prune(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(prune);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value)
    .filter(([, item]) => item !== undefined && !(Array.isArray(item) && item.length === 0))
    .map(([key, item]) => [key, prune(item)]);
  return Object.fromEntries(entries);
}

function serialize(file: ContentFile, seed: number): string {
  if (file.path.endsWith('.geojson')) return `${JSON.stringify(file.data)}\n`;
  const header = `# 虚构示例数据 / Fictional sample data (seeds/generate.ts, seed ${seed})\n`;
  // lineWidth 0: no folding, so every value sits on one line and diffs stay readable.
  return header + stringify(prune(file.data), { lineWidth: 0 });
}

/** The whole content folder in memory: relative path (with `/`) → file text. */
export function generateContent(options: GenerateOptions = {}): Map<string, string> {
  const seed = options.seed ?? 1;
  return new Map(allFiles(options).map((file) => [file.path, serialize(file, seed)]));
}

// ---------------------------------------------------------------------------------------------
// Writing to disk
// ---------------------------------------------------------------------------------------------

export interface WriteOptions extends GenerateOptions {
  out: string;
  /** Empty a non-empty output folder first (otherwise such a folder is refused). */
  force?: boolean;
}

export interface WriteSummary {
  out: string;
  counts: Counts;
  files: number;
}

/** Makes sure `out` is an empty folder, emptying it only when asked and only if it looks like content. */
function prepareOutput(out: string, force: boolean): void {
  if (!existsSync(out)) {
    mkdirSync(out, { recursive: true });
    return;
  }
  if (!statSync(out).isDirectory()) throw new Error(`${out} exists and is not a folder`);
  const entries = readdirSync(out);
  if (entries.length === 0) return;
  if (!force) throw new Error(`${out} is not empty; pass --force to replace its contents`);
  // --force deletes everything inside: refuse anything that is clearly not a content folder.
  const dangerous = out === path.parse(out).root || out === homedir() || entries.includes('.git') || entries.includes('package.json');
  if (dangerous) throw new Error(`refusing to empty ${out}: it does not look like a generated content folder`);
  for (const entry of entries) rmSync(path.join(out, entry), { recursive: true, force: true });
}

export function writeContent(options: WriteOptions): WriteSummary {
  const out = path.resolve(options.out);
  const files = generateContent(options);
  prepareOutput(out, options.force ?? false);
  const made = new Set<string>();
  for (const [relative, text] of files) {
    const target = path.join(out, ...relative.split('/'));
    const folder = path.dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(target, text);
  }
  return { out, counts: resolveCounts(options), files: files.size };
}

/** Writes the content folder and, with `images`, draws the pictures it names. */
export async function writeContentWithPictures(options: WriteOptions): Promise<WriteSummary & { pictures: number }> {
  const summary = writeContent(options);
  const pictures = options.images ? await writePictures(summary.out) : 0;
  return { ...summary, pictures };
}

// ---------------------------------------------------------------------------------------------
// Command line
// ---------------------------------------------------------------------------------------------

const usage = `Usage: npm run seed -- --out DIR [options]

  --out DIR            folder to write (created if missing)
  --opportunities N    number of opportunities (default 100); other counts scale with it
  --seed S             seed of the generator (default 1); same seed and counts, same bytes
  --regions N          regions, province included (default max(8, N/40), at most 400)
  --chains N           industry chains (default max(6, N/300), at most 40)
  --policies N         policies (default max(12, N/50))
  --chain-nodes N      nodes in every chain (default 8–40 at random)
  --nested | --flat    opportunities in one folder per region, or all in one (default: nested above 500)
  --images             give regions, chains and every second opportunity drawn pictures
  --force              empty a non-empty DIR first`;

function integerOption(name: string, text: string | undefined, min: number): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) throw new Error(`--${name} must be a whole number of at least ${min}, got "${text}"`);
  return value;
}

/** The command line as options; `undefined` when only help was asked for. */
export function parseCommandLine(argv: string[]): WriteOptions | undefined {
  const { values } = parseArgs({
    args: argv,
    options: {
      opportunities: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string' },
      regions: { type: 'string' },
      chains: { type: 'string' },
      policies: { type: 'string' },
      'chain-nodes': { type: 'string' },
      nested: { type: 'boolean' },
      flat: { type: 'boolean' },
      force: { type: 'boolean' },
      images: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) return undefined;
  if (!values.out) throw new Error(`--out is required\n${usage}`);
  if (values.nested && values.flat) throw new Error('--nested and --flat exclude each other');
  return {
    out: values.out,
    force: values.force ?? false,
    opportunities: integerOption('opportunities', values.opportunities, 0),
    seed: integerOption('seed', values.seed, 0),
    // Fewer than 4 regions cannot hold a province, a city, a district and a zone.
    regions: integerOption('regions', values.regions, 4),
    chains: integerOption('chains', values.chains, 1),
    policies: integerOption('policies', values.policies, 0),
    chainNodes: integerOption('chain-nodes', values['chain-nodes'], 6),
    nested: values.nested ? true : values.flat ? false : undefined,
    images: values.images ?? false,
  };
}

async function main(): Promise<void> {
  const started = performance.now();
  const options = parseCommandLine(process.argv.slice(2));
  if (!options) {
    console.log(usage);
    return;
  }
  const { out, counts, files, pictures } = await writeContentWithPictures(options);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Generated ${counts.regions} regions, ${counts.chains} chains, ${counts.opportunities} opportunities, ${counts.policies} policies ` +
      `(${files} files${pictures > 0 ? `, ${pictures} pictures` : ''}, seed ${options.seed ?? 1}) in ${out} — ${seconds} s`,
  );
}

if (import.meta.main) {
  try {
    await main();
  } catch (error) {
    console.error(`${(error as Error).message}\nRun \`npm run seed -- --help\` for the options.`);
    process.exit(1);
  }
}
