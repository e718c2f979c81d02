/** Writing measured figures into BENCHMARKS.md, each kind of figure in its own marked section. */
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from './process.ts';

const benchmarksFile = path.join(projectRoot, 'BENCHMARKS.md');

/** The machine the figures were taken on, in one line. */
export async function describeMachine(): Promise<string> {
  const release = await readFile('/etc/os-release', 'utf8').catch(() => '');
  const system = /^PRETTY_NAME="?([^"\n]+)/m.exec(release)?.[1] ?? `${os.type()} ${os.release()}`;
  const memoryGiB = Math.round(os.totalmem() / 2 ** 30);
  return `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${memoryGiB} GiB RAM, ${system}, Node ${process.versions.node}`;
}

/** Replaces the section between `<!-- name:start -->` and `<!-- name:end -->`, or appends it. */
export async function writeSection(name: string, body: string): Promise<void> {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const current = await readFile(benchmarksFile, 'utf8').catch(() => '# Benchmarks\n');
  const section = `${start}\n${body.trim()}\n${end}`;
  const pattern = new RegExp(`${start}[\\s\\S]*?${end}`);
  const next = pattern.test(current) ? current.replace(pattern, section) : `${current.trimEnd()}\n\n${section}\n`;
  await writeFile(benchmarksFile, next);
}
