import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content/load.ts';
import { formatPath } from '../../src/lib/content/problems.ts';
import { badCases, contentWithCase, fixturesRoot, validFixture } from '../support/fixtures.ts';

describe('bad content is rejected with file, line and field', () => {
  test('the valid fixture itself has no problems', async () => {
    const { problems } = await checkContent(validFixture);
    expect(problems).toEqual([]);
  });

  test('every fixture folder has a case in the table, and every case a folder', async () => {
    const folders = (await readdir(path.join(fixturesRoot, 'bad'))).sort();
    expect(folders).toEqual(badCases.map((badCase) => badCase.name).sort());
  });

  test.each(badCases)('$name', async (badCase) => {
    const folder = await contentWithCase(badCase.name);
    const { problems } = await checkContent(folder);
    const problem = problems.find((candidate) => candidate.file.endsWith(badCase.file) && formatPath(candidate.path) === badCase.field);
    expect(problem, JSON.stringify(problems, null, 2)).toBeDefined();
    expect(problem?.line).toBe(badCase.line);
    expect(problem?.message.zh).toContain(badCase.zh);
    expect(problem?.message.en).toContain(badCase.en);
  });

  test('a duplicate id names both files', async () => {
    const folder = await contentWithCase('duplicate-id');
    const { problems } = await checkContent(folder);
    expect(problems).toHaveLength(1);
    expect(problems[0].message.en).toContain('batch-2026-2/cold-chain.yaml');
  });

  test('a broken file is not also reported as a dangling reference elsewhere', async () => {
    const folder = await contentWithCase('latitude-out-of-range');
    const { problems } = await checkContent(folder);
    // jiutai.yaml is invalid, but the opportunity and chain pointing at it are not blamed.
    expect(problems.map((problem) => formatPath(problem.path))).toEqual(['center.lat']);
  });

  test('a missing content folder or site.yaml is named', async () => {
    expect((await checkContent('/nonexistent/content')).problems[0].message.en).toContain('does not exist');
    const empty = await contentWithCase('malformed-yaml');
    const { problems } = await checkContent(path.join(empty, 'regions'));
    expect(problems[0].file).toMatch(/site\.yaml$/);
  });
});
