/**
 * After the build, writes `kiosk-sw.js`: a service worker that precaches the kiosk pages of both
 * languages and every file they use, so a kiosk that loaded once keeps running — reload
 * included — when the venue's network drops. The Workbox runtime is inlined into the worker:
 * nothing is loaded from another host. Only kiosk pages register it.
 */
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { isKioskPage, referencedFiles } from '../lib/kiosk/offline.ts';
import { timingParameters } from '../lib/kiosk/timing.ts';

export const serviceWorkerFile = 'kiosk-sw.js';

const tempVariables = ['TMPDIR', 'TEMP', 'TMP'] as const;

/**
 * Workbox bundles the worker through a file in a temp folder it never removes, one per build. It
 * finds that folder once, when it is first loaded: loaded here with the temp folder pointed at a
 * scratch folder of ours (TMPDIR on macOS and Linux, TEMP and TMP on Windows), whatever it leaves
 * is removed with the scratch folder.
 */
async function withWorkbox<Result>(task: (workbox: typeof import('workbox-build')) => Promise<Result>): Promise<Result> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'atlas-kiosk-sw-'));
  const saved = tempVariables.map((name) => [name, process.env[name]] as const);
  for (const name of tempVariables) process.env[name] = scratch;
  try {
    const workbox = await import('workbox-build');
    return await task(workbox);
  } finally {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    await rm(scratch, { recursive: true, force: true });
  }
}

async function kioskPages(root: string): Promise<string[]> {
  const files = await readdir(root, { recursive: true });
  return files.map((file) => file.split(path.sep).join('/')).filter(isKioskPage);
}

/** The pages and, transitively, every existing file they reference. */
async function precacheList(root: string, base: string): Promise<string[]> {
  const seen = new Set<string>();
  const queue = await kioskPages(root);
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    const info = await stat(path.join(root, file)).catch(() => null);
    if (!info?.isFile()) continue;
    seen.add(file);
    if (!/\.(html|css|js)$/.test(file)) continue;
    const text = await readFile(path.join(root, file), 'utf8');
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    queue.push(...referencedFiles(text, base, dir));
  }
  return [...seen].sort();
}

export default function kioskOffline(): AstroIntegration {
  let base = '/';
  return {
    name: 'invest-atlas-kiosk-offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = await precacheList(root, base);
        if (files.length === 0) return;
        const escape = (file: string) => file.replace(/[[\]{}()*?!+@]/g, '\\$&');
        const { count, size, warnings } = await withWorkbox(({ generateSW }) => generateSW({
          globDirectory: root,
          globPatterns: files.map(escape),
          swDest: path.join(root, serviceWorkerFile),
          modifyURLPrefix: { '': base },
          // `/zh/kiosk/` is served from `zh/kiosk/index.html`; the timing overrides do not change the page.
          directoryIndex: 'index.html',
          ignoreURLParametersMatching: [new RegExp(`^(${Object.keys(timingParameters).join('|')})$`)],
          inlineWorkboxRuntime: true,
          cleanupOutdatedCaches: true,
          clientsClaim: true,
          skipWaiting: true,
          mode: 'production',
          sourcemap: false,
        }));
        for (const warning of warnings) logger.warn(warning);
        logger.info(`${serviceWorkerFile}: ${count} files precached for the offline kiosk (${Math.round(size / 1024)} KB)`);
      },
    },
  };
}
