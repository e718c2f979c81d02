import { describe, expect, test } from 'vitest';
import { containsAllWords } from '../../src/lib/search/matching.ts';
import { maxQueryLength, parseQuery, searchWords } from '../../src/lib/search/query.ts';
import { pinyinSpellings, placeNameStem } from '../../src/lib/search/pinyin.ts';
import { pagefindSort, readSearchState, writeSearchState } from '../../src/lib/search/state.ts';

describe('a query is split into the words to search for', () => {
  test('unspaced Chinese becomes its words, the same as when the reader puts spaces in', () => {
    expect(searchWords('工程质量')).toEqual(['工程', '质量']);
    expect(parseQuery('工程质量').text).toBe(parseQuery('工程 质量').text);
    expect(parseQuery('医疗器械').text).toBe('医疗 器械');
  });

  test('English words are lowercased and split at spaces and hyphens', () => {
    expect(searchWords('Medical  Devices')).toEqual(['medical', 'devices']);
    expect(searchWords('lithium-battery')).toEqual(['lithium', 'battery']);
  });

  test('mixed scripts keep both', () => {
    expect(searchWords('九台 biologics')).toEqual(['九台', 'biologics']);
  });

  test('single characters written together stay one word: names and terms the dictionary lacks', () => {
    expect(searchWords('康养')).toEqual(['康养']);
    expect(searchWords('九台区生物医药')).toEqual(['九台区', '生物', '医药']);
    expect(searchWords('九 台')).toEqual(['九', '台']);
  });

  test('a query is checked word by word whenever Pagefind would see several terms in it', () => {
    expect(parseQuery('医疗').severalTerms).toBe(false);
    expect(parseQuery('tax').severalTerms).toBe(false);
    expect(parseQuery('康养').severalTerms).toBe(true);
    expect(parseQuery('medical devices').severalTerms).toBe(true);
  });

  test('punctuation alone leaves nothing to search for', () => {
    expect(parseQuery('，。！？…“”——').text).toBe('');
    expect(parseQuery('!!! ??? ...').words).toEqual([]);
  });

  test('a repeated word is searched once', () => {
    expect(searchWords('tax tax TAX')).toEqual(['tax']);
  });

  test('full-width letters and digits are read as ordinary ones', () => {
    expect(searchWords('ＣＤＭＯ ２０２６')).toEqual(['cdmo', '2026']);
  });

  test('very long input is cut to the query limit instead of failing', () => {
    const query = parseQuery('新能源'.repeat(1000));
    expect(query.text.length).toBeLessThanOrEqual(maxQueryLength);
    expect(query.words.length).toBeGreaterThan(0);
  });

  test('the query says when it holds Chinese, so the English site can also ask the Chinese one', () => {
    expect(parseQuery('九台').hasHan).toBe(true);
    expect(parseQuery('Jiutai').hasHan).toBe(false);
  });
});

describe('a result counts only when its page holds every word', () => {
  test('Chinese words must each appear somewhere in the text', () => {
    expect(containsAllWords('吉林省支持生物医药高质量发展，建筑工程应用', ['工程', '质量'])).toBe(true);
    expect(containsAllWords('吉林省支持生物医药高质量发展', ['工程', '质量'])).toBe(false);
  });

  test('English words match at the start of a word, in any case and with their endings', () => {
    expect(containsAllWords('Medical Device Testing Platform', ['medical', 'devices'])).toBe(true);
    expect(containsAllWords('Biomedical platform', ['medical'])).toBe(false);
  });
});

describe('place and company names can be found by their pinyin', () => {
  test('a district is found with and without its suffix', () => {
    expect(pinyinSpellings('九台区')).toEqual(expect.arrayContaining(['jiutai', 'jiutaiqu', 'jiutai qu']));
  });

  test('longer zone suffixes are dropped whole', () => {
    expect(placeNameStem('金昌经济技术开发区')).toBe('金昌');
    expect(placeNameStem('甘孜藏族自治州')).toBe('甘孜');
    expect(pinyinSpellings('甘孜藏族自治州')).toContain('ganzi');
  });

  test('a name that is only a suffix keeps it', () => {
    expect(placeNameStem('新区')).toBe('新区');
  });

  test('ü can be typed as v or u', () => {
    expect(pinyinSpellings('吕梁市')).toEqual(expect.arrayContaining(['lvliang', 'luliang']));
  });

  test('a name without Chinese characters has no pinyin', () => {
    expect(pinyinSpellings('Contec')).toEqual([]);
  });
});

describe('the search is kept in the URL', () => {
  test('query, filters and sort survive a round trip', () => {
    const state = { query: '医疗器械', filters: { type: 'opportunity', region: 'yuanhui' }, sort: 'investment' } as const;
    expect(readSearchState(writeSearchState(state))).toEqual(state);
  });

  test('relevance and empty filters are left out of the URL', () => {
    expect(writeSearchState({ query: ' ', filters: {}, sort: 'relevance' })).toBe('');
  });

  test('unknown filters, unsafe values and unknown sorts are ignored', () => {
    const state = readSearchState('?q=tax&colour=red&region=<script>&sort=random');
    expect(state).toEqual({ query: 'tax', filters: {}, sort: 'relevance' });
  });

  test('sorting asks Pagefind for the newest or largest first', () => {
    expect(pagefindSort('date')).toEqual({ date: 'desc' });
    expect(pagefindSort('relevance')).toEqual({});
  });
});
