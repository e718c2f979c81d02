import { describe, expect, test } from 'vitest';
import { parseCooperation } from '../../src/lib/import/cooperation.ts';
import { closestNamed, matchIndustry, newIndustryId, similarity } from '../../src/lib/import/industry.ts';
import { matchRegion } from '../../src/lib/import/matching.ts';
import { normalizeWord } from '../../src/lib/import/synonyms.ts';

const industries = [
  { id: 'biomedicine', name: { zh: '生物医药', en: 'Biomedicine' } },
  { id: 'equipment', name: { zh: '高端装备制造', en: 'Advanced Equipment Manufacturing' } },
  { id: 'food', name: { zh: '食品加工', en: 'Food Processing' } },
  { id: 'tourism-health', name: { zh: '文旅康养', en: 'Tourism, Culture and Wellness' } },
  { id: 'logistics', name: { zh: '现代物流', en: 'Modern Logistics' } },
  { id: 'agriculture', name: { zh: '特色农牧业' } },
];
const chains = [{ id: 'dairy-food', name: { zh: '乳制品与食品产业链', en: 'Dairy and Food Chain' }, industry: 'food' }];
const synonyms = new Map([[normalizeWord('文化旅游'), 'tourism-health'], [normalizeWord('生态农牧'), 'agriculture']]);

describe('industries from the words of a spreadsheet', () => {
  test('an industry written as in site.yaml is no guess', () => {
    expect(matchIndustry('生物医药', industries, chains, synonyms)).toEqual({ kind: 'exact', id: 'biomedicine' });
    expect(matchIndustry('生物医药产业', industries, chains, synonyms)).toEqual({ kind: 'exact', id: 'biomedicine' });
    expect(matchIndustry('Food Processing', industries, chains, synonyms)).toEqual({ kind: 'exact', id: 'food' });
    expect(matchIndustry('', industries, chains, synonyms)).toBeUndefined();
  });

  test('the synonym table comes before any likeness, and says so', () => {
    const match = matchIndustry('文化旅游', industries, chains, synonyms);
    expect(match).toMatchObject({ kind: 'synonym', id: 'tourism-health' });
    expect(match?.kind === 'synonym' && match.guess.zh).toBe('所属产业“文化旅游”按同义词表归入 文旅康养');
    expect(matchIndustry(' 生态农牧 ', industries, chains, synonyms)).toMatchObject({ kind: 'synonym', id: 'agriculture' });
  });

  test('then the closest name: one containing the other, or most character pairs shared', () => {
    expect(matchIndustry('装备制造', industries, chains, new Map())).toMatchObject({ kind: 'closest', id: 'equipment' });
    expect(matchIndustry('农产品加工', industries, chains, new Map())).toMatchObject({ kind: 'closest', id: 'food' });
    expect(similarity('农产品加工', '食品加工')).toBeCloseTo(4 / 7);
    expect(similarity('中藏医药', '生物医药')).toBeLessThan(0.5);
    expect(closestNamed('中藏医药', industries)).toBeUndefined();
  });

  test('a chain name leads to its industry; a list of several takes the first that matches', () => {
    expect(matchIndustry('乳制品', industries, chains, new Map())).toMatchObject({ kind: 'chain', id: 'food', chain: 'dairy-food' });
    expect(matchIndustry('文化旅游/康养', industries, chains, synonyms)).toMatchObject({ kind: 'closest', id: 'tourism-health' });
    expect(matchIndustry('航天/生物医药', industries, chains, synonyms)).toMatchObject({ kind: 'closest', id: 'biomedicine' });
  });

  test('a word that matches nothing is a new industry with an id from its pinyin', () => {
    expect(matchIndustry('低空经济', industries, chains, synonyms)).toEqual({ kind: 'unknown', id: 'di-kong-jing-ji', name: '低空经济' });
    expect(newIndustryId('食品', [{ id: 'shi-pin', name: { zh: '食品' } }])).toBe('shi-pin-2');
  });
});

describe('cooperation modes that leave the choice open are a reported guess', () => {
  test.each(['', '不限', '面议', '均可'])('"%s" → sole, jv, cooperation, with a note', (text) => {
    const result = parseCooperation(text);
    expect(result).toMatchObject({ ok: true, modes: ['sole', 'jv', 'cooperation'] });
    expect(result.ok && result.guess?.en).toMatch(/imported as sole, jv, cooperation/);
  });

  test('a word of the synonym table is taken, and said to be', () => {
    const result = parseCooperation('合资、联营', new Map([['联营', 'cooperation']]));
    expect(result).toMatchObject({ ok: true, modes: ['jv', 'cooperation'] });
    expect(result.ok && result.guess?.zh).toBe('合作方式“合资、联营”按同义词表读作 合资、合作');
    expect(parseCooperation('合资')).toEqual({ ok: true, modes: ['jv'] });
  });
});

describe('places written the short way', () => {
  const regions = [
    { id: 'ganzi', name: { zh: '甘孜藏族自治州', en: 'Garzê' } },
    { id: 'enshi', name: { zh: '恩施土家族苗族自治州' } },
    { id: 'yibin', name: { zh: '宜宾市' } },
  ];
  test('an autonomous prefecture by its place name', () => {
    expect(matchRegion('甘孜州康定市', regions)?.id).toBe('ganzi');
    expect(matchRegion('甘孜', regions)?.id).toBe('ganzi');
    expect(matchRegion('恩施州', regions)?.id).toBe('enshi');
    expect(matchRegion('宜宾三江新区', regions)?.id).toBe('yibin');
  });
});
