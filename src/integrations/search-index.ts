/**
 * Builds the Pagefind search index over the finished site, as the last step of `astro build`.
 * Pagefind splits the index by each page's `<html lang>`, so `/zh/` and `/en/` pages get an
 * index each; only elements marked `data-pagefind-body` (the entry pages' main content) are read.
 * Inside them, cards of other entries, chain maps and small maps carry `data-pagefind-ignore`.
 * Any indexing error fails the build: a guide whose search silently misses pages is worse than
 * no build.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

function failOn(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`search index: ${step} failed:\n${errors.join('\n')}`);
}

/** Pages per language, as Pagefind recorded them in the bundle it wrote. */
async function indexedLanguages(output: string): Promise<[string, number][]> {
  const entry = JSON.parse(await readFile(path.join(output, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.entries(entry.languages).map(([language, index]) => [language, index.page_count]);
}

export default function searchIndex(): AstroIntegration {
  return {
    name: 'invest-atlas-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await createIndex({});
          failOn('starting Pagefind', errors);
          if (!index) throw new Error('search index: Pagefind returned no index');
          const added = await index.addDirectory({ path: site });
          failOn('indexing the pages', added.errors);
          const output = path.join(site, 'pagefind');
          const written = await index.writeFiles({ outputPath: output });
          failOn('writing the index', written.errors);
          const languages = await indexedLanguages(output);
          const total = languages.reduce((sum, [, count]) => sum + count, 0);
          const seconds = ((performance.now() - started) / 1000).toFixed(2);
          const perLanguage = languages.map(([language, count]) => `${language} ${count}`).join(', ');
          logger.info(`indexed ${total} pages for search (${perLanguage}) in ${seconds} s`);
        } finally {
          await close();
        }
      },
    },
  };
}
