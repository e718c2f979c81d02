/**
 * Builds the Pagefind search index over the finished site, as the last step of `astro build`.
 * Pagefind splits the index by each page's `<html lang>`, so `/zh/` and `/en/` pages get an
 * index each; only elements marked `data-pagefind-body` (the entry pages' main content) are read.
 * Inside them, cards of other entries, chain maps and small maps carry `data-pagefind-ignore`.
 * Any indexing error fails the build: a guide whose search silently misses pages is worse than
 * no build.
 *
 * Each language folder is indexed by its own Pagefind run, one after the other: Pagefind holds a
 * whole index in memory until it writes it, so one language at a time needs about half the memory
 * of all at once. The files written are the same either way (each language's files are named by
 * its own hash); only `pagefind-entry.json`, which lists the languages, is written by each run
 * for its own language, so the entries are merged afterwards.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { locales } from '../lib/vocabulary.ts';

interface PagefindEntry {
  languages: Record<string, { page_count: number }>;
}

function failOn(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`search index: ${step} failed:\n${errors.join('\n')}`);
}

const entryFile = (output: string) => path.join(output, 'pagefind-entry.json');
const readEntry = async (output: string) => JSON.parse(await readFile(entryFile(output), 'utf8')) as PagefindEntry;

/** Indexes the pages under one folder of the site and writes them into `output`; returns what the run wrote in its entry. */
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

export default function searchIndex(): AstroIntegration {
  return {
    name: 'invest-atlas-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const output = path.join(site, 'pagefind');
        const started = performance.now();
        const folders = new Set(await readdir(site));
        const built = locales.filter((locale) => folders.has(locale));
        let merged: PagefindEntry | undefined;
        for (const folder of built) {
          const entry = await indexFolder(site, folder, output);
          merged = merged ? { ...merged, languages: { ...merged.languages, ...entry.languages } } : entry;
        }
        if (!merged) throw new Error('search index: the build wrote no language folder to index');
        // Languages in Pagefind's own order, so the file is the one a single run would write.
        merged.languages = Object.fromEntries(Object.entries(merged.languages).sort(([a], [b]) => (a < b ? -1 : 1)));
        await writeFile(entryFile(output), JSON.stringify(merged));
        const languages = Object.entries(merged.languages);
        const total = languages.reduce((sum, [, index]) => sum + index.page_count, 0);
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        const perLanguage = languages.map(([language, index]) => `${language} ${index.page_count}`).join(', ');
        logger.info(`indexed ${total} pages for search (${perLanguage}) in ${seconds} s`);
      },
    },
  };
}
