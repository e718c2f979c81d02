/**
 * `npm run bench:dev -- [--sizes 1000,10000] [--edits 5] [--port 4321]`
 *
 * How fast `npm start` (the dev server) is on generated guides of the given numbers of
 * opportunities: the time from starting it to the first page of an opportunity and of `/zh/`
 * (a first start with an empty cache, then a restart that finds the cache of the first), and,
 * after rewriting one opportunity's title in its YAML file, the time until its page and its
 * region's page serve the new title. Several edits; medians. Also the peak resident memory of the
 * server and its child processes, and the machine's load average (the machine is shared).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeContent } from '../seeds/generate.ts';
import { median, projectRoot, treeRssKiB } from './process.ts';
import { describeMachine, writeSection } from './report.ts';
import { loadAverage, pickOpportunity, retitle } from './staff-edit.ts';
import { freePort } from '../src/cli/free-port.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    edits: { type: 'string', default: '5' },
    port: { type: 'string' },
  },
});
const edits = Number(values.edits);
const sizes = values.sizes.split(',').map(Number);
if (!(edits >= 1) || sizes.some((size) => !(size >= 1))) throw new Error('usage: npm run bench:dev -- [--sizes 1000,10000] [--edits 5] [--port 4321]');

/** The port asked for, or one the system says is free. */
const serverPort = async (): Promise<number> => (values.port ? Number(values.port) : freePort());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface DevServer {
  child: ChildProcess;
  started: number;
  origin: string;
  /** Highest resident memory of the server's process tree so far, in MiB. */
  peakMiB: () => number;
  /** What the server printed, for the error when it fails. */
  output: () => string;
  stop: () => Promise<void>;
}

/** Starts `npm start`'s command (src/cli/astro.ts dev) on the content folder, as staff do. */
async function startServer(content: string, cacheDir: string): Promise<DevServer> {
  const port = await serverPort();
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(projectRoot, 'src/cli/astro.ts'), 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ATLAS_CONTENT: content, ATLAS_CACHE_DIR: cacheDir, FORCE_COLOR: '0' },
  });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  let peakKiB = 0;
  let sampling = false;
  const sampler = setInterval(async () => {
    if (sampling || child.pid === undefined || child.exitCode !== null) return;
    sampling = true;
    peakKiB = Math.max(peakKiB, await treeRssKiB(child.pid));
    sampling = false;
  }, 250);
  return {
    child,
    started,
    origin: `http://127.0.0.1:${port}`,
    peakMiB: () => peakKiB / 1024,
    output: () => output,
    async stop() {
      clearInterval(sampler);
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        const stopped = await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)]);
        if (!stopped) {
          child.kill('SIGKILL');
          await exited;
        }
      }
    },
  };
}

/**
 * Asks for `pathname` until it answers 200 and, when given, its HTML contains `text`; returns the
 * milliseconds since `since`. Requests go one at a time, as a browser reloading would.
 */
async function waitFor(server: DevServer, pathname: string, since: number, text?: string): Promise<number> {
  const deadline = performance.now() + 180_000;
  while (performance.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`the dev server stopped:\n${server.output()}`);
    // A guide that failed to load would be served from an old store: no figure to trust.
    if (server.output().includes('[ERROR]')) throw new Error(`the dev server reported an error:\n${server.output()}`);
    try {
      const response = await fetch(server.origin + pathname, { signal: AbortSignal.timeout(120_000) });
      const body = await response.text();
      if (response.status === 200 && (text === undefined || body.includes(text))) return performance.now() - since;
    } catch {
      // Not listening yet.
    }
    await sleep(25);
  }
  throw new Error(`${pathname} did not answer${text ? ` with "${text}"` : ''} within three minutes:\n${server.output()}`);
}

interface StartTimes {
  entryMs: number;
  homeMs: number;
}

async function measureStart(server: DevServer, entryPath: string): Promise<StartTimes> {
  const entryMs = await waitFor(server, entryPath, server.started);
  const homeMs = await waitFor(server, '/zh/', server.started);
  return { entryMs, homeMs };
}

interface SizeResult {
  label: string;
  first: StartTimes;
  restart: StartTimes;
  entryEdits: number[];
  listEdits: number[];
  peakMiB: number;
  load: string;
}

