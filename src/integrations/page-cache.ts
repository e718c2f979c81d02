/**
 * Tells the pages' cache keys (src/data/page-keys.ts) which folder this build writes: the names
 * of the bundled styles and scripts there carry a hash of their content, and a page copied from
 * the last build links them by name, so those names are part of every key. The pages render in
 * this same process, after the config is done; the folder is passed on through the environment.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The environment variable that holds the output folder while the pages render. */
export const outputFolderVariable = 'ATLAS_BUILD_OUTPUT';

export default function pageCache(): AstroIntegration {
  return {
    name: 'invest-atlas-page-cache',
    hooks: {
      'astro:config:done': ({ config }) => {
        process.env[outputFolderVariable] = fileURLToPath(config.outDir);
      },
    },
  };
}
