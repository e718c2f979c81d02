import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { projectRoot } from '../support/paths.ts';
import { tempFolder } from '../support/temp.ts';

describe('temporary folders of tests are removed when the test ends', () => {
  let madeInBeforeAll: string;
  const madeInTests: string[] = [];
  beforeAll(async () => {
    madeInBeforeAll = await tempFolder('helper-file');
  });

  test('a folder made in a test exists while it runs', async () => {
    const folder = await tempFolder('helper-passing');
    madeInTests.push(folder);
    expect(existsSync(folder)).toBe(true);
    expect(path.basename(folder)).toMatch(/^atlas-test-helper-passing-/);
  });

  test('and is gone once it has ended', () => {
    expect(existsSync(madeInTests[0])).toBe(false);
  });

  // A failing test must not leave its folder behind: this one fails on purpose, and the next test checks.
  test.fails('a folder made in a failing test', async () => {
    const folder = await tempFolder('helper-failing');
    madeInTests.push(folder);
    expect(folder).toBe('something else');
  });

  test('is gone as well', () => {
    expect(madeInTests[1]).toBeDefined();
    expect(existsSync(madeInTests[1])).toBe(false);
  });

  test('a folder made in beforeAll lasts for the whole file', () => {
    expect(existsSync(madeInBeforeAll)).toBe(true);
  });

  afterAll(async () => {
    // This file's afterAll runs before the one clean-temp.ts adds, which removes the folder afterwards.
    expect(existsSync(madeInBeforeAll)).toBe(true);
  });
});

describe('every test makes its temporary folders through the helper', () => {
  test('no test calls mkdtemp or os.tmpdir() itself', async () => {
    const files = (await readdir(path.join(projectRoot, 'test'), { recursive: true }))
      .filter((file) => file.endsWith('.ts'))
      .filter((file) => path.basename(file) !== 'temp.ts' && path.basename(file) !== 'temp-folders.test.ts');
    const offenders = files.filter((file) => /\bmkdtemp\b.*tmpdir\(|\btmpdir\(\)/.test(readFileSync(path.join(projectRoot, 'test', file), 'utf8')));
    expect(offenders).toEqual([]);
  });

  test('the helper is a setup file of every project', () => {
    const config = readFileSync(path.join(projectRoot, 'vitest.config.ts'), 'utf8');
    expect(config).toMatch(/setupFiles: cleanTemp/);
    expect(readdirSync(path.join(projectRoot, 'test', 'support'))).toContain('clean-temp.ts');
  });
});
