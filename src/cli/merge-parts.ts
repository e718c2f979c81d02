/**
 * Merges the folders the parts of a split build wrote (src/lib/build-parts.ts) into the site's
 * folder. Files only one part wrote are moved; a file several parts wrote (a page without a
 * language, a shared script) must be byte for byte the same in each, or the merge fails naming
 * it: parts that disagree would make a site whose pages depend on which part came first.
 */
import { cp, mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';

/** Moves a file or folder; across drives (the parts lie in the project, the site may not), by copying it. */
async function move(source: string, target: string): Promise<void> {
  try {
    await rename(source, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await cp(source, target, { recursive: true });
    await rm(source, { recursive: true, force: true });
  }
}

async function sameBytes(a: string, b: string): Promise<boolean> {
  const [left, right] = await Promise.all([stat(a), stat(b)]);
  if (left.size !== right.size) return false;
  return (await readFile(a)).equals(await readFile(b));
}

async function moveInto(from: string, to: string, relative: string): Promise<void> {
  const existing = new Map((await readdir(to, { withFileTypes: true })).map((entry) => [entry.name, entry]));
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    const name = relative ? `${relative}/${entry.name}` : entry.name;
    const there = existing.get(entry.name);
    if (!there) await move(source, target);
    else if (entry.isDirectory() && there.isDirectory()) await moveInto(source, target, name);
    else if (entry.isDirectory() || there.isDirectory() || !(await sameBytes(source, target))) {
      throw new Error(`the parts of the build wrote different versions of ${name} / 分部分构建时各部分生成的 ${name} 不一致`);
    }
  }
}

/** Replaces `site` with the union of the `parts` folders, which are removed. */
export async function mergeParts(parts: readonly string[], site: string): Promise<void> {
  const [first, ...others] = parts;
  await rm(site, { recursive: true, force: true });
  await mkdir(path.dirname(site), { recursive: true });
  await move(first, site);
  try {
    for (const part of others) await moveInto(part, site, '');
  } finally {
    for (const part of others) await rm(part, { recursive: true, force: true });
  }
}
