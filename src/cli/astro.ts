/**
 * `node src/cli/astro.ts <dev|build|preview|check …>`: Astro with its anonymous usage reports
 * switched off. The npm scripts run Astro through this file rather than with
 * `ASTRO_TELEMETRY_DISABLED=1 astro …`, a shell syntax that cmd.exe and PowerShell cannot run.
 *
 * `build` runs Astro in a process of its own, or a large guide in several (src/cli/build-site.ts),
 * and builds the search index once they have exited. Every other command runs Astro in this same
 * process, so Ctrl+C and exit codes behave as with `astro` itself.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSite } from './build-site.ts';
import { binScript, projectRoot } from './node-bin.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
// Astro turns on Node's compile cache, kept in the system temp folder unless told otherwise: keep it
// with the project's other caches instead, so building and testing leave nothing in the temp folder.
process.env.NODE_COMPILE_CACHE ??= path.join(projectRoot, 'node_modules', '.cache', 'node-compile-cache');

const [command, ...options] = process.argv.slice(2);
// An output folder given on the command line is Astro's to resolve: the index is then built inside Astro's run.
const indexAfterwards = command === 'build' && !options.some((option) => /^--(outDir|help|root)\b|^-h$/.test(option));

if (indexAfterwards) {
  try {
    process.exitCode = await buildSite(options);
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  }
} else {
  await import(pathToFileURL(binScript('astro')).href);
}
