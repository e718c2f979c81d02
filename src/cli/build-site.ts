/**
 * `npm run build`: the guide's pages with Astro, then the search index in this process once Astro's
 * has exited (src/integrations/search-index.ts says why: the memory of the two steps no longer
 * adds up).
 *
 * A large guide is built in parts (src/lib/build-parts.ts): one Astro process per part, running
 * at the same time, each rendering some of the languages into a folder of its own. The folders
 * are merged, and what needs every page — the sitemap and the offline kiosk's service worker —
 * is written over the merged site.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdir, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { partCount, partOutDir, type BuildPart } from '../lib/build-parts.ts';
import { buildSearchIndex, describeIndex } from '../lib/search/build-index.ts';
import { contentRoot } from '../loaders/content-root.ts';
import { describeKioskWorker, writeKioskWorker } from '../integrations/kiosk-offline.ts';
import { builtPagePathnames, writeSitemap } from '../integrations/sitemap.ts';
import { mergeParts } from './merge-parts.ts';
import { binScript, projectRoot } from './node-bin.ts';

/** Opportunity files in the content folder (no content folder: none). */
async function countOpportunities(): Promise<number> {
  const files = await readdir(path.join(contentRoot(), 'opportunities'), { recursive: true }).catch(() => [] as string[]);
  return files.filter((file) => /\.(ya?ml|mdx?)$/.test(file)).length;
}

/** Runs `astro build`; a part's output lines are marked with the part. */
function startAstro(options: readonly string[], env: Record<string, string>, label?: string): { child: ChildProcess; done: Promise<number> } {
  const child = spawn(process.execPath, [binScript('astro'), 'build', ...options], {
    stdio: label ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    env: { ...process.env, ...env },
  });
  if (label) {
    createInterface({ input: child.stdout! }).on('line', (line) => console.log(`[${label}] ${line}`));
    createInterface({ input: child.stderr! }).on('line', (line) => console.error(`[${label}] ${line}`));
  }
  const done = new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)));
  });
  return { child, done };
}

/** Builds the parts side by side; the first to fail stops the others. Returns the exit code. */
async function buildParts(options: readonly string[], site: string, count: number): Promise<number> {
  const parts: BuildPart[] = Array.from({ length: count }, (_, index) => ({ number: index + 1, count }));
  const folders = parts.map((part) => partOutDir(path.join(projectRoot, '.astro', 'parts'), site, part));
  const runs = parts.map((part, index) =>
    startAstro(options, { ATLAS_SEARCH_INDEX: 'after-build', ATLAS_BUILD_PART: `${part.number}/${count}`, ATLAS_OUT_DIR: folders[index] }, `part ${part.number}/${count}`),
  );
  try {
    const codes = await Promise.all(
      runs.map(async ({ done }) => {
        const code = await done;
        if (code !== 0) for (const other of runs) other.child.kill();
        return code;
      }),
    );
    const failed = codes.find((code) => code !== 0);
    if (failed !== undefined) return failed;
    await mergeParts(folders, site);
  } finally {
    await rm(path.dirname(folders[0]), { recursive: true, force: true });
  }
  console.log(`[build] ${count} parts merged into ${site}`);
  const config = (await import('../../astro.config.mjs')).default as { base?: string };
  const base = (config.base ?? '/').replace(/\/?$/, '/');
  console.log(`[sitemap] sitemap.xml: ${await writeSitemap(site, await builtPagePathnames(site))} pages`);
  const worker = await writeKioskWorker(site, base);
  if (worker) {
    for (const warning of worker.warnings) console.warn(`[kiosk-offline] ${warning}`);
    console.log(`[kiosk-offline] ${describeKioskWorker(worker)}`);
  }
  return 0;
}

/** `npm run build [astro options]`; returns the exit code. */
export async function buildSite(options: readonly string[]): Promise<number> {
  // Where astro.config.mjs writes the site.
  const site = path.resolve(projectRoot, process.env.ATLAS_OUT_DIR || 'dist');
  const count = partCount(process.env.ATLAS_BUILD_PARTS, await countOpportunities(), availableParallelism());
  const code = count === 1 ? await startAstro(options, { ATLAS_SEARCH_INDEX: 'after-build' }).done : await buildParts(options, site, count);
  if (code !== 0) return code;
  console.log(`[search-index] ${describeIndex(await buildSearchIndex(site))}`);
  return 0;
}
