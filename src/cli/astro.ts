/**
 * `node src/cli/astro.ts <dev|build|preview|check …>`: Astro with its anonymous usage reports
 * switched off. The npm scripts run Astro through this file rather than with
 * `ASTRO_TELEMETRY_DISABLED=1 astro …`, a shell syntax that cmd.exe and PowerShell cannot run.
 * Astro runs in this same process, so Ctrl+C and exit codes behave as with `astro` itself.
 */
import { pathToFileURL } from 'node:url';
import { binScript } from './node-bin.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
await import(pathToFileURL(binScript('astro')).href);
