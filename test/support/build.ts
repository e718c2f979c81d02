/** Runs the real `astro build` the way `npm run build` does, with a chosen content folder and output. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { nodeCommand } from '../../src/cli/node-bin.ts';
import { projectRoot, testOutput, testToday } from './paths.ts';

export interface BuildResult {
  code: number | null;
  output: string;
}

export function buildGuide(options: { content: string; outDir: string; today?: string; env?: Record<string, string> }): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    // Astro's own script with this Node (the pinned Node 24 under npm scripts): no shell, no .cmd shim.
    const astro = nodeCommand('astro', ['build']);
    const child = spawn(astro.program, astro.args, {
      cwd: projectRoot,
      env: {
        ...process.env,
        PATH: `${path.join(projectRoot, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH}`,
        ASTRO_TELEMETRY_DISABLED: '1',
        ATLAS_CONTENT: options.content,
        ATLAS_OUT_DIR: options.outDir,
        ATLAS_TODAY: options.today ?? testToday,
        // Astro's command keeps Node's compile cache in the system temp folder unless told otherwise;
        // the tests keep theirs in .test-output, so a test run leaves nothing in the temp folder.
        NODE_COMPILE_CACHE: path.join(testOutput, 'node-compile-cache'),
        NO_COLOR: '1',
        ...options.env,
      },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}
