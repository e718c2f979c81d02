/**
 * Builds the Pagefind search index over the finished site, as the last step of `astro build`.
 * Pagefind splits the index by each page's `<html lang>`, so `/zh/` and `/en/` pages get an
 * index each; only elements marked `data-pagefind-body` (the entry pages' main content) are read.
 * Any indexing error fails the build: a guide whose search silently misses pages is worse than
 * no build.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

function failOn(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`search index: ${step} failed:\n${errors.join('\n')}`);
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
          if (added.page_count === 0) throw new Error('search index: no page is marked for indexing (data-pagefind-body)');
          const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
          failOn('writing the index', written.errors);
          const seconds = ((performance.now() - started) / 1000).toFixed(2);
          logger.info(`indexed ${added.page_count} pages for search in ${seconds} s`);
        } finally {
          await close();
        }
      },
    },
  };
}
