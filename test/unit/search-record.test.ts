import { beforeAll, describe, expect, test } from 'vitest';
import { buildAtlas, type Atlas } from '../../src/lib/atlas.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { chainRecord, opportunityRecord, policyRecord, regionRecord } from '../../src/lib/search/record.ts';
import { sampleContent, testToday } from '../support/paths.ts';

let atlas: Atlas;
beforeAll(async () => {
  const content = await loadContent(sampleContent);
  atlas = buildAtlas({ ...content, site: content.site.data }, testToday);
});

const entry = <Data>(list: { id: string; data: Data }[], id: string) => {
  const found = list.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no entry ${id} in the sample content`);
  return found;
};

describe('what the search index knows about each entry', () => {
  test('an opportunity in dollars sorts by its value in yuan and shows its amount as written', () => {
    const record = opportunityRecord(atlas, entry(atlas.opportunities, 'jiutai-uhv-equipment-export'), 'en');
    expect(record.sort.investment).toBe(String(7000 * 1e4 * 7.1));
    expect(record.meta.investment).toMatch(/USD/);
    expect(record.filters.band).toEqual(['100m-500m']);
    expect(record.filters.region).toEqual(['jiutai-devzone', 'jiutai', 'changchun']);
  });

  test('dates sort as numbers, newest largest', () => {
    const record = policyRecord(atlas, entry(atlas.policies, 'national-western-development-cit'), 'zh');
    expect(record.sort.date).toBe('20200423');
    expect(record.meta.issuer).toBe('财政部、税务总局、国家发展改革委');
    expect(record.filters.level).toEqual(['national']);
    expect(record.filters.status).toEqual(['in-force']);
  });

  test('a Chinese region page carries its name in pinyin; the English page does not need it', () => {
    expect(regionRecord(atlas, entry(atlas.regions, 'jiutai'), 'zh').extraWords).toEqual(expect.arrayContaining(['jiutai', 'jiutaiqu']));
    expect(regionRecord(atlas, entry(atlas.regions, 'jiutai'), 'en').extraWords).toEqual([]);
  });

  test('a Chinese chain page carries its enterprises in pinyin', () => {
    const record = chainRecord(atlas, entry(atlas.chains, 'biomedicine'), 'zh');
    expect(record.extraWords.some((word) => word.startsWith('chutianhuatong'))).toBe(true);
    expect(record.filters).toMatchObject({ type: ['chain'], chain: ['biomedicine'] });
  });
});
