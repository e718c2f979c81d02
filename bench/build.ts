/**
 * `npm run bench -- [--opportunities 10000] [--runs 3]`
 *
 * Measures the build of the sample guide and of a generated guide of the given size, and of a
 * bare Astro + Pagefind site with the same number of pages built in the same run. Reports the
 * median of the runs and the overhead ratio against the bare build: the machines are shared and
 * noisy, so only ratios measured side by side mean anything.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeContent } from '../seeds/generate.ts';

const projectRoot = path.resolve(import.meta.dirname, '..');
const bin = path.join(projectRoot, 'node_modules/.bin');

const { values } = parseArgs({
  options: {
    opportunities: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '3' },
  },
});
const runs = Number(values.runs);
const opportunities = Number(values.opportunities);

function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(path.join(bin, command), args, {
      cwd,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    });
    let errors = '';
    child.stderr.on('data', (chunk) => (errors += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve((performance.now() - started) / 1000) : reject(new Error(`${command} ${args.join(' ')} failed:\n${errors}`))));
  });
}

function median(numbers: number[]): number {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function countPages(directory: string): Promise<number> {
  return (await readdir(directory, { recursive: true })).filter((file) => file.endsWith('.html')).length;
}

/** A bare Astro site with `pages` simple pages of about the same text size, indexed by Pagefind. */
async function createBareSite(pages: number): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'atlas-bench-bare-'));
  await symlink(path.join(projectRoot, 'node_modules'), path.join(root, 'node_modules'));
  await writeFile(path.join(root, 'package.json'), JSON.stringify({ type: 'module', private: true }));
  await writeFile(path.join(root, 'astro.config.mjs'), "export default { build: { format: 'directory' } };\n");
  await mkdir(path.join(root, 'src/pages'), { recursive: true });
  await writeFile(
    path.join(root, 'src/pages/[page].astro'),
    `---
export function getStaticPaths() {
  return Array.from({ length: ${pages} }, (_, index) => ({ params: { page: String(index) } }));
}
const { page } = Astro.params;
const paragraph = '本项目位于开发区南区，规划建设生产线与配套仓储设施。The project builds production lines and warehouses in the southern area of the zone. '.repeat(12);
---
<html lang="zh-CN"><head><meta charset="utf-8" /><title>Page {page}</title></head>
<body><main data-pagefind-body><h1>Page {page}</h1><p>{paragraph}</p><table><tr><th>Investment</th><td>{page} 亿元</td></tr></table></main></body></html>
`,
  );
  return root;
}

interface Measurement {
  label: string;
  pages: number;
  seconds: number[];
}

async function measureGuide(label: string, content: string): Promise<Measurement> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'atlas-bench-out-'));
  const seconds: number[] = [];
  for (let index = 0; index < runs; index++) {
    await rm(outDir, { recursive: true, force: true });
    seconds.push(await run('astro', ['build'], projectRoot, { ATLAS_CONTENT: content, ATLAS_OUT_DIR: outDir }));
  }
  return { label, pages: await countPages(outDir), seconds };
}

async function measureBare(pages: number): Promise<Measurement> {
  const root = await createBareSite(pages);
  const seconds: number[] = [];
  for (let index = 0; index < runs; index++) {
    await rm(path.join(root, 'dist'), { recursive: true, force: true });
    const build = await run('astro', ['build'], root);
    const index_ = await run('pagefind', ['--site', 'dist', '--silent'], root);
    seconds.push(build + index_);
  }
  return { label: `bare Astro + Pagefind (${pages} pages)`, pages: await countPages(path.join(root, 'dist')), seconds };
}

function report(guide: Measurement, bare: Measurement): void {
  const ratio = median(guide.seconds) / median(bare.seconds);
  console.log(`${guide.label}: ${guide.pages} pages, median ${median(guide.seconds).toFixed(1)} s of [${guide.seconds.map((s) => s.toFixed(1)).join(', ')}]`);
  console.log(`${bare.label}: median ${median(bare.seconds).toFixed(1)} s of [${bare.seconds.map((s) => s.toFixed(1)).join(', ')}]`);
  console.log(`overhead ratio: ${ratio.toFixed(2)}×`);
  console.log('');
}

const sample = await measureGuide('sample guide (content/)', path.join(projectRoot, 'content'));
report(sample, await measureBare(sample.pages));

const generated = await mkdtemp(path.join(tmpdir(), 'atlas-bench-content-'));
writeContent({ out: generated, opportunities, force: true });
const large = await measureGuide(`generated guide (${opportunities} opportunities)`, generated);
report(large, await measureBare(large.pages));
