/**
 * `node src/cli/astro.ts <dev|build|preview|check …>`: Astro with its anonymous usage reports
 * switched off. The npm scripts run Astro through this file rather than with
 * `ASTRO_TELEMETRY_DISABLED=1 astro …`, a shell syntax that cmd.exe and PowerShell cannot run.
 * Astro runs in this same process, so Ctrl+C and exit codes behave as with `astro` itself.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { binScript, projectRoot } from './node-bin.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
// Astro turns on Node's compile cache, kept in the system temp folder unless told otherwise: keep it
// with the project's other caches instead, so building and testing leave nothing in the temp folder.
process.env.NODE_COMPILE_CACHE ??= path.join(projectRoot, 'node_modules', '.cache', 'node-compile-cache');
await import(pathToFileURL(binScript('astro')).href);
