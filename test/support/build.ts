/** Runs the real build as `npm run build` does (Astro, then the search index), with a chosen content folder and output. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { projectRoot, testOutput, testToday } from './paths.ts';

export interface BuildResult {
  code: number | null;
  output: string;
}

/**
 * The environment staff run the guide's commands in: this process's, without what the test runner
 * adds (NODE_ENV=test, and MODE, DEV, PROD, SSR and BASE_URL copied from its import.meta.env). A
 * build that inherited DEV=1 would render as the dev server does, not as `npm run build` does.
 */
export function staffEnvironment(): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(VITEST.*|NODE_ENV|TEST|MODE|DEV|PROD|SSR|BASE_URL)$/.test(name)));
}

export function buildGuide(options: { content: string; outDir: string; today?: string; env?: Record<string, string> }): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    // `npm run build`'s own script with this Node (the pinned Node 24 under npm scripts): no shell, no .cmd shim.
    const child = spawn(process.execPath, [path.join(projectRoot, 'src', 'cli', 'astro.ts'), 'build'], {
      cwd: projectRoot,
      env: {
        ...staffEnvironment(),
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
