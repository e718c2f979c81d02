/**
 * The Pagefind search index over a finished site. Pagefind splits the index by each page's
 * `<html lang>`, so `/zh/` and `/en/` pages get an index each; only elements marked
 * `data-pagefind-body` (the entry pages' main content) are read. Inside them, cards of other
 * entries, chain maps and small maps carry `data-pagefind-ignore`, and so do the guide's own words
 * that every entry page repeats: section headings, the labels of facts and contacts, the enquiry
 * box, the "updated" line, a chain's stage names. Indexed, they made every opportunity match
 * "感兴趣" or "preparatory", and they were a fifth of the words Pagefind holds in memory. Any
 * indexing error is thrown: a guide whose search silently misses pages is worse than no build.
 *
 * Each language folder is indexed by its own Pagefind run, one after the other: Pagefind holds a
 * whole index in memory until it writes it, so one language at a time needs about half the memory
 * of all at once. The files written are the same either way (each language's files are named by
 * its own hash); only `pagefind-entry.json`, which lists the languages, is written by each run
 * for its own language, so the entries are merged afterwards.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { close, createIndex } from 'pagefind';
import { locales } from '../vocabulary.ts';

interface PagefindEntry {
  languages: Record<string, { page_count: number }>;
}

export interface IndexSummary {
  /** Pagefind's language code → pages in its index. */
  languages: [string, number][];
  seconds: number;
}

function failOn(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`search index: ${step} failed:\n${errors.join('\n')}`);
}

const entryFile = (output: string) => path.join(output, 'pagefind-entry.json');
const readEntry = async (output: string) => JSON.parse(await readFile(entryFile(output), 'utf8')) as PagefindEntry;

/** Indexes the pages under one folder of the site into `output`; returns what the run wrote in its entry. */
async function indexFolder(site: string, folder: string, output: string): Promise<PagefindEntry> {
  try {
    const { index, errors } = await createIndex({});
    failOn('starting Pagefind', errors);
    if (!index) throw new Error('search index: Pagefind returned no index');
    const added = await index.addDirectory({ path: site, glob: `${folder}/**/*.html` });
    failOn(`indexing the pages of /${folder}/`, added.errors);
    const written = await index.writeFiles({ outputPath: output });
    failOn(`writing the index of /${folder}/`, written.errors);
    return await readEntry(output);
  } finally {
    // Ends Pagefind's process, and with it the memory the index held.
    await close();
  }
}

/** Writes `<site>/pagefind/` for every language folder the site has. */
export async function buildSearchIndex(site: string): Promise<IndexSummary> {
  const started = performance.now();
  const output = path.join(site, 'pagefind');
  const folders = new Set(await readdir(site));
  let merged: PagefindEntry | undefined;
  for (const folder of locales.filter((locale) => folders.has(locale))) {
    const entry = await indexFolder(site, folder, output);
    merged = merged ? { ...merged, languages: { ...merged.languages, ...entry.languages } } : entry;
  }
  if (!merged) throw new Error(`search index: ${site} has no language folder to index`);
  // Languages in Pagefind's own order, so the file is the one a single run would write.
  merged.languages = Object.fromEntries(Object.entries(merged.languages).sort(([a], [b]) => (a < b ? -1 : 1)));
  await writeFile(entryFile(output), JSON.stringify(merged));
  const languages = Object.entries(merged.languages).map(([language, index]): [string, number] => [language, index.page_count]);
  return { languages, seconds: (performance.now() - started) / 1000 };
}

/** "indexed 2102 pages for search (en 1051, zh-cn 1051) in 12.30 s" */
export function describeIndex({ languages, seconds }: IndexSummary): string {
  const total = languages.reduce((sum, [, count]) => sum + count, 0);
  return `indexed ${total} pages for search (${languages.map(([language, count]) => `${language} ${count}`).join(', ')}) in ${seconds.toFixed(2)} s`;
}
