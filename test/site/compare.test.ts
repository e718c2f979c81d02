import { beforeAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import type { AtlasContent } from '../../src/lib/content/types.ts';
import { costLine } from '../../src/lib/costs/format.ts';
import { t } from '../../src/lib/i18n.ts';
import { sampleContent } from '../support/paths.ts';
import { readPage, text } from '../support/site.ts';

let content: AtlasContent;
beforeAll(async () => {
  content = await loadContent(sampleContent);
});

const withCosts = () => content.regions.filter((entry) => entry.data.costs.length > 0);
const squeeze = (value: string) => value.replace(/\s+/g, ' ').trim();

describe('the cost comparison page', () => {
  test.each(['zh', 'en'] as const)('%s: without JavaScript it is a full table of every region with figures, no cell blank', async (locale) => {
    const page = await readPage(`/${locale}/compare/`);
    expect(text(page.querySelector('h1'))).toBe(t(locale, 'compare.title'));
    const columns = page.querySelectorAll('.compare-table thead th[data-region]').map((cell) => cell.getAttribute('data-region'));
    expect(columns.sort()).toEqual(withCosts().map((entry) => entry.id).sort());
    // Every top-level region has figures in the sample.
    for (const entry of content.regions.filter((region) => !region.data.parent)) expect(columns).toContain(entry.id);
    for (const row of page.querySelectorAll('.compare-table tbody tr')) {
      const cells = row.querySelectorAll('td');
      expect(cells).toHaveLength(columns.length);
      for (const cell of cells) expect(text(cell), row.getAttribute('data-indicator')!).not.toBe('');
    }
    // Each region's figures stand in its column, with the year; what a region lacks says so.
    for (const entry of withCosts()) {
      for (const figure of entry.data.costs) {
        const cell = page.querySelector(`.compare-table tr[data-indicator="${figure.indicator}"] td[data-region="${entry.id}"]`);
        if (figure.value !== undefined) expect(squeeze(text(cell))).toContain(squeeze(costLine({ ...figure, place: undefined, text: undefined }, locale).replace(/ \(.*\)$/, '')));
        expect(text(cell)).toContain(String(figure.year ?? figure.date!.slice(0, 4)));
      }
    }
    const missing = page.querySelectorAll('.compare-table td .not-published');
    expect(missing.length).toBeGreaterThan(0);
    for (const cell of missing) expect(text(cell)).toBe(t(locale, 'costs.notPublished'));
    // The picker is there for the script, hidden until it runs.
    expect(page.querySelector('[data-picker]')?.hasAttribute('hidden')).toBe(true);
    expect(page.querySelectorAll('[data-picker] input[type=checkbox]')).toHaveLength(columns.length);
  });

  test('English gives land per hectare (and dollars at the dated rate on the region page); Chinese keeps 万元/亩', async () => {
    const pages = { en: await readPage('/en/compare/'), zh: await readPage('/zh/compare/') };
    const land = (locale: 'zh' | 'en') => text(pages[locale].querySelector('.compare-table tr[data-indicator="land-price"] td[data-region="changchun"]'));
    expect(land('en')).toContain('CNY 192,000 per mu');
    expect(land('en')).toContain('≈ CNY 2.88 million per ha');
    expect(land('zh')).toContain('19.2万元/亩');
    expect(land('zh')).not.toContain('USD');
    const regionLand = text((await readPage('/en/regions/changchun/')).querySelector('#costs-heading ~ div tr[data-indicator="land-price"]'));
    expect(regionLand).toMatch(/≈ USD [\d,]+ per mu at the rate of \d+ \w+ \d{4}/);
    expect(text((await readPage('/zh/regions/changchun/')).querySelector('#costs-heading ~ div tr[data-indicator="land-price"]'))).not.toContain('USD');
  });

  test('illustrative figures are marked as such; sourced ones name their source', async () => {
    const page = await readPage('/zh/compare/');
    const tax = page.querySelector('.compare-table tr[data-indicator="tax-incentives"] td[data-region="yibin"]');
    expect(text(tax)).toContain('15%');
    expect(text(tax)).toContain('西部大开发');
    expect(text(tax)).not.toContain(t('zh', 'costs.illustrative'));
    const power = page.querySelector('.compare-table tr[data-indicator="power"] td[data-region="yibin"]');
    expect(text(power)).toContain(t('zh', 'costs.illustrative'));
    expect(text(page.querySelector('main'))).toContain(t('zh', 'costs.illustrativeNote'));
  });
});

describe("a region page's cost of doing business", () => {
  test.each(['zh', 'en'] as const)('%s: every figure with its year and source, and a link to compare', async (locale) => {
    for (const entry of withCosts()) {
      const page = await readPage(`/${locale}/regions/${entry.id}/`);
      const section = page.querySelector('section[aria-labelledby="costs-heading"]');
      expect(text(section?.querySelector('h2')), entry.id).toBe(t(locale, 'costs.title'));
      const rows = section!.querySelectorAll('tbody tr');
      expect(rows.map((row) => row.getAttribute('data-indicator')).sort()).toEqual(entry.data.costs.map((figure) => figure.indicator).sort());
      for (const figure of entry.data.costs) {
        const row = section!.querySelector(`tr[data-indicator="${figure.indicator}"]`)!;
        const cells = row.querySelectorAll('td');
        if (figure.value !== undefined) expect(squeeze(text(cells[0]))).toContain(squeeze(costLine({ ...figure, place: undefined }, locale).replace(/ \(.*\)$/, '')));
        expect(text(cells[1])).toBe(String(figure.year ?? figure.date!.slice(0, 4)));
        expect(text(cells[2])).not.toBe('');
        if (figure.source) expect(text(cells[2])).toContain(locale === 'en' ? figure.source.title.en! : figure.source.title.zh);
      }
      expect(section!.querySelector(`a[href="/${locale}/compare/?regions=${entry.id}"]`), entry.id).not.toBeNull();
    }
  });

  test('a region without figures has no empty section', async () => {
    const bare = content.regions.find((entry) => entry.data.costs.length === 0)!;
    const page = await readPage(`/en/regions/${bare.id}/`);
    expect(page.querySelector('#costs-heading')).toBeNull();
  });
});