async function measureSize(size: number): Promise<SizeResult> {
  const content = await mkdtemp(path.join(tmpdir(), 'atlas-bench-dev-content-'));
  const cacheDir = await mkdtemp(path.join(tmpdir(), 'atlas-bench-dev-cache-'));
  try {
    const { counts } = writeContent({ out: content, opportunities: size, force: true });
    const label = `\`seeds\`: ${size.toLocaleString('en')} opportunities, ${counts.regions} regions, ${counts.chains} chains, ${counts.policies} policies`;
    const load = loadAverage();
    const opportunity = await pickOpportunity(content);
    const entryPath = `/zh/opportunities/${opportunity.id}/`;
    const listPath = `/zh/regions/${opportunity.region}/`;

    console.log(`${size}: first start (empty cache)…`);
    let server = await startServer(content, cacheDir);
    let first: StartTimes;
    const entryEdits: number[] = [];
    const listEdits: number[] = [];
    let peakMiB = 0;
    try {
      first = await measureStart(server, entryPath);
      // The region page is the list the edit must also reach; see it served once before editing.
      await waitFor(server, listPath, performance.now());
      console.log(`  first page ${(first.entryMs / 1000).toFixed(1)} s, /zh/ ${(first.homeMs / 1000).toFixed(1)} s`);
      for (let index = 1; index <= edits; index++) {
        const title = `改名示范项目${index}号${Date.now() % 100_000}`;
        const edited = performance.now();
        await retitle(opportunity.file, title);
        const entryMs = await waitFor(server, entryPath, edited, title);
        const listMs = await waitFor(server, listPath, edited, title);
        entryEdits.push(entryMs);
        listEdits.push(listMs);
        console.log(`  edit ${index}: entry page ${(entryMs / 1000).toFixed(2)} s, region page ${(listMs / 1000).toFixed(2)} s`);
        // Let the server settle (late watcher events) before the next save.
        await sleep(1500);
      }
    } finally {
      peakMiB = server.peakMiB();
      await server.stop();
    }

    console.log(`${size}: restart (cache of the first start)…`);
    server = await startServer(content, cacheDir);
    let restart: StartTimes;
    try {
      restart = await measureStart(server, entryPath);
    } finally {
      peakMiB = Math.max(peakMiB, server.peakMiB());
      await server.stop();
    }
    console.log(`  first page ${(restart.entryMs / 1000).toFixed(1)} s, /zh/ ${(restart.homeMs / 1000).toFixed(1)} s`);
    return { label, first, restart, entryEdits, listEdits, peakMiB, load: `${load} → ${loadAverage()}` };
  } finally {
    await rm(content, { recursive: true, force: true });
    await rm(cacheDir, { recursive: true, force: true });
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const edited = (all: number[]) => `${(median(all) / 1000).toFixed(2)} s (${all.map((ms) => (ms / 1000).toFixed(2)).join(', ')})`;

const rows: string[] = [];
for (const size of sizes) {
  const result = await measureSize(size);
  rows.push(
    `| ${result.label} | ${seconds(result.first.entryMs)} / ${seconds(result.first.homeMs)} | ${seconds(result.restart.entryMs)} / ${seconds(result.restart.homeMs)} | ${edited(result.entryEdits)} | ${edited(result.listEdits)} | ${Math.round(result.peakMiB)} MiB | ${result.load} |`,
  );
  console.log(rows.at(-1));
}

const command = `npm run bench:dev -- --sizes ${sizes.join(',')} --edits ${edits}`;
await writeSection(
  'dev-server',
  `## Dev server (\`npm start\`)

\`${command}\`, ${new Date().toISOString().slice(0, 10)}, on ${await describeMachine()}.

The dev server is started on a generated guide with an empty cache (first start) and again with
the cache the first start left (restart); the times run from starting the command to the first
complete answer for an opportunity page, then for \`/zh/\`. Each edit rewrites one opportunity's
Chinese title in its YAML file; the times run from the save until the opportunity's page, then
its region's page (which lists it), serve the new title: medians, every edit in brackets. Peak
memory is the whole process tree's; the load average (1 / 5 / 15 minutes) at the start and end
of each guide shows how busy the shared machine was.

| guide | first start: entry / \`/zh/\` | restart: entry / \`/zh/\` | edit → entry page | edit → region page | peak memory | load average |
|---|---|---|---|---|---|---|
${rows.join('\n')}`,
);
console.log('\nwritten to BENCHMARKS.md');
