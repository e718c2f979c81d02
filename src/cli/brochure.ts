/**
 * `npm run brochure -- [--skip-build]`: the guide with its printed 招商手册. Builds the guide with
 * the brochure pages and the "download the brochure" links (ATLAS_BROCHURES=1), then prints
 * every brochure — one per region, one per chain, one for the whole guide, in every language —
 * to `dist/brochures/<language>/…pdf`. Publish the whole `dist` folder: the pages link to the
 * PDFs beside them. `--skip-build` prints again from a build this command made before.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { brochureSwitch } from '../lib/brochure/plan.ts';
import { nodeCommand } from './node-bin.ts';
import { printBrochures } from './print-brochures.ts';

const { values } = parseArgs({ options: { 'skip-build': { type: 'boolean', default: false } } });
const outDir = path.resolve(process.env.ATLAS_OUT_DIR || 'dist');
const started = performance.now();

if (!values['skip-build']) {
  console.log('构建中 / Building the guide with its brochure pages…');
  const astro = nodeCommand('astro', ['build']);
  const result = spawnSync(astro.program, astro.args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', [brochureSwitch]: '1' } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

console.log('打印招商手册 / Printing the brochures…');
const printing = performance.now();
try {
  const printed = await printBrochures(outDir, {
    onPrinted: ({ file, pages, bytes }) => console.log(`  ${file}  ${pages} 页 / pages, ${(bytes / 1024).toFixed(0)} KB`),
  });
  const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);
  console.log(`\n${printed.length} 份招商手册 / brochures in ${path.join(outDir, 'brochures')} (printing ${seconds(printing)} s, all ${seconds(started)} s)`);
} catch (error) {
  console.error(`\n招商手册打印失败 / Printing the brochures failed: ${(error as Error).message}`);
  process.exit(1);
}
