/** What the benchmarks change in a generated guide, as staff would: one opportunity's title. */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** The first opportunity file of the guide, its id and its region. */
export async function pickOpportunity(content: string): Promise<{ file: string; id: string; region: string }> {
  const folder = path.join(content, 'opportunities');
  const files = (await readdir(folder, { recursive: true })).filter((name) => name.endsWith('.yaml')).sort();
  const file = path.join(folder, files[0]);
  const region = /^region: (\S+)$/m.exec(await readFile(file, 'utf8'))?.[1];
  if (!region) throw new Error(`${file} names no region`);
  return { file, id: path.basename(file, '.yaml'), region };
}

/** Gives the opportunity a new Chinese title, written as an editor saves: the whole file at once. */
export async function retitle(file: string, title: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  const next = text.replace(/^(title:\r?\n\s+zh: ).*$/m, `$1${title}`);
  if (next === text) throw new Error(`${file}: no Chinese title to change`);
  await writeFile(file, next);
}

/** The machine's load average over 1, 5 and 15 minutes: how busy the shared machine was. */
export const loadAverage = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' / ');
