/**
 * Builds the search index (src/lib/search/build-index.ts) over the finished site, as the last
 * step of `astro build`. `npm run build` builds it instead after Astro has exited (src/cli/astro.ts):
 * Astro's process still holds the rendered guide's memory when its last step runs, and Pagefind's
 * own memory on top of it was the build's peak. It says so with ATLAS_SEARCH_INDEX=after-build.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSearchIndex, describeIndex } from '../lib/search/build-index.ts';

export default function searchIndex(): AstroIntegration {
  return {
    name: 'invest-atlas-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.ATLAS_SEARCH_INDEX === 'after-build') return;
        logger.info(describeIndex(await buildSearchIndex(fileURLToPath(dir))));
      },
    },
  };
}
