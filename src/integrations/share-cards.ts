/**
 * Reports what the share cards cost after a build: how many, their bytes, how many were drawn
 * and how long drawing took, and how many came from the cache. The same figures go to
 * `last-build.json` in the card cache, where `npm run bench:cards` reads them.
 */
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cacheDirectory, cardStats } from '../lib/share-cards/render.ts';

export default function shareCards(): AstroIntegration {
  let started = 0;
  return {
    name: 'invest-atlas-share-cards',
    hooks: {
      'astro:build:start': () => {
        started = performance.now();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = path.join(fileURLToPath(dir), 'share');
        const files = (await readdir(root, { recursive: true }).catch(() => [] as string[])).filter((file) => file.endsWith('.png'));
        let bytes = 0;
        for (const file of files) bytes += (await stat(path.join(root, file))).size;
        const { drawn, reused, drawMs } = cardStats();
        const report = { cards: files.length, bytes, drawn, reused, drawSeconds: drawMs / 1000, buildSeconds: (performance.now() - started) / 1000 };
        logger.info(`share cards: ${files.length} cards, ${(bytes / 1e6).toFixed(1)} MB; ${drawn} drawn in ${report.drawSeconds.toFixed(1)} s, ${reused} from the cache`);
        await mkdir(cacheDirectory(), { recursive: true });
        await writeFile(path.join(cacheDirectory(), 'last-build.json'), `${JSON.stringify(report, null, 2)}\n`);
      },
    },
  };
}
