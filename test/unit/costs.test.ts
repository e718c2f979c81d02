import { describe, expect, test } from 'vitest';
import { unpack } from '../../src/lib/content/bilingual.ts';
import { bilingualErrorMap } from '../../src/lib/content/zod-messages.ts';
import { costLine, costYear, formatCostValue, orderedCosts } from '../../src/lib/costs/format.ts';
import { costIndicators, indicatorUnits } from '../../src/lib/costs/indicators.ts';
import { readPicked, visibleRegions, writePicked } from '../../src/lib/costs/selection.ts';
import { costTable, type CostRegion } from '../../src/lib/costs/table.ts';
import { costFigure, costFigures, type CostFigure } from '../../src/schemas/costs.ts';
import zh from '../../src/i18n/zh.json' with { type: 'json' };
import en from '../../src/i18n/en.json' with { type: 'json' };

const messages = (result: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) =>
  (result.error?.issues ?? []).map((issue) => ({ path: issue.path.join('.'), ...unpack(issue.message) }));

const figure = (value: Record<string, unknown>): CostFigure => costFigure.parse({ year: 2025, illustrative: true, ...value });

describe('cost figures: values as an investor reads them', () => {
  test('land per mu in Chinese as written; in English in yuan, per hectare too', () => {
    expect(formatCostValue('19.2', 'wan-yuan-per-mu', 'zh').text).toBe('19.2万元/亩');
    expect(formatCostValue('150000', 'yuan-per-mu', 'zh').text).toBe('15万元/亩');
    expect(formatCostValue('150000', 'yuan-per-mu', 'zh').perHectare).toBeUndefined();
    const english = formatCostValue('15', 'wan-yuan-per-mu', 'en');
    expect(english.text).toBe('CNY 150,000 per mu');
    expect(english.perHectare).toBe('≈ CNY 2.25 million per ha');
    expect(costLine(figure({ indicator: 'land-price', value: 150000, unit: 'yuan-per-mu' }), 'en')).toBe('CNY 150,000 per mu (≈ CNY 2.25 million per ha)');
    expect(formatCostValue('19.2', 'wan-yuan-per-mu', 'zh-hant').text).toBe('19.2萬元/畝');
  });

  test('utilities, rent and wages keep their decimals; dollars are approximate and English only', () => {
    expect(formatCostValue('0.55', 'yuan-per-kwh', 'zh').text).toBe('0.55元/千瓦时');
    expect(formatCostValue('0.55', 'yuan-per-kwh', 'en').text).toBe('CNY 0.55 per kWh');
    expect(formatCostValue('20', 'yuan-per-sqm-month', 'en').text).toBe('CNY 20 per m² per month');
    expect(formatCostValue('3.6', 'yuan-per-m3', 'zh').text).toBe('3.6元/立方米');
    expect(formatCostValue('5600', 'yuan-per-month', 'en', 7.2).text).toBe('CNY 5,600 per month');
    expect(formatCostValue('5600', 'yuan-per-month', 'en', 7.2).usd).toBe('≈ USD 778 per month');
    expect(formatCostValue('5600', 'yuan-per-month', 'zh', 7.2).usd).toBeUndefined();
  });

  test('distances and times, with the place reached', () => {
    expect(formatCostValue('15', 'km', 'en').text).toBe('15 km');
    expect(formatCostValue('1.5', 'hours', 'zh').text).toBe('1.5小时');
    expect(formatCostValue('1200', 'km', 'en').text).toBe('1,200 km');
    const port = figure({ indicator: 'port', value: 15, unit: 'km', place: { zh: '秦皇岛港', en: 'Qinhuangdao Port' } });
    expect(costLine(port, 'zh')).toBe('秦皇岛港 15公里');
    expect(costLine(port, 'en')).toBe('Qinhuangdao Port, 15 km');
  });

  test('a figure dated by its date has that year; figures sort in the vocabulary order', () => {
    expect(costYear({ date: '2020-04-23' })).toBe(2020);
    expect(costYear({ year: 2024 })).toBe(2024);
    const sorted = orderedCosts([{ indicator: 'rail-hub' }, { indicator: 'land-price' }, { indicator: 'power' }] as const);
    expect(sorted.map((item) => item.indicator)).toEqual(['land-price', 'power', 'rail-hub']);
  });

  test('every indicator and unit has a label in both languages', () => {
    for (const indicator of costIndicators) {
      expect(zh).toHaveProperty([`enum.costIndicator.${indicator}`]);
      expect(en).toHaveProperty([`enum.costIndicator.${indicator}`]);
      for (const unit of indicatorUnits[indicator]) expect(en).toHaveProperty([`costs.unit.${unit}`]);
    }
  });
});

