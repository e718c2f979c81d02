import { beforeAll, describe, expect, test } from 'vitest';
import { buildAtlas, type Atlas } from '../../src/lib/atlas.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { opportunityFacetNames } from '../../src/lib/facets.ts';
import { noScriptFilterLimit, sortItems } from '../../src/lib/filters.ts';
import { recordValues, selectRecords, type ListIndex, type ListRecord } from '../../src/lib/list-index.ts';
import { opportunityIndex } from '../../src/lib/list-records.ts';
import { firstOfLongList, isPagedList, laterPages, listPagePath, listPageSize, pageCount, pageRange, pagerItems, pageSlice } from '../../src/lib/paging.ts';
import { sampleContent, testToday } from '../support/paths.ts';

describe('server-side pages of a long list', () => {
  test('only a list too long to filter with CSS is paged', () => {
    expect(isPagedList(noScriptFilterLimit)).toBe(false);
    expect(isPagedList(noScriptFilterLimit + 1)).toBe(true);
  });

  test('pages hold every entry once, in order, the last one the rest', () => {
    const items = Array.from({ length: 1034 }, (_, index) => index);
    expect(pageCount(items.length)).toBe(11);
    const pages = Array.from({ length: pageCount(items.length) }, (_, index) => pageSlice(items, index + 1));
    expect(pages[0]).toHaveLength(listPageSize);
    expect(pages.at(-1)).toHaveLength(34);
    expect(pages.flat()).toEqual(items);
  });

  test('an empty list still has its first page, saying it shows nothing', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageRange(1, 0)).toEqual({ from: 0, to: 0 });
  });

  test('"showing X–Y of N" counts from 1 and stops at the last entry', () => {
    expect(pageRange(1, 1034)).toEqual({ from: 1, to: 100 });
    expect(pageRange(11, 1034)).toEqual({ from: 1001, to: 1034 });
  });

  test('page 1 is the list\'s own address, the others live under page/', () => {
    expect(listPagePath('opportunities', 1)).toBe('opportunities');
    expect(listPagePath('opportunities/', 2)).toBe('opportunities/page/2');
    expect(laterPages(1034)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(laterPages(50)).toEqual([]);
  });

  test('the pager shows the first and last page and those near the current one, with gaps between', () => {
    expect(pagerItems(1, 1)).toEqual([1]);
    expect(pagerItems(1, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pagerItems(1, 100)).toEqual([1, 2, 3, 'gap', 100]);
    expect(pagerItems(50, 100)).toEqual([1, 'gap', 48, 49, 50, 51, 52, 'gap', 100]);
    expect(pagerItems(100, 100)).toEqual([1, 'gap', 98, 99, 100]);
    // One left-out page is shown itself: a gap would take as much room.
    expect(pagerItems(5, 100)).toEqual([1, 2, 3, 4, 5, 6, 7, 'gap', 100]);
  });
});

describe('searching the JSON index', () => {
  const record = (id: string, title: string, published: string, yuan: string, stage: string): ListRecord => ({
    id,
    title,
    place: '',
    investment: '',
    stage,
    published,
    yuan,
    values: [[stage], stage === 'signed' ? ['show'] : ['hide', 'show']],
  });
  const index: ListIndex = {
    path: '/en/opportunities/',
    facets: ['stage', 'expired'],
    records: [
      record('c', 'Cobalt', '2026-03-01', '', 'seeking'),
      record('a', 'Anode', '2026-02-01', '500000000', 'seeking'),
      record('b', 'Battery', '2026-01-01', '90000000', 'signed'),
      record('d', 'Dryer', '2025-12-01', '1200000000', 'negotiating'),
    ],
  };
  const collator = new Intl.Collator('en', { numeric: true });
  const ids = (records: ListRecord[]) => records.map((item) => item.id);

  test('a record\'s values are keyed by facet name, as the filters take them', () => {
    expect(recordValues(index, index.records[2]!)).toEqual({ stage: ['signed'], expired: ['show'] });
  });

  test('the default view leaves out what the list hides by default, newest first', () => {
    expect(ids(selectRecords(index, { expired: 'hide' }, 'published:desc', 'published:desc', collator))).toEqual(['c', 'a', 'd']);
  });

  test('a stage picks the entries of that stage from the whole list', () => {
    expect(ids(selectRecords(index, { stage: 'signed' }, 'published:desc', 'published:desc', collator))).toEqual(['b']);
    expect(ids(selectRecords(index, { stage: 'seeking', expired: 'hide' }, 'published:desc', 'published:desc', collator))).toEqual(['c', 'a']);
  });

  test('sorting by investment puts a negotiable one last in either direction', () => {
    expect(ids(selectRecords(index, {}, 'investment:desc', 'published:desc', collator))).toEqual(['d', 'a', 'b', 'c']);
    expect(ids(selectRecords(index, {}, 'investment:asc', 'published:desc', collator))).toEqual(['b', 'a', 'd', 'c']);
  });

  test('sorting by title follows the collator', () => {
    expect(ids(selectRecords(index, {}, 'title:asc', 'published:desc', collator))).toEqual(['a', 'b', 'c', 'd']);
    expect(sortItems(['b10', 'b9', 'a'], 'x:asc', (item) => item, collator)).toEqual(['a', 'b9', 'b10']);
  });
});

describe('the index built from the guide', () => {
  let atlas: Atlas;
  beforeAll(async () => {
    const content = await loadContent(sampleContent);
    atlas = buildAtlas({ ...content, site: content.site.data }, testToday);
  });

  test('lists every opportunity once, newest first, with its page under the list', () => {
    const index = opportunityIndex(atlas, 'en');
    expect(index.path).toBe('/en/opportunities/');
    expect(index.facets).toEqual([...opportunityFacetNames]);
    expect(index.records.map((item) => item.id).sort()).toEqual(atlas.opportunities.map((item) => item.id).sort());
    const dates = index.records.map((item) => item.published);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  test('records carry the card\'s text in the page\'s language and hide what the list hides by default', () => {
    const zh = opportunityIndex(atlas, 'zh');
    const en = opportunityIndex(atlas, 'en');
    const opportunity = atlas.opportunities[0]!;
    const inZh = zh.records.find((item) => item.id === opportunity.id)!;
    const inEn = en.records.find((item) => item.id === opportunity.id)!;
    expect(inZh.title).toBe(opportunity.data.title.zh);
    expect(inEn.title).toBe(opportunity.data.title.en ?? opportunity.data.title.zh);
    expect(inZh.investment).not.toBe(inEn.investment);
    const shownByDefault = zh.records.filter((item) => recordValues(zh, item).expired?.includes('hide')).map((item) => item.id);
    expect(shownByDefault.sort()).toEqual(atlas.opportunities.filter(atlas.isCurrent).map((item) => item.id).sort());
  });
});

describe('part of a long list on a page of its own', () => {
  const byNumber = (a: number, b: number) => b - a;
  test('a short list is shown whole, in its own order', () => {
    expect(firstOfLongList([3, 1, 2], byNumber, 3)).toEqual({ shown: [3, 1, 2], more: 0 });
  });
  test('a long list shows its first entries in the given order and counts the rest', () => {
    expect(firstOfLongList([3, 1, 5, 2, 4], byNumber, 3)).toEqual({ shown: [5, 4, 3], more: 2 });
    expect(firstOfLongList(Array.from({ length: 250 }, (_, index) => index), byNumber).shown).toHaveLength(listPageSize);
  });
});
