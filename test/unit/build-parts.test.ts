import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { mergeParts } from '../../src/cli/merge-parts.ts';
import { localesOfPart, parseBuildPart, partCacheDir, partCount, partOutDir, partsFromOpportunities } from '../../src/lib/build-parts.ts';
import { tempFolder } from '../support/temp.ts';

describe('which part of a split build a process renders', () => {
  test('reads "part/parts" and refuses anything else, in both languages', () => {
    expect(parseBuildPart(undefined)).toBeUndefined();
    expect(parseBuildPart('')).toBeUndefined();
    expect(parseBuildPart('2/3')).toEqual({ number: 2, count: 3 });
    for (const wrong of ['0/2', '3/2', 'zh', '1-2', '1/']) {
      expect(() => parseBuildPart(wrong)).toThrow(/ATLAS_BUILD_PART must read "part\/parts".*例如 1\/2/);
    }
  });

  test('deals the languages out so that each is rendered by exactly one part', () => {
    const locales = ['zh', 'en', 'zh-hant'] as const;
    expect(localesOfPart(locales, undefined)).toEqual(locales);
    expect(localesOfPart(locales, { number: 1, count: 2 })).toEqual(['zh', 'zh-hant']);
    expect(localesOfPart(locales, { number: 2, count: 2 })).toEqual(['en']);
    const three = [1, 2, 3].flatMap((number) => localesOfPart(locales, { number, count: 3 }));
    expect(three.sort()).toEqual([...locales].sort());
  });

  test('splits a large guide on a machine with two cores, unless told how many parts to make', () => {
    expect(partCount(undefined, partsFromOpportunities - 1, 8)).toBe(1);
    expect(partCount(undefined, partsFromOpportunities, 2)).toBe(2);
    expect(partCount(undefined, 50_000, 1)).toBe(1);
    expect(partCount('1', 50_000, 8)).toBe(1);
    expect(partCount('3', 10, 1)).toBe(3);
    expect(() => partCount('two', 10, 2)).toThrow(/ATLAS_BUILD_PARTS must be a whole number/);
    expect(() => partCount('0', 10, 2)).toThrow(/不小于 1 的整数/);
  });

  test('gives each part an output folder of its own for each site, and a picture cache of its own', () => {
    const part = { number: 2, count: 2 };
    const folder = partOutDir('parts', path.join('out', 'dist'), part);
    expect(path.dirname(path.dirname(folder))).toBe('parts');
    expect(path.basename(folder)).toBe('part-2-of-2');
    expect(partOutDir('parts', path.join('out', 'dist'), { number: 1, count: 2 })).toBe(path.join(path.dirname(folder), 'part-1-of-2'));
    expect(path.dirname(partOutDir('parts', path.join('out', 'other'), part))).not.toBe(path.dirname(folder));
    expect(partCacheDir('cache', part)).toBe(path.join('cache', 'part-2-of-2'));
    expect(partCacheDir('cache', undefined)).toBe('cache');
  });
});

describe('merging the parts into the site', () => {
  async function write(root: string, files: Record<string, string>): Promise<void> {
    for (const [name, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(root, name)), { recursive: true });
      await writeFile(path.join(root, name), text);
    }
  }

  async function tree(root: string): Promise<Record<string, string>> {
    const files: Record<string, string> = {};
    for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const file = path.join(entry.parentPath, entry.name);
      files[path.relative(root, file).split(path.sep).join('/')] = await readFile(file, 'utf8');
    }
    return files;
  }

  test("keeps every part's pages, one copy of what they share, and removes the parts' folders", async () => {
    const root = await tempFolder('merge-parts');
    const [first, second, site] = ['site-part-1-of-2', 'site-part-2-of-2', 'site'].map((name) => path.join(root, name));
    await write(first, { 'zh/index.html': '中文', 'zh/regions/a/index.html': '甲', '_astro/site.css': 'body{}', 'index.html': 'root' });
    await write(second, { 'en/index.html': 'English', 'en/regions/a/index.html': 'A', '_astro/site.css': 'body{}', 'index.html': 'root' });
    await write(site, { 'stale.html': 'from the last build' });
    await mergeParts([first, second], site);
    expect(await tree(site)).toEqual({
      'zh/index.html': '中文',
      'zh/regions/a/index.html': '甲',
      'en/index.html': 'English',
      'en/regions/a/index.html': 'A',
      '_astro/site.css': 'body{}',
      'index.html': 'root',
    });
    expect((await readdir(root)).sort()).toEqual(['site']);
  });

  test('fails naming the file when two parts wrote it differently', async () => {
    const root = await tempFolder('merge-parts-differ');
    const [first, second, site] = ['a', 'b', 'site'].map((name) => path.join(root, name));
    await write(first, { 'data/opportunities.json': '[1]' });
    await write(second, { 'data/opportunities.json': '[2]' });
    await expect(mergeParts([first, second], site)).rejects.toThrow(/different versions of data\/opportunities\.json/);
  });
});
