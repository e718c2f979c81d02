/** Reading a built site's folder as files: for tests that compare two builds of the same content. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Every file under `root`, relative, with `/`. */
export async function filesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

export const textExtensions = /\.(html|xml|json|geojson|csv|js|css|txt|webmanifest|svg)$|(^|\/)_headers$/;

/**
 * What a reader or a program can read in the output: every text file, and the page records of
 * the search index (Pagefind's fragments: gzip, behind a `pagefind_dcd` signature), which are
 * what search results show.
 */
export async function readableFiles(root: string): Promise<Map<string, string>> {
  const readable = new Map<string, string>();
  for (const file of await filesUnder(root)) {
    if (textExtensions.test(file)) readable.set(file, await readFile(path.join(root, file), 'utf8'));
    else if (file.endsWith('.pf_fragment')) readable.set(file, gunzipSync(await readFile(path.join(root, file))).toString('utf8'));
  }
  return readable;
}

/** Where two texts part, with some context either side: enough to see what a cache kept. */
export function firstDifference(mine: string, reference: string): string {
  let at = 0;
  while (at < mine.length && mine[at] === reference[at]) at++;
  const around = (body: string) => JSON.stringify(body.slice(Math.max(0, at - 80), at + 120));
  return `rebuilt ${around(mine)} / clean ${around(reference)}`;
}

/** The files of `rebuilt` that differ from those of `clean` (text files with where they part); both folders must hold the same files. */
export async function differingFiles(rebuilt: string, clean: string): Promise<string[]> {
  const different: string[] = [];
  for (const file of await filesUnder(rebuilt)) {
    const [mine, reference] = await Promise.all([readFile(path.join(rebuilt, file)), readFile(path.join(clean, file))]);
    if (!mine.equals(reference)) different.push(textExtensions.test(file) ? `${file}: ${firstDifference(mine.toString('utf8'), reference.toString('utf8'))}` : file);
  }
  return different;
}
