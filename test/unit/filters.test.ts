import { describe, expect, test } from 'vitest';
import { countValues, filterItems, matchesSelection, noScriptFilterCss, noScriptFilterCssFor, noScriptFilterLimit, searchFromSelection, selectionFromSearch } from '../../src/lib/filters.ts';

const items = [
  { id: 'a', values: { region: ['jiutai', 'changchun'], cooperation: ['jv', 'sole'], stage: ['seeking'] } },
  { id: 'b', values: { region: ['yibin'], cooperation: ['ppp'], stage: ['seeking'] } },
  { id: 'c', values: { region: ['changchun'], cooperation: ['jv'], stage: ['signed'] } },
];

describe('facet filters', () => {
  test('no selection keeps everything', () => {
    expect(filterItems(items, (item) => item.values, {})).toHaveLength(3);
  });

  test('choosing a city keeps the entries in the city and in the districts under it', () => {
    const found = filterItems(items, (item) => item.values, { region: 'changchun' });
    expect(found.map((item) => item.id)).toEqual(['a', 'c']);
  });

  test('facets combine: each further choice narrows the list', () => {
    const found = filterItems(items, (item) => item.values, { region: 'changchun', stage: 'seeking' });
    expect(found.map((item) => item.id)).toEqual(['a']);
  });

  test('a multi-valued facet matches any of the item values', () => {
    expect(matchesSelection(items[0].values, { cooperation: 'sole' })).toBe(true);
    expect(matchesSelection(items[1].values, { cooperation: 'sole' })).toBe(false);
  });

  test('counts count each item once per value', () => {
    expect(countValues(items.map((item) => item.values), 'region')).toEqual(
      new Map([
        ['jiutai', 1],
        ['changchun', 2],
        ['yibin', 1],
      ]),
    );
  });

  test('the selection round-trips through the URL, dropping unknown facets and unsafe values', () => {
    const search = searchFromSelection({ region: 'changchun', stage: undefined }, 'investment:desc', 'published:desc');
    expect(search).toBe('?region=changchun&sort=investment%3Adesc');
    expect(selectionFromSearch('?region=changchun&evil=1&stage=<script>', ['region', 'stage'])).toEqual({ region: 'changchun' });
  });

  test('the no-script CSS has one rule per option and only applies until the script takes over', () => {
    const css = noScriptFilterCss([{ name: 'region', label: 'Region', options: [{ value: 'jiutai', label: '九台', count: 1, depth: 0 }] }]);
    expect(css).toBe(
      '[data-filter-scope]:not([data-enhanced]):has(select[name="region"] option[value="jiutai"]:checked) [data-filter-item]:not([data-facet-region~="jiutai"]){display:none}',
    );
    expect(() => noScriptFilterCss([{ name: 'region', label: '', options: [{ value: 'a"]{}', label: '', count: 1, depth: 0 }] }])).toThrow();
  });
});

test('the style hash is the SHA-256 a browser computes for the CSP', async () => {
  const { createHash } = await import('node:crypto');
  const { styleHash } = await import('../../src/lib/filters.ts');
  const css = 'a{color:red}';
  expect(await styleHash(css)).toBe(`sha256-${createHash('sha256').update(css).digest('base64')}`);
});

test('lists filter without JavaScript only while they are short enough for CSS to cope', () => {
  const facets = [{ name: 'chain', label: 'Chain', options: [{ value: 'biomed', label: 'Biomed', count: 1, depth: 0 }] }];
  expect(noScriptFilterCssFor(facets, 50)).toContain('[data-facet-chain~="biomed"]');
  expect(noScriptFilterCssFor(facets, noScriptFilterLimit)).not.toBe('');
  expect(noScriptFilterCssFor(facets, noScriptFilterLimit + 1)).toBe('');
});
