import { spawnSync } from 'node:child_process';
import { cp, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { existsSync } from 'node:fs';
import { checkContent } from '../../src/lib/content/load.ts';
import { buildGuide } from '../support/build.ts';
import { projectRoot, sampleContent, testOutput } from '../support/paths.ts';
import { badReasons, badRows, fieldList, fieldRowNumber, goodRows, writeCsv, writeFieldCsv, writeFieldXlsx, writeXlsx, type CsvEncoding } from '../support/spreadsheets.ts';
import { tempFolder } from '../support/temp.ts';

let sheets: string;
let sampleOpportunities: number;

beforeAll(async () => {
  sheets = await tempFolder('sheets');
  sampleOpportunities = (await checkContent(sampleContent)).content!.opportunities.length;
});

async function freshContent(): Promise<string> {
  const folder = await tempFolder('import');
  await cp(sampleContent, folder, { recursive: true });
  return folder;
}

function runImport(content: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['src/cli/import.ts', ...args], {
    cwd: projectRoot,
    env: { ...process.env, ATLAS_CONTENT: content, ATLAS_TODAY: '2026-11-23' },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

async function importedFiles(content: string): Promise<string[]> {
  const files = await readdir(path.join(content, 'opportunities'));
  return files.filter((file) => file.endsWith('.yaml')).sort();
}

async function readEntry(content: string, file: string) {
  return parse(await readFile(path.join(content, 'opportunities', file), 'utf8'));
}

describe('npm run import', () => {
  const formats: [string, (file: string) => Promise<string>][] = [
    ['an Excel workbook', (folder) => writeXlsx(path.join(folder, 'list.xlsx'), goodRows)],
    ...(['utf8', 'utf8-bom', 'gb18030'] as CsvEncoding[]).map(
      (encoding): [string, (folder: string) => Promise<string>] => [`a CSV in ${encoding}`, (folder) => writeCsv(path.join(folder, `list-${encoding}.csv`), goodRows, encoding)],
    ),
  ];

  test.each(formats)('imports %s into entries that pass the content check', async (_name, write) => {
    const file = await write(sheets);
    const content = await freshContent();
    const { status, output } = runImport(content, file);
    expect(status, output).toBe(0);
    expect(output).toContain('新建 created: 4');
    const files = await importedFiles(content);
    expect(files).toContain('jiu-tai-sheng-wu-yao-zhong-shi-ji-di.yaml');
    const pharma = await readEntry(content, 'jiu-tai-sheng-wu-yao-zhong-shi-ji-di.yaml');
    expect(pharma).toMatchObject({
      title: { zh: '九台生物药中试基地' },
      region: 'jiutai',
      industry: 'biomedicine',
      investment: { amount: 5, unit: '亿元' },
      cooperation: ['sole', 'jv'],
      land: { area: 80 },
      contact: { name: { zh: '王先生' }, phone: '0431-81234567' },
      validUntil: '2027-12-31',
      published: '2026-11-23',
    });
    expect(pharma.summary.zh).toBe('建设生物药中试车间和质量检测中心。');
    const solar = Object.values(await Promise.all(files.map((name) => readEntry(content, name)))).find((entry) => entry.title.zh === '宜宾光伏组件配套项目');
    expect(solar).toMatchObject({ region: 'yibin', investment: { amount: 2000, unit: '万美元' }, cooperation: ['jv', 'cooperation'] });
    const { problems, content: loaded } = await checkContent(content);
    expect(problems).toEqual([]);
    expect(loaded!.opportunities.length).toBe(sampleOpportunities + 4);
  });

  test('reports every bad row with its row number and reason, and writes nothing for it', async () => {
    const file = await writeXlsx(path.join(sheets, 'with-bad-rows.xlsx'), [...goodRows, ...badRows]);
    const content = await freshContent();
    const before = await importedFiles(content);
    const { status, output } = runImport(content, file);
    expect(status).toBe(1);
    expect(output).toContain('新建 created: 4');
    expect(output).toContain('未导入 not imported: 4');
    badRows.forEach((row, index) => {
      const number = 3 + goodRows.length + index;
      const at = output.indexOf(`第 ${number} 行 / row ${number}  未导入/not imported  ${row[1]}`);
      expect(at, output).toBeGreaterThan(-1);
      expect(output.slice(at, at + 400)).toContain(badReasons[index]);
    });
    expect((await importedFiles(content)).length).toBe(before.length + 4);
    expect((await checkContent(content)).problems).toEqual([]);
  });

  test('a dry run reports the same but writes nothing', async () => {
    const file = await writeCsv(path.join(sheets, 'dry.csv'), goodRows, 'utf8');
    const content = await freshContent();
    const before = await importedFiles(content);
    const { status, output } = runImport(content, file, '--dry-run');
    expect(status).toBe(0);
    expect(output).toContain('新建 created: 4');
    expect(output).toContain('Dry run');
    expect(await importedFiles(content)).toEqual(before);
  });

  test('importing twice creates no duplicates and leaves unchanged files untouched; a changed row updates its file', async () => {
    const file = await writeXlsx(path.join(sheets, 'twice.xlsx'), goodRows);
    const content = await freshContent();
    runImport(content, file);
    const first = await importedFiles(content);
    const text = await readFile(path.join(content, 'opportunities/jiu-tai-sheng-wu-yao-zhong-shi-ji-di.yaml'), 'utf8');
    const again = runImport(content, file);
    expect(again.status).toBe(0);
    expect(again.output).toContain('未变 unchanged: 4');
    expect(await importedFiles(content)).toEqual(first);
    expect(await readFile(path.join(content, 'opportunities/jiu-tai-sheng-wu-yao-zhong-shi-ji-di.yaml'), 'utf8')).toBe(text);

    const changed = goodRows.map((row) => (row[1] === '九台生物药中试基地' ? row.map((cell, index) => (index === 4 ? '6亿元' : cell)) : row));
    const third = runImport(content, await writeXlsx(path.join(sheets, 'twice-changed.xlsx'), changed));
    expect(third.output).toContain('更新 updated: 1');
    expect(await importedFiles(content)).toEqual(first);
    expect((await readEntry(content, 'jiu-tai-sheng-wu-yao-zhong-shi-ji-di.yaml')).investment).toEqual({ amount: 6, unit: '亿元' });
  });

  test('a file edited by hand is never overwritten without --force', async () => {
    const file = await writeCsv(path.join(sheets, 'edited.csv'), goodRows, 'utf8-bom');
    const content = await freshContent();
    runImport(content, file);
    const target = path.join(content, 'opportunities/jiu-tai-sheng-wu-yao-zhong-shi-ji-di.yaml');
    const edited = (await readFile(target, 'utf8')).replace('zh: 九台生物药中试基地', 'zh: 九台生物药中试基地\n  en: Jiutai Biologics Pilot Plant');
    await writeFile(target, edited);

    const again = runImport(content, file);
    expect(again.output).toContain('保留 kept: 1');
    expect(again.output).toContain('edited by hand');
    expect(await readFile(target, 'utf8')).toBe(edited);

    const forced = runImport(content, file, '--force');
    expect(forced.output).toContain('更新 updated: 1');
    expect(await readFile(target, 'utf8')).not.toContain('Jiutai Biologics Pilot Plant');
  });

  test('a project already written by hand under another file name is recognised by its name, not duplicated', async () => {
    const content = await freshContent();
    const existing = await readEntry(content, 'jiutai/jiutai-biologics-cdmo.yaml');
    const row = [...goodRows[0]];
    row[1] = existing.title.zh;
    const file = await writeCsv(path.join(sheets, 'existing.csv'), [row], 'utf8');
    const { output } = runImport(content, file);
    expect(output).toContain('保留 kept: 1');
    expect(output).toContain('written by hand');
    expect(output).toContain('jiutai-biologics-cdmo.yaml');
  });

  test('--region places rows whose place names no region, and a mapping file names unknown headings', async () => {
    const content = await freshContent();
    const row = ['1', '卡伦湖康养小镇', '文旅康养', '卡伦湖畔', '3亿元', '合作', '建设康养小镇。', '', '王先生', '0431-81234567', ''];
    const csv = path.join(sheets, 'renamed.csv');
    await writeFile(csv, `招商项目,产业,地点,投资规模,合作方式,建设内容,联系人,联系电话\n${row[1]},${row[2]},${row[3]},${row[4]},${row[5]},${row[6]},${row[8]},${row[9]}\n`);
    const mapping = path.join(sheets, 'columns.yaml');
    await writeFile(mapping, 'columns:\n  招商项目: title\n  投资规模: investment\n  地点: location\n');
    const { status, output } = runImport(content, csv, '--columns', mapping, '--region', 'jiutai');
    expect(status, output).toBe(0);
    expect(output).toContain('新建 created: 1');
    const entry = await readEntry(content, 'ka-lun-hu-kang-yang-xiao-zhen.yaml');
    expect(entry).toMatchObject({ title: { zh: '卡伦湖康养小镇' }, region: 'jiutai', industry: 'tourism-health', investment: { amount: 3, unit: '亿元' } });
  });

  test('imported entries build into pages in both languages and into the open data', async () => {
    const content = await freshContent();
    const { status } = runImport(content, await writeXlsx(path.join(sheets, 'build.xlsx'), goodRows));
    expect(status).toBe(0);
    const outDir = path.join(testOutput, 'import-build');
    const { code, output } = await buildGuide({ content, outDir });
    expect(code, output).toBe(0);
    for (const locale of ['zh', 'en']) expect(existsSync(path.join(outDir, locale, 'opportunities/jiu-tai-sheng-wu-yao-zhong-shi-ji-di/index.html'))).toBe(true);
    const data = JSON.parse(await readFile(path.join(outDir, 'data/opportunities.json'), 'utf8'));
    expect(data.count).toBe(sampleOpportunities + goodRows.length);
  }, 180_000);
});

/** The lines the import printed for one spreadsheet row. */
function rowBlock(output: string, row: number): string {
  const lines = output.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`第 ${row} 行 / row ${row} `));
  if (start < 0) return '';
  const end = lines.findIndex((line, index) => index > start && !line.startsWith('    ') && !line.startsWith('               '));
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}

async function entriesByTitle(content: string): Promise<Map<string, Record<string, unknown>>> {
  const files = (await readdir(path.join(content, 'opportunities'), { recursive: true })).filter((file) => file.endsWith('.yaml'));
  const entries = await Promise.all(files.map((file) => readEntry(content, file)));
  return new Map(entries.map((entry) => [entry.title.zh, entry]));
}

describe('a 机遇清单 from the field: title rows, free-text industries, 待定 amounts, bad rows', () => {
  test.each([
    ['an Excel workbook with merged title and section rows', (folder: string) => writeFieldXlsx(path.join(folder, 'field-list.xlsx'))],
    ['a GB18030 CSV', (folder: string) => writeFieldCsv(path.join(folder, 'field-list.csv'))],
  ])('from %s, every good row arrives, every guess is reported, bad rows by number', async (_name, write) => {
    const file = await write(sheets);
    const content = await freshContent();
    const { status, output } = runImport(content, file);
    // Four rows are truly bad, so the command says the job is not done.
    expect(status, output).toBe(1);
    const good = fieldList.rows.filter((row) => row.kind === 'good');
    const bad = fieldList.rows.filter((row) => row.kind === 'bad');
    expect(output).toContain(`新建 created: ${good.length}`);
    expect(output).toContain(`未导入 not imported: ${bad.length}`);

    const entries = await entriesByTitle(content);
    fieldList.rows.forEach((row, index) => {
      const number = fieldRowNumber(index);
      const block = rowBlock(output, number);
      if (row.kind === 'section') {
        expect(block, output).toContain('跳过/skipped');
      } else if (row.kind === 'good') {
        expect(block, output).toContain('新建/created');
        const entry = entries.get(row.cells[1]);
        expect(entry, `row ${number} ${row.cells[1]}`).toMatchObject(row.expect);
        for (const word of row.guesses) expect(block, `row ${number}`).toMatch(new RegExp(`推测/guess: .*${word}`));
        if (row.guesses.length === 0) expect(block, `row ${number}`).not.toContain('推测/guess');
      } else {
        expect(block, output).toContain('未导入/not imported');
        expect(block, `row ${number}`).toContain(row.reason);
      }
    });
    expect(output).toContain('含推测的行 / rows with guesses');
    const { problems } = await checkContent(content);
    expect(problems).toEqual([]);
  });

  test('an industry nobody knows is imported with a warning; --add-industries puts it in site.yaml, English pending', async () => {
    const content = await freshContent();
    const row = ['1', '低空经济无人机测试场', '低空经济', '宜宾市', '建设无人机测试场和起降点。', '3', '合资', '', '', '陈先生', '0831-2123456'];
    const csv = path.join(sheets, 'new-industry.csv');
    await writeFile(csv, [fieldList.headings, row].map((cells) => cells.join(',')).join('\n'));

    const first = runImport(content, csv);
    expect(first.status, first.output).toBe(1);
    expect(first.output).toContain('新建 created: 1');
    expect(rowBlock(first.output, 2)).toContain('低空经济');
    expect(first.output).toContain('--add-industries');
    const entry = (await entriesByTitle(content)).get('低空经济无人机测试场')!;
    expect(entry.industry).toBe('di-kong-jing-ji');

    const second = runImport(content, csv, '--add-industries');
    expect(second.status, second.output).toBe(0);
    expect(second.output).toContain('English name pending');
    const site = parse(await readFile(path.join(content, 'site.yaml'), 'utf8'));
    expect(site.industries.at(-1)).toEqual({ id: 'di-kong-jing-ji', name: { zh: '低空经济' } });
    // The rest of site.yaml, comments included, is as it was.
    const siteText = await readFile(path.join(content, 'site.yaml'), 'utf8');
    expect(siteText).toContain('# Invest Atlas — sample content.');
    expect(siteText).toContain('English pending');
    expect((await checkContent(content)).problems).toEqual([]);

    const third = runImport(content, csv);
    expect(third.status, third.output).toBe(0);
    expect(third.output).toContain('未变 unchanged: 1');
  });

  test('a synonym table kept in the content folder decides, and a bad one is refused naming file, line and field', async () => {
    const content = await freshContent();
    const row = ['1', '高原蜂蜜加工厂', '蜂产业', '甘孜州', '建设蜂蜜加工线。', '0.8', '联营', '', '', '泽仁先生', '0836-2812345'];
    const csv = path.join(sheets, 'synonyms.csv');
    await writeFile(csv, [fieldList.headings, row].map((cells) => cells.join(',')).join('\n'));
    const synonyms = path.join(content, 'import-synonyms.yaml');
    const shipped = await readFile(synonyms, 'utf8');
    await writeFile(synonyms, shipped.replace('  食品加工: [', '  食品加工: [蜂产业, ').replace('  equity: [', '  cooperation: [联营]\n  equity: [').replace(/^ {2}cooperation: \[招商合作.*$/m, ''));
    const good = runImport(content, csv);
    expect(good.status, good.output).toBe(0);
    expect(rowBlock(good.output, 2)).toMatch(/推测\/guess: 所属产业“蜂产业”按同义词表归入 食品加工/);
    expect(rowBlock(good.output, 2)).toMatch(/推测\/guess: 合作方式“联营”按同义词表读作 合作/);

    await writeFile(synonyms, 'industries:\n  文旅康养: [文化旅游]\n  航天: [太空]\ncooperation:\n  barter: 以物易物\n');
    const bad = runImport(content, csv);
    expect(bad.status).toBe(1);
    expect(bad.output).toContain('导入失败 / import failed');
    expect(bad.output).toMatch(/import-synonyms\.yaml:3(:\d+)? {2}字段\/field: industries\.航天/);
    expect(bad.output).toContain('site.yaml 中没有产业 “航天”');
    expect(bad.output).toMatch(/import-synonyms\.yaml:5(:\d+)? {2}字段\/field: cooperation\.barter/);

    await writeFile(synonyms, 'industries:\n  文旅康养: 5\nlandUse: []\n');
    const malformed = runImport(content, csv);
    expect(malformed.status).toBe(1);
    expect(malformed.output).toMatch(/import-synonyms\.yaml:2(:\d+)? {2}字段\/field: industries\.文旅康养/);
    expect(malformed.output).toMatch(/import-synonyms\.yaml:3(:\d+)? {2}字段\/field: landUse/);
  });
});
