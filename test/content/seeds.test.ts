import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content/load.ts';
import { translationGaps } from '../../src/lib/translation-gaps.ts';
import { generateContent, writeContent } from '../../seeds/generate.ts';
import { tempFolder } from '../support/temp.ts';

describe('the content generator', () => {
  test('writes a guide that passes every check, fully translated', async () => {
    const out = await tempFolder('seed');
    writeContent({ out, opportunities: 600, seed: 11, force: true });
    const { content, problems } = await checkContent(out);
    expect(problems).toEqual([]);
    expect(content?.opportunities).toHaveLength(600);
    expect(translationGaps(content!)).toEqual([]);
  });

  test('regions, chains and policies scale with the number of opportunities', async () => {
    const small = generateContent({ opportunities: 100 });
    const large = generateContent({ opportunities: 4000 });
    const count = (files: Map<string, string>, folder: string) => [...files.keys()].filter((file) => file.startsWith(`${folder}/`) && file.endsWith('.yaml')).length;
    for (const folder of ['regions', 'chains', 'policies']) expect(count(large, folder)).toBeGreaterThan(count(small, folder));
    expect(count(large, 'opportunities')).toBe(4000);
  });

  test('the same seed gives the same files, another seed different ones', () => {
    const first = generateContent({ opportunities: 50, seed: 5 });
    expect(generateContent({ opportunities: 50, seed: 5 })).toEqual(first);
    expect(generateContent({ opportunities: 50, seed: 6 })).not.toEqual(first);
  });
});
