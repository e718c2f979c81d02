import { spawnSync } from 'node:child_process';
import { cp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { badCases, fixturesRoot, validFixture } from '../support/fixtures.ts';
import { projectRoot } from '../support/paths.ts';
import { tempFolder } from '../support/temp.ts';

const node = process.execPath;

function runCheck(content: string, today = '2026-11-23') {
  const result = spawnSync(node, ['src/cli/check-content.ts'], {
    cwd: projectRoot,
    env: { ...process.env, ATLAS_CONTENT: content, ATLAS_TODAY: today },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

async function filesUnder(folder: string): Promise<string[]> {
  const names = await readdir(folder, { recursive: true });
  const files = [];
  for (const name of names) if ((await stat(path.join(folder, name))).isFile()) files.push(name.split(path.sep).join('/'));
  return files;
}

/**
 * One folder holding every bad case at once. A case that replaces a file of the valid guide gets
 * its own copy (`api-plant-<case>.yaml`), so all errors live side by side; added files stay as they are.
 */
/**
 * The cases that fit in one folder: a guide has one site.yaml, so only the first case that
 * breaks it takes part (each of the others is checked alone by the build tests).
 */
const combinedCases = badCases.filter((badCase, index) => badCase.file !== 'site.yaml' || badCases.findIndex((other) => other.file === 'site.yaml') === index);

async function everyErrorAtOnce(): Promise<{ folder: string; fileOf: (name: string) => string }> {
  const folder = await tempFolder('all-errors');
  await cp(validFixture, folder, { recursive: true });
  const validFiles = new Set(await filesUnder(validFixture));
  const renamed = new Map<string, string>();
  for (const badCase of combinedCases) {
    const caseFolder = path.join(fixturesRoot, 'bad', badCase.name);
    for (const file of await filesUnder(caseFolder)) {
      // There is one site.yaml: the case that changes it replaces it.
      const target = validFiles.has(file) && file !== 'site.yaml' ? file.replace(/\.yaml$/, `-${badCase.name}.yaml`) : file;
      if (file === badCase.file) renamed.set(badCase.name, target);
      await cp(path.join(caseFolder, file), path.join(folder, target));
    }
  }
  return { folder, fileOf: (name) => renamed.get(name) ?? badCases.find((badCase) => badCase.name === name)!.file };
}

describe('npm run check', () => {
  test('reports every kind of error in one run, grouped by file, with file:line and field in both languages', async () => {
    const { folder, fileOf } = await everyErrorAtOnce();
    const { status, output } = runCheck(folder);
    expect(status).toBe(1);
    const lines = output.split('\n');
    for (const badCase of combinedCases) {
      const file = fileOf(badCase.name);
      const field = badCase.field === '' ? '-' : badCase.field;
      const index = lines.findIndex((line) => line.includes(`${file}:${badCase.line}  ${field}  错误/error`) && line.includes(badCase.zh));
      expect(index, `${badCase.name}\n${output}`).toBeGreaterThan(-1);
      expect(lines[index + 1]).toContain(badCase.en);
    }
    // Each file with findings is announced once, as a heading above its lines.
    const headings = lines.filter((line) => /^\S.*\.(yaml|mdx?) {2}\(\d+ 错误/.test(line));
    expect(new Set(headings).size).toBe(headings.length);
    expect(headings.length).toBeGreaterThanOrEqual(new Set(combinedCases.map((badCase) => fileOf(badCase.name))).size);
    expect(output).toMatch(/错误 \/ errors: \d+/);
    expect(output).toContain('Content check failed');
  });

  test('valid content passes with a summary of entries per collection', () => {
    const { status, output } = runCheck(validFixture);
    expect(status).toBe(0);
    expect(output).toContain('地区 regions 2 · 产业链 chains 1 · 机遇 opportunities 2 · 政策 policies 1');
    expect(output).toMatch(/错误 \/ errors: 0 /);
  });

  test('warnings alone do not fail: stale entries, expired policies and lapsed opportunities are listed', () => {
    // Years later, everything is old, the policy has expired and the opportunities have lapsed.
    const { status, output } = runCheck(validFixture, '2031-06-01');
    expect(status).toBe(0);
    expect(output).toContain('Content OK, with warnings');
    expect(output).toMatch(/opportunities\/api-plant\.yaml:\d+ {2}updated {2}警告\/warning {2}已有 \d+ 天未更新/);
    expect(output).toMatch(/policies\/land-support\.yaml:\d+ {2}expires {2}警告\/warning {2}政策已于/);
    expect(output).toMatch(/opportunities\/\S+\.yaml:\d+ {2}validUntil {2}警告\/warning {2}有效期已过/);
    expect(output).toMatch(/警告 \/ warnings: [1-9]/);
  });

  test('summarises expired and stale opportunities and policies per region, in both languages, after the per-file findings', () => {
    const later = runCheck(validFixture, '2031-06-01').output.split('\n');
    const heading = later.findIndex((line) => line.startsWith('时效 / freshness (2031-06-01)'));
    expect(heading).toBeGreaterThan(0);
    // After every file's findings, before the entry counts.
    const lastFinding = later.findLastIndex((line) => /\.yaml:\d+ {2}/.test(line));
    expect(heading).toBeGreaterThan(lastFinding);
    expect(heading).toBeLessThan(later.findIndex((line) => line.startsWith('条目 / entries')));
    // Jiutai lies in Changchun: both opportunities count there; the one past validUntil is expired, both are stale.
    expect(later[heading + 1]).toBe('! 长春市 / Changchun: 机遇 opportunities 2（过期 expired 1，久未更新 stale 2） · 政策 policies 1（过期 expired 1，久未更新 stale 1）');
    expect(later[heading + 2]).toBe('  合计 / total: 机遇 opportunities 2（过期 expired 1，久未更新 stale 2） · 政策 policies 1（过期 expired 1，久未更新 stale 1）');

    const now = runCheck(validFixture).output.split('\n');
    const today = now.findIndex((line) => line.startsWith('时效 / freshness (2026-11-23)'));
    expect(now[today + 1]).toBe('  长春市 / Changchun: 机遇 opportunities 2（过期 expired 0，久未更新 stale 0） · 政策 policies 1（过期 expired 0，久未更新 stale 0）');
  });
});

describe('npm run check and the map review number (审图号)', () => {
  const reviewLine = /site\.yaml:\d+ {2}map(\.reviewNumber)? {2}警告\/warning {2}/;

  async function withReviewNumber(value: string | undefined): Promise<string> {
    const folder = await tempFolder('review-number');
    await cp(validFixture, folder, { recursive: true });
    const file = path.join(folder, 'site.yaml');
    const site = await readFile(file, 'utf8');
    const withoutNumber = site.replace(/^ {2}reviewNumber:.*\n/m, '');
    await writeFile(file, value === undefined ? withoutNumber : withoutNumber.replace(/^map:\n/m, `map:\n  reviewNumber: ${value}\n`));
    return folder;
  }

  test('warns, without failing, when the guide shows the national outline without a review number', async () => {
    const { status, output } = runCheck(await withReviewNumber(undefined));
    expect(status, output).toBe(0);
    const line = output.split('\n').findIndex((text) => reviewLine.test(text));
    expect(line, output).toBeGreaterThan(-1);
    expect(output.split('\n')[line]).toContain('没有审图号（map.reviewNumber）');
    expect(output.split('\n')[line + 1]).toContain('no map review number');
  });

  test('warns while the number is still a sample, and is quiet once a real one is set', async () => {
    expect(runCheck(await withReviewNumber('GS(0000)0000号（示例 sample）')).output).toMatch(/审图号“GS\(0000\)0000号（示例 sample）”是示例/);
    const { status, output } = runCheck(await withReviewNumber('GS(2024)1234号'));
    expect(status, output).toBe(0);
    expect(output).not.toMatch(reviewLine);
  });
});

describe('npm run check and the import synonym table', () => {
  test('a bad import-synonyms.yaml is an error naming the file, line and field', async () => {
    const folder = await tempFolder('synonyms');
    await cp(validFixture, folder, { recursive: true });
    await writeFile(path.join(folder, 'import-synonyms.yaml'), 'industries:\n  生物医药: [中藏医药]\n  航天: [太空]\ncooperation:\n  jv: [联营]\n  cooperation: [联营]\n');
    const { status, output } = runCheck(folder);
    expect(status, output).toBe(1);
    expect(output).toMatch(/import-synonyms\.yaml:3 {2}industries\.航天 {2}错误\/error {2}site\.yaml 中没有产业 “航天”/);
    expect(output).toMatch(/import-synonyms\.yaml:6 {2}cooperation\.cooperation\[0\] {2}错误\/error {2}“联营” 已在 jv 下列出/);
  });
});
