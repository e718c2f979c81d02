/** Running a build command and measuring it: wall seconds and the peak memory of its process tree. */
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { nodeCommand } from '../src/cli/node-bin.ts';

export const projectRoot = path.resolve(import.meta.dirname, '..');

export interface RunResult {
  seconds: number;
  /** Highest resident memory of the command and all its children together, in MiB. */
  peakRssMiB: number;
}

/**
 * Resident memory in KiB of each process, and its parent, read from Linux's /proc. Windows and
 * macOS have no /proc: there the table is empty and the peak memory is reported as 0.
 */
async function processTable(): Promise<Map<number, { parent: number; rssKiB: number }>> {
  const table = new Map<number, { parent: number; rssKiB: number }>();
  const entries = await readdir('/proc').catch(() => [] as string[]);
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const status = await readFile(`/proc/${entry}/status`, 'utf8').catch(() => '');
    const parent = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? -1);
    const rssKiB = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
    table.set(Number(entry), { parent, rssKiB });
  }
  return table;
}

/** Resident memory of a process and all its descendants, in KiB (0 where /proc is missing). */
export async function treeRssKiB(root: number): Promise<number> {
  const table = await processTable();
  let total = 0;
  const pending = [root];
  while (pending.length) {
    const pid = pending.pop()!;
    total += table.get(pid)?.rssKiB ?? 0;
    for (const [child, { parent }] of table) if (parent === pid) pending.push(child);
  }
  return total;
}

/** `npm run build`'s script: Astro, then the search index in a process of its own. */
export const buildScript = path.join(projectRoot, 'src', 'cli', 'astro.ts');

/**
 * Runs a package's command (`astro`, `pagefind`) or one of the project's scripts (a `.ts` file)
 * with this Node, the same way on every system.
 */
export function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const node = command.endsWith('.ts') ? { program: process.execPath, args: [command, ...args] } : nodeCommand(command, args);
    const child = spawn(node.program, node.args, {
      cwd,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    });
    let peakKiB = 0;
    let sampling = false;
    // Sampled four times a second: enough to catch a build's plateau, cheap enough not to slow it.
    const sampler = setInterval(async () => {
      if (sampling || child.pid === undefined) return;
      sampling = true;
      peakKiB = Math.max(peakKiB, await treeRssKiB(child.pid));
      sampling = false;
    }, 250);
    let errors = '';
    child.stderr.on('data', (chunk) => (errors += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      const seconds = (performance.now() - started) / 1000;
      if (code === 0) resolve({ seconds, peakRssMiB: peakKiB / 1024 });
      else reject(new Error(`${command} ${args.join(' ')} failed:\n${errors}`));
    });
  });
}

export function median(numbers: number[]): number {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
