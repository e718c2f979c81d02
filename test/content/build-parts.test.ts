/**
 * A large guide is built in parts, one Astro process per part (src/cli/build-site.ts). The site
 * they make together must be the very site one process makes: every file, byte for byte,
 * including the sitemap, the offline kiosk's service worker and the search index that are
 * written over the merged parts. The guide has three editions, so one part renders two of them.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseDocument } from 'yaml';
import { writeContent } from '../../seeds/generate.ts';
import { buildGuide } from '../support/build.ts';
import { contentWithCase } from '../support/fixtures.ts';
import { tempFolder } from '../support/temp.ts';

async function files(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')).sort();
}

let single: string;
let inParts: string;
let partsOutput: string;

beforeAll(async () => {
  const content = await tempFolder('parts-content');
  writeContent({ out: content, opportunities: 30, seed: 11, force: true });
  const site = parseDocument(await readFile(path.join(content, 'site.yaml'), 'utf8'));
  site.setIn(['traditionalChinese'], { build: true, standard: 'twp' });
  await writeFile(path.join(content, 'site.yaml'), site.toString({ lineWidth: 0 }));
  const cache = await tempFolder('parts-cache');
  single = await tempFolder('parts-single');
  inParts = await tempFolder('parts-two');
  const one = await buildGuide({ content, outDir: single, env: { ATLAS_CACHE_DIR: cache, ATLAS_BUILD_PARTS: '1' } });
  expect(one.code, one.output).toBe(0);
  const two = await buildGuide({ content, outDir: inParts, env: { ATLAS_CACHE_DIR: cache, ATLAS_BUILD_PARTS: '2' } });
  expect(two.code, two.output).toBe(0);
  partsOutput = two.output;
}, 600_000);

describe('a guide built in two parts', () => {
  test('was rendered by two processes, one for 中文 and 繁體中文 and one for English', () => {
    expect(partsOutput).toContain('2 parts merged');
    expect(partsOutput).toMatch(/\[part 1\/2\].*zh-hant\/opportunities\//);
    expect(partsOutput).toMatch(/\[part 2\/2\].*\/en\/opportunities\//);
    expect(partsOutput).not.toMatch(/\[part 2\/2\].*\/zh\/opportunities\//);
  });

  test('is the same site, file for file and byte for byte, as one process builds', async () => {
    const names = await files(single);
    expect(names.length).toBeGreaterThan(500);
    expect(await files(inParts)).toEqual(names);
    for (const name of ['sitemap.xml', 'kiosk-sw.js', 'pagefind/pagefind-entry.json']) expect(names).toContain(name);
    const different: string[] = [];
    for (const name of names) {
      const [mine, reference] = await Promise.all([readFile(path.join(inParts, name)), readFile(path.join(single, name))]);
      if (!mine.equals(reference)) different.push(name);
    }
    expect(different).toEqual([]);
  });
});

test('a build in parts stops on bad content and names the file and field', async () => {
  const content = await contentWithCase('amount-with-unit');
  const { code, output } = await buildGuide({ content, outDir: await tempFolder('parts-bad'), env: { ATLAS_BUILD_PARTS: '2' } });
  expect(code, output).not.toBe(0);
  expect(output).toContain('opportunities/api-plant.yaml:7');
  expect(output).toContain('field: investment.amount');
  expect(output).toContain('应为纯数字');
});
