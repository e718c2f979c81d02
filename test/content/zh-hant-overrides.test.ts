import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content/load.ts';
import { formatPath } from '../../src/lib/content/problems.ts';
import { validFixture } from '../support/fixtures.ts';

const overridesFile = path.join(validFixture, 'zh-hant-overrides.yaml');

/** Checks the valid fixture as if zh-hant-overrides.yaml (and optionally site.yaml) had this text. */
async function problemsWith(overrides: string, site?: string) {
  const unsaved = new Map<string, string | null>([[overridesFile, overrides]]);
  if (site !== undefined) unsaved.set(path.join(validFixture, 'site.yaml'), site);
  return (await checkContent(validFixture, { unsaved })).problems;
}

describe("the Traditional edition's override dictionary (zh-hant-overrides.yaml)", () => {
  test('a correct dictionary is accepted and reaches the content', async () => {
    const result = await checkContent(validFixture, { unsaved: new Map([[overridesFile, 'terms:\n  九台: 九台\n  发布: 發布\n']]) });
    expect(result.problems).toEqual([]);
    expect(result.content?.zhHantOverrides?.data.terms).toEqual({ 九台: '九台', 发布: '發布' });
  });

  test('a guide without the file needs none', async () => {
    const result = await checkContent(validFixture);
    expect(result.problems).toEqual([]);
    expect(result.content?.zhHantOverrides).toBeUndefined();
  });

  test('a replacement still in Simplified is reported with file, line and term', async () => {
    const problems = await problemsWith('terms:\n  九台: 九台\n  九台区: 九台区\n');
    expect(problems).toHaveLength(1);
    expect(problems[0].file).toMatch(/zh-hant-overrides\.yaml$/);
    expect(formatPath(problems[0].path)).toBe('terms.九台区');
    expect(problems[0].line).toBe(3);
    expect(problems[0].message.en).toContain('Simplified-only characters 区');
    expect(problems[0].message.zh).toContain('简体字');
  });

  test('an empty replacement, a term without Chinese and an unknown field are each named', async () => {
    const problems = await problemsWith('terms:\n  九台: ""\n  Jiutai: 九台\nterm: {}\n');
    const fields = problems.map((problem) => formatPath(problem.path)).sort();
    expect(fields).toEqual(['term', 'terms.Jiutai', 'terms.九台']);
    for (const problem of problems) expect(problem.file).toMatch(/zh-hant-overrides\.yaml$/);
  });

  test('the kiosk cannot start in Traditional Chinese while the edition is not built', async () => {
    const site = await readFile(path.join(validFixture, 'site.yaml'), 'utf8');
    const problems = await problemsWith('terms: {}\n', `${site.trimEnd()}\nkiosk:\n  defaultLanguage: zh-hant\n`);
    expect(problems.map((problem) => formatPath(problem.path))).toEqual(['kiosk.defaultLanguage']);
    expect(problems[0].message.en).toContain('traditionalChinese.build');
    const built = await problemsWith('terms: {}\n', `${site.trimEnd()}\nkiosk:\n  defaultLanguage: zh-hant\ntraditionalChinese:\n  build: true\n`);
    expect(built).toEqual([]);
  });
});
