/**
 * After staff edit some opportunities, the next build renders again only the pages that show
 * what changed and copies the others from the last build (Astro's incremental build, keys in
 * src/lib/page-keys.ts). The edit: one opportunity renamed, and another closed (signed), which
 * changes the open-project counts of its chain's diagram on every opportunity page of that chain.
 * The rebuilt folder must be a clean build of the edited content, byte for byte, and the pages
 * nothing touched must have been copied, not rendered.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseDocument } from 'yaml';
import { writeContent } from '../../seeds/generate.ts';
import { buildAtlas } from '../../src/lib/atlas.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import type { ContentEntry } from '../../src/lib/content/types.ts';
import type { Opportunity } from '../../src/schemas/index.ts';
import { buildGuide } from '../support/build.ts';
import { differingFiles, filesUnder } from '../support/output-files.ts';
import { testOutput, testToday } from '../support/paths.ts';
import { tempFolder } from '../support/temp.ts';

const rebuilt = path.join(testOutput, 'incremental', 'rebuilt');
const clean = path.join(testOutput, 'incremental', 'clean');
const locales = ['zh', 'en'] as const;

async function build(content: string, outDir: string, cache: string): Promise<string> {
  const { code, output } = await buildGuide({ content, outDir, env: { ATLAS_CACHE_DIR: cache } });
  if (code !== 0) throw new Error(`building ${outDir} failed:\n${output}`);
  return output;
}

/**
 * The pages a build copied from the last one. Astro logs each page as `├─ <file>`, followed by
 * `(restored)` or `(cached)` when it was copied; pages rendered at the same time may share a
 * line, so the log is read page by page.
 */
function copiedPages(output: string): Set<string> {
  const copied = new Set<string>();
  for (const part of output.split('├─').slice(1)) {
    const match = /^\s*(\S+)\s+\((restored|cached)\)/.exec(part);
    if (match) copied.add(match[1]!);
  }
  return copied;
}

const pageFile = (locale: string, id: string) => `/${locale}/opportunities/${id}/index.html`;

let renamed: ContentEntry<Opportunity>;
let closed: ContentEntry<Opportunity>;
/** Open opportunities on the closed one's chain: their diagrams count one project fewer. */
let sameChain: ContentEntry<Opportunity>[];
/** Opportunities on other chains than both edited ones: nothing they show changed. */
let untouched: ContentEntry<Opportunity>[];
let firstOutput = '';
let rebuildOutput = '';

beforeAll(async () => {
  const content = await tempFolder('incremental-content');
  const cache = await tempFolder('incremental-cache');
  writeContent({ out: content, opportunities: 40, seed: 5, force: true });
  const loaded = await loadContent(content);
  const atlas = buildAtlas({ ...loaded, site: loaded.site.data }, testToday);
  const open = loaded.opportunities.filter((entry) => entry.data.chain !== undefined && atlas.isOpen(entry));
  const chainOf = (entry: ContentEntry<Opportunity>) => entry.data.chain!;
  closed = open.find((entry) => open.some((other) => other !== entry && chainOf(other) === chainOf(entry)))!;
  renamed = open.find((entry) => chainOf(entry) !== chainOf(closed))!;
  if (!closed || !renamed) throw new Error('the generated guide has no two chains with open opportunities');
  sameChain = loaded.opportunities.filter((entry) => entry !== closed && entry.data.chain === closed.data.chain);
  untouched = loaded.opportunities.filter((entry) => entry.data.chain !== closed.data.chain && entry.data.chain !== renamed.data.chain);

  await rm(rebuilt, { recursive: true, force: true });
  firstOutput = await build(content, rebuilt, cache);

  const edit = async (file: string, changes: [string[], unknown][]) => {
    const document = parseDocument(await readFile(file, 'utf8'));
    for (const [field, value] of changes) document.setIn(field, value);
    await writeFile(file, document.toString({ lineWidth: 0 }));
  };
  await edit(renamed.file, [[['title', 'zh'], '星河数字孪生产业园项目'], [['title', 'en'], 'Xinghe Digital Twin Industrial Park']]);
  await edit(closed.file, [[['stage'], 'signed']]);
  rebuildOutput = await build(content, rebuilt, cache);

  await rm(clean, { recursive: true, force: true });
  await build(content, clean, await tempFolder('incremental-empty-cache'));
}, 900_000);

describe('a rebuild after editing two opportunities', () => {
  test('the first build rendered every opportunity page; the rebuild copied the untouched ones', () => {
    expect(copiedPages(firstOutput).size).toBe(0);
    expect(untouched.length).toBeGreaterThan(0);
    const copied = copiedPages(rebuildOutput);
    for (const entry of untouched) for (const locale of locales) expect(copied.has(pageFile(locale, entry.id)), entry.id).toBe(true);
  });

  test('it rendered again the edited pages and every page whose chain diagram counts the closed project', () => {
    const copied = copiedPages(rebuildOutput);
    expect(sameChain.length).toBeGreaterThan(0);
    for (const entry of [renamed, closed, ...sameChain]) {
      for (const locale of locales) expect(copied.has(pageFile(locale, entry.id)), entry.id).toBe(false);
    }
  });

  test('the renamed opportunity shows its new name, and the rebuilt folder is the clean build, byte for byte', async () => {
    const page = await readFile(path.join(rebuilt, 'en', 'opportunities', renamed.id, 'index.html'), 'utf8');
    expect(page).toContain('Xinghe Digital Twin Industrial Park');
    expect(await filesUnder(rebuilt)).toEqual(await filesUnder(clean));
    expect(await differingFiles(rebuilt, clean)).toEqual([]);
  });
});
