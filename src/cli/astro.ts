/**
 * `node src/cli/astro.ts <dev|build|preview|check …>`: Astro with its anonymous usage reports
 * switched off. The npm scripts run Astro through this file rather than with
 * `ASTRO_TELEMETRY_DISABLED=1 astro …`, a shell syntax that cmd.exe and PowerShell cannot run.
 *
 * `build` runs Astro in a process of its own and builds the search index once it has exited
 * (src/integrations/search-index.ts says why: the memory of the two steps no longer adds up).
 * Every other command runs Astro in this same process, so Ctrl+C and exit codes behave as with
 * `astro` itself.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSearchIndex, describeIndex } from '../lib/search/build-index.ts';
import { binScript, projectRoot } from './node-bin.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
// Astro turns on Node's compile cache, kept in the system temp folder unless told otherwise: keep it
// with the project's other caches instead, so building and testing leave nothing in the temp folder.
process.env.NODE_COMPILE_CACHE ??= path.join(projectRoot, 'node_modules', '.cache', 'node-compile-cache');

const [command, ...options] = process.argv.slice(2);
// An output folder given on the command line is Astro's to resolve: the index is then built inside Astro's run.
const indexAfterwards = command === 'build' && !options.some((option) => /^--(outDir|help|root)\b|^-h$/.test(option));

if (indexAfterwards) {
  const code = await new Promise<number>((resolve, reject) => {
    const astro = spawn(process.execPath, [binScript('astro'), 'build', ...options], {
      stdio: 'inherit',
      env: { ...process.env, ATLAS_SEARCH_INDEX: 'after-build' },
    });
    astro.on('error', reject);
    astro.on('close', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)));
  });
  if (code !== 0) process.exit(code);
  // Where astro.config.mjs writes the site.
  const site = path.resolve(projectRoot, process.env.ATLAS_OUT_DIR || 'dist');
  try {
    console.log(`[search-index] ${describeIndex(await buildSearchIndex(site))}`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
} else {
  await import(pathToFileURL(binScript('astro')).href);
}
