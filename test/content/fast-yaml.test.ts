import { readFile } from 'node:fs/promises';

import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { writeContent } from '../../seeds/generate.ts';
import { listYamlFiles } from '../../src/lib/content/files.ts';
import { parseYaml, parseYamlFast } from '../../src/lib/content/yaml.ts';
import { sampleContent } from '../support/paths.ts';
import { tempFolder } from '../support/temp.ts';

async function agreeOn(folder: string) {
  const files = await listYamlFiles(folder);
  expect(files.length).toBeGreaterThan(0);
  let fastPaths = 0;
  for (const file of files) {
    const text = await readFile(file, 'utf8');
    const fast = parseYamlFast(text);
    const reference = parseYaml(text);
    if (!fast) continue;
    fastPaths++;
    expect(reference.ok, file).toBe(true);
    if (reference.ok) expect(fast.data, file).toEqual(reference.data);
  }
  // The fast path must actually be taken for ordinary content (files using anchors are not).
  expect(fastPaths).toBeGreaterThan(files.length * 0.8);
}

describe('the fast YAML path reads exactly what the reference parser reads', () => {
  test('on the sample guide', async () => {
    await agreeOn(sampleContent);
  });

  test('on a generated guide', async () => {
    const out = await tempFolder('fast-yaml');
    writeContent({ out, opportunities: 300, seed: 3, force: true });
    await agreeOn(out);
  });

  test.each([
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['bad indentation', 'a:\n  b: 1\n c: 2\n'],
    ['an alias', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 5\n'],
    ['a binary number', 'a: 0b11\n'],
  ])('leaves %s to the reference parser', (_name, text) => {
    expect(parseYamlFast(text)).toBeUndefined();
  });

  test('still takes ordinary text with ampersands and asterisks inside values', () => {
    expect(parseYamlFast('title: { zh: 研发R&D中心, en: "R&D *centre*" }\n')).toEqual({ data: { title: { zh: '研发R&D中心', en: 'R&D *centre*' } } });
  });
});