describe('cost figures: what the schema refuses, naming the field', () => {
  const parse = (value: Record<string, unknown>) => messages(costFigure.safeParse(value, { error: bilingualErrorMap }));

  test('a unit that does not fit the indicator', () => {
    expect(parse({ indicator: 'power', value: 0.5, unit: 'yuan-per-mu', year: 2025, illustrative: true })).toEqual([
      expect.objectContaining({ path: 'unit', en: expect.stringContaining('power takes yuan-per-kwh, not yuan-per-mu') }),
    ]);
  });

  test('the Chinese label of an indicator or unit is accepted', () => {
    expect(figure({ indicator: '工业电价', value: '0.55', unit: '元/千瓦时' })).toMatchObject({ indicator: 'power', value: '0.55', unit: 'yuan-per-kwh' });
  });

  test('a figure needs a source unless it is marked illustrative, and a year or date', () => {
    expect(parse({ indicator: 'water', value: 3, unit: 'yuan-per-m3', year: 2025 })).toEqual([expect.objectContaining({ path: 'source', zh: expect.stringContaining('illustrative: true') })]);
    expect(parse({ indicator: 'water', value: 3, unit: 'yuan-per-m3', illustrative: true })).toEqual([expect.objectContaining({ path: 'year' })]);
    expect(parse({ indicator: 'water', value: 3, unit: 'yuan-per-m3', year: 2024, date: '2025-01-01', illustrative: true })).toEqual([expect.objectContaining({ path: 'date' })]);
  });

  test('tax incentives are a text, other indicators a value with a unit', () => {
    expect(parse({ indicator: 'tax-incentives', value: 15, year: 2025, illustrative: true }).map((issue) => issue.path)).toEqual(['text', 'value']);
    expect(parse({ indicator: 'wage', year: 2025, illustrative: true }).map((issue) => issue.path)).toEqual(['value', 'unit']);
    expect(parse({ indicator: 'wage', value: '5000元', unit: 'yuan-per-month', year: 2025, illustrative: true })[0]).toMatchObject({ path: 'value', en: expect.stringContaining('must be a plain number') });
    expect(parse({ indicator: 'wage', value: 5000, unit: 'yuan-per-month', place: { zh: '港口' }, year: 2025, illustrative: true })[0]).toMatchObject({ path: 'place' });
  });

  test('an indicator written twice is named', () => {
    const result = costFigures.safeParse(
      [
        { indicator: 'power', value: 0.5, unit: 'yuan-per-kwh', year: 2025, illustrative: true },
        { indicator: 'power', value: 0.6, unit: 'yuan-per-kwh', year: 2025, illustrative: true },
      ],
      { error: bilingualErrorMap },
    );
    expect(messages(result)).toEqual([expect.objectContaining({ path: '1.indicator', en: expect.stringContaining('power appears twice') })]);
  });
});

describe('the comparison table', () => {
  const regions: CostRegion[] = [
    { id: 'yibin', name: { zh: '宜宾市', en: 'Yibin' }, costs: [figure({ indicator: 'power', value: 0.45, unit: 'yuan-per-kwh' }), figure({ indicator: 'port', value: 12, unit: 'km' })] },
    { id: 'changchun', name: { zh: '长春市', en: 'Changchun' }, costs: [figure({ indicator: 'land-price', value: 19.2, unit: 'wan-yuan-per-mu' }), figure({ indicator: 'power', value: 0.62, unit: 'yuan-per-kwh' })] },
    { id: 'empty', name: { zh: '无数据区', en: 'No data' }, costs: [] },
  ];

  test('columns are the regions with figures, by name; rows the indicators any of them publishes, in order', () => {
    const table = costTable(regions, 'en');
    expect(table.columns.map((region) => region.id)).toEqual(['changchun', 'yibin']);
    expect(table.rows.map((row) => row.indicator)).toEqual(['land-price', 'power', 'port']);
    // Chinese columns follow the reader's collation (pinyin), whatever it makes of 长.
    const pinyin = ['长春市', '宜宾市'].sort(new Intl.Collator('zh-CN-u-co-pinyin').compare);
    expect(costTable(regions, 'zh').columns.map((region) => region.name.zh)).toEqual(pinyin);
  });

  test('a missing figure says "not published", never blank', () => {
    const zhTable = costTable(regions, 'zh');
    const byRegion = Object.fromEntries(zhTable.rows[0].cells.map((cell) => [cell.regionId, cell.text]));
    expect(byRegion).toEqual({ changchun: '19.2万元/亩', yibin: '未公布' });
    const enTable = costTable(regions, 'en', 7.2);
    expect(enTable.rows[2].cells.map((cell) => cell.text)).toEqual(['not published', '12 km']);
    expect(enTable.rows[0].cells[0]).toMatchObject({ perHectare: '≈ CNY 2.88 million per ha', year: 2025 });
    for (const row of [...zhTable.rows, ...enTable.rows]) for (const cell of row.cells) expect(cell.text.trim()).not.toBe('');
  });
});

describe('the picked regions in the address', () => {
  const known = ['changchun', 'jinchang', 'luohe', 'meishan', 'yibin'];

  test('reads known ids once each, at most four', () => {
    expect(readPicked('?regions=yibin,luohe', known)).toEqual(['yibin', 'luohe']);
    expect(readPicked('?regions=yibin,nowhere,yibin,%20luohe', known)).toEqual(['yibin', 'luohe']);
    expect(readPicked('?regions=changchun,jinchang,luohe,meishan,yibin', known)).toHaveLength(4);
    expect(readPicked('', known)).toEqual([]);
  });

  test('writes the pick, keeping other parameters, and removes it when empty', () => {
    expect(writePicked('', ['yibin', 'luohe'])).toBe('?regions=yibin,luohe');
    expect(writePicked('?lang=x&regions=a', [])).toBe('?lang=x');
    expect(writePicked('?regions=a', [])).toBe('');
    expect(readPicked(writePicked('', ['meishan', 'changchun']), known)).toEqual(['meishan', 'changchun']);
  });

  test('shows every column until something is picked, in the table order', () => {
    expect(visibleRegions(known, [])).toEqual(known);
    expect(visibleRegions(known, ['yibin', 'changchun'])).toEqual(['changchun', 'yibin']);
  });
});
