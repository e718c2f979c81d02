import { describe, expect, test } from 'vitest';
import { parseAmount, unitFromHeading } from '../../src/lib/import/amount.ts';
import { normalizeHeading, recognizeColumns } from '../../src/lib/import/columns.ts';
import { parseCooperation } from '../../src/lib/import/cooperation.ts';
import { idFromTitle } from '../../src/lib/import/entry-file.ts';
import { matchNamed, matchRegion, matchStage, normalizeDate, preparationLevel } from '../../src/lib/import/matching.ts';

describe('amounts as spreadsheets write them', () => {
  test.each([
    ['5亿元', '5', '亿元'],
    ['5000万元', '5000', '万元'],
    ['1.2亿', '1.2', '亿元'],
    ['USD 20 million', '2000', '万美元'],
    ['20 million USD', '2000', '万美元'],
    ['US$1.5 billion', '15', '亿美元'],
    ['3,000万美元', '3000', '万美元'],
    ['５亿元', '5', '亿元'],
    ['RMB 500 million', '50000', '万元'],
    ['800万', '800', '万元'],
  ])('%s is %s %s', (text, amount, unit) => {
    expect(parseAmount(text)).toEqual({ ok: true, amount, unit });
  });

  test('a bare number takes the unit named in the column heading, and fails without one', () => {
    expect(unitFromHeading('总投资（亿元）')).toBe('亿元');
    expect(unitFromHeading('Total investment (USD)')).toBe('USD');
    expect(parseAmount('12.5', '亿元')).toEqual({ ok: true, amount: '12.5', unit: '亿元' });
    const result = parseAmount('12.5');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason.zh).toContain('没有单位');
  });

  test.each(['待定', '面议', '暂定', '另议', '', '  ', '—', 'TBD', '待定。'])('"%s" is an amount still to be negotiated', (text) => {
    expect(parseAmount(text)).toEqual({ ok: true, negotiable: true });
  });

  test.each([
    ['约 2.5 亿元', '2.5', '亿元'],
    ['5亿元左右', '5', '亿元'],
    ['3000万元以上', '3000', '万元'],
    ['预计1.2亿', '1.2', '亿元'],
  ])('%s is about %s %s, and says it is approximate', (text, amount, unit) => {
    expect(parseAmount(text)).toEqual({ ok: true, amount, unit, approximate: true });
  });

  test.each([
    ['3-5亿元', '3', '亿元'],
    ['3亿至5亿元', '3', '亿元'],
    ['2000～5000万元', '2000', '万元'],
  ])('the range %s is negotiable, from %s %s', (text, amount, unit) => {
    expect(parseAmount(text)).toEqual({ ok: true, negotiable: true, indicative: { amount, unit } });
    expect(parseAmount('2~3', '亿元')).toEqual({ ok: true, negotiable: true, indicative: { amount: '2', unit: '亿元' } });
  });

  test('text that is not an amount is refused with the text quoted', () => {
    const result = parseAmount('很多');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason.en).toContain('"很多"');
  });
});

describe('cooperation modes', () => {
  test.each([
    ['独资、合资', ['sole', 'jv']],
    ['合资/合作', ['jv', 'cooperation']],
    ['独资或合资', ['sole', 'jv']],
    ['PPP', ['ppp']],
    ['政府和社会资本合作', ['ppp']],
    ['合资合作', ['jv', 'cooperation']],
    ['租赁，特许经营', ['lease', 'franchise']],
    ['Joint venture; lease', ['jv', 'lease']],
    ['股权合作', ['equity']],
  ])('%s', (text, modes) => {
    expect(parseCooperation(text)).toEqual({ ok: true, modes });
  });

  test('an unknown mode is named, not guessed', () => {
    expect(parseCooperation('独资、以物易物')).toEqual({ ok: false, unknown: ['以物易物'] });
  });
});

describe('column headings', () => {
  test('common Chinese and English headings are recognised, with units and brackets ignored', () => {
    const headings = ['序号', '项目名称', '所属产业', '建设地点', '总投资（亿元）', '合作方式', '建设内容', '联系人', '联系电话', 'Remarks?'];
    const { fields, investmentUnit, unknown } = recognizeColumns(headings);
    expect([...fields.values()]).toEqual(['ignore', 'title', 'industry', 'location', 'investment', 'cooperation', 'content', 'contactName', 'phone']);
    expect(investmentUnit).toBe('亿元');
    expect(unknown).toEqual(['Remarks?']);
    expect([...recognizeColumns(['Project Name', 'Industry', 'Location', 'Total Investment', 'Cooperation', 'Contact', 'Phone']).fields.values()]).toEqual([
      'title',
      'industry',
      'location',
      'investment',
      'cooperation',
      'contactName',
      'phone',
    ]);
  });

  test('a mapping file can name headings the list does not know', () => {
    const { fields } = recognizeColumns(['招商项目', '投资规模'], { 招商项目: 'title', 投资规模: 'investment' });
    expect([...fields.values()]).toEqual(['title', 'investment']);
    expect(normalizeHeading(' 用地面积（亩） ')).toBe('用地面积');
  });
});

describe('matching text to the guide', () => {
  const regions = [
    { id: 'changchun', name: { zh: '长春市', en: 'Changchun' } },
    { id: 'jiutai', name: { zh: '九台区', en: 'Jiutai District' } },
    { id: 'jiutai-devzone', name: { zh: '长春九台经济开发区', en: 'Changchun Jiutai Economic Development Zone' } },
  ];

  test('the most specific place in an address is its region', () => {
    expect(matchRegion('长春市九台区卡伦湖街道', regions)?.id).toBe('jiutai');
    expect(matchRegion('长春九台经济开发区内', regions)?.id).toBe('jiutai-devzone');
    expect(matchRegion('九台', regions)?.id).toBe('jiutai');
    expect(matchRegion('Changchun', regions)?.id).toBe('changchun');
    expect(matchRegion('火星基地', regions)).toBeUndefined();
  });

  test('industries by name in either language, stages and preparation by their words', () => {
    const industries = [
      { id: 'biomedicine', name: { zh: '生物医药', en: 'Biomedicine' } },
      { id: 'equipment', name: { zh: '高端装备制造', en: 'Advanced Equipment Manufacturing' } },
    ];
    expect(matchNamed('生物医药产业', industries)?.id).toBe('biomedicine');
    expect(matchNamed('高端装备', industries)?.id).toBe('equipment');
    expect(matchNamed('biomedicine', industries)?.id).toBe('biomedicine');
    expect(matchNamed('农业', industries)).toBeUndefined();
    expect(matchStage('')).toBe('seeking');
    expect(matchStage('洽谈中')).toBe('negotiating');
    expect(matchStage('快完成了')).toBeUndefined();
    expect(preparationLevel('已完成可研和环评，正在办理立项')).toBe('approved');
    expect(preparationLevel('土地已完成三通一平')).toBe('shovel-ready');
    expect(normalizeDate('2027年6月1日')).toBe('2027-06-01');
    expect(normalizeDate('2027/12/31')).toBe('2027-12-31');
  });

  test('ids come from the project name in pinyin and are the same every time', () => {
    expect(idFromTitle('长春空港医药冷链物流中心')).toBe('chang-chun-kong-gang-yi-yao-leng-lian-wu-liu-zhong-xin');
    expect(idFromTitle('5G 智慧园区')).toBe('5g-zhi-hui-yuan-qu');
    expect(idFromTitle('Green Hydrogen Base')).toBe('green-hydrogen-base');
  });
});
