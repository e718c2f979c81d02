import { spawnSync } from 'node:child_process';
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { checkContent } from '../../src/lib/content/load.ts';
import { formatPath } from '../../src/lib/content/problems.ts';
import { validFixture } from '../support/fixtures.ts';
import { projectRoot } from '../support/paths.ts';
import { tempFolder } from '../support/temp.ts';

function runNew(content: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['src/cli/new-entry.ts', ...args], {
    cwd: projectRoot,
    env: { ...process.env, ATLAS_CONTENT: content, ATLAS_TODAY: '2026-11-23' },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

async function freshContent(): Promise<string> {
  const folder = await tempFolder('new');
  await cp(validFixture, folder, { recursive: true });
  return folder;
}

/** What staff fill in for each collection: only the required fields the template leaves empty. */
const required: Record<string, Record<string, unknown>> = {
  regions: { name: { zh: '卡伦湖新区' }, level: 'devzone', parent: 'jiutai', center: { lat: 44.1, lng: 125.9 }, summary: { zh: '新设园区。' } },
  opportunities: {
    title: { zh: '新项目' },
    summary: { zh: '简介。' },
    region: 'jiutai',
    industry: 'biomed',
    investment: { amount: 3, unit: '亿元' },
    cooperation: ['独资'],
    content: { zh: '建设内容。' },
    contact: { name: { zh: '王先生' }, phone: '0431-81234567' },
  },
  policies: {
    title: { zh: '新政策' },
    issuer: { zh: '九台区人民政府' },
    level: '区县级',
    issued: '2026-01-01',
    summary: { zh: '简介。' },
    measures: [{ category: 'subsidy', benefit: { zh: '奖励' } }],
    howToApply: { zh: '向招商局申请。' },
  },
  chains: {
    name: { zh: '新产业链' },
    summary: { zh: '简介。' },
    industry: 'biomed',
    stages: [{ stage: 'upstream', nodes: [{ id: 'raw', name: { zh: '原料' }, status: 'gap' }] }],
  },
};

describe('npm run new', () => {
  test.each(Object.keys(required))('a new %s entry lists what to fill, and validates once it is filled', async (collection) => {
    const content = await freshContent();
    const { status, output } = runNew(content, collection, 'brand-new');
    expect(status, output).toBe(0);
    const file = path.join(content, collection, 'brand-new.yaml');
    const text = await readFile(file, 'utf8');
    // Every field is explained in both languages.
    expect(text).toContain('【必填】');
    expect(text).toContain('[required]');
    expect(text).toContain('updated: 2026-11-23');

    // The fresh template is not publishable: check names the empty required fields, nothing else.
    const fresh = await checkContent(content);
    const fields = fresh.problems.filter((problem) => problem.file.endsWith(`${collection}/brand-new.yaml`)).map((problem) => formatPath(problem.path).split(/[.[]/)[0]);
    expect(fresh.problems.every((problem) => problem.file.endsWith(`${collection}/brand-new.yaml`))).toBe(true);
    expect(new Set(fields)).toEqual(new Set(Object.keys(required[collection]).filter((field) => field !== 'parent')));

    await writeFile(file, stringify({ ...parse(text), ...required[collection] }));
    const filled = await checkContent(content);
    expect(filled.problems).toEqual([]);
  });

  test('a new article gets a Chinese and an English file that list what to fill, and validate once filled', async () => {
    const content = await freshContent();
    const { status, output } = runNew(content, 'articles', 'brand-new', '--mdx');
    expect(status, output).toBe(0);
    const zhFile = path.join(content, 'articles', 'brand-new.zh.mdx');
    const enFile = path.join(content, 'articles', 'brand-new.en.mdx');
    const zh = await readFile(zhFile, 'utf8');
    expect(zh).toContain('【必填】');
    expect(zh).toContain('updated: 2026-11-23');
    const fresh = await checkContent(content);
    const missing = (file: string) => fresh.problems.filter((problem) => problem.file.endsWith(file)).map((problem) => formatPath(problem.path)).sort();
    expect(missing('brand-new.zh.mdx')).toEqual(['body', 'date', 'kind', 'summary', 'title']);
    expect(missing('brand-new.en.mdx')).toEqual(['body', 'summary', 'title']);

    const fill = (text: string, fields: Record<string, string>, body: string) =>
      `${Object.entries(fields).reduce((result, [field, value]) => result.replace(new RegExp(`^${field}:$`, 'm'), `${field}: ${value}`), text)}\n${body}\n`;
    await writeFile(zhFile, fill(zh, { kind: 'guide', title: '为什么在九台投资', date: '2026-03-01', summary: '链主企业在此。' }, '<ChainMap chain="biomed" />'));
    await writeFile(enFile, fill(await readFile(enFile, 'utf8'), { title: 'Why Jiutai', summary: 'The anchor firm is here.' }, 'Text.'));
    expect((await checkContent(content)).problems).toEqual([]);
    // The id is taken now, in either language.
    expect(runNew(content, 'articles', 'brand-new').output).toContain('already exists');
  });

  test('refuses to overwrite an existing entry, even one in a sub-folder', async () => {
    const content = await freshContent();
    const before = await readFile(path.join(content, 'opportunities/api-plant.yaml'), 'utf8');
    const { status, output } = runNew(content, 'opportunities', 'api-plant');
    expect(status).toBe(1);
    expect(output).toContain('already exists');
    expect(await readFile(path.join(content, 'opportunities/api-plant.yaml'), 'utf8')).toBe(before);
  });

  test('refuses an unknown collection or an id that cannot be a file name', () => {
    expect(runNew(validFixture, 'projects', 'x').output).toContain('unknown collection');
    expect(runNew(validFixture, 'opportunities', 'Big Project').output).toContain('lowercase letters');
  });
});
