import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import type { HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildAtlas, type Atlas } from '../../src/lib/atlas.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { isPastValidity } from '../../src/lib/dates.ts';
import { sumMoney, type Money } from '../../src/lib/money.ts';
import { builtSite, sampleContent, testToday } from '../support/paths.ts';
import { readPage, text } from '../support/site.ts';

let atlas: Atlas;
beforeAll(async () => {
  const content = await loadContent(sampleContent);
  atlas = buildAtlas({ ...content, site: content.site.data }, testToday);
});

const editions = ['zh', 'en', 'zh-hant'] as const;
const signedOrLater = ['signed', 'landed', 'started', 'producing'];

/** `row|series → exact value` of the bars of a chart, and of the cells of the table beside it. */
function figuresOf(block: HTMLElement, selector: string): Map<string, string> {
  return new Map(block.querySelectorAll(selector).map((element) => [`${element.getAttribute('data-row')}|${element.getAttribute('data-series')}`, element.getAttribute('data-value') ?? '']));
}

/** Exact value written the way the charts write it: "CNY 1200000000; USD 5000000", "0" for none. */
function exact(amounts: Money[]): string {
  const sums = sumMoney(amounts);
  return sums.length === 0 ? '0' : sums.map((money) => `${money.unit === 'USD' ? 'USD' : 'CNY'} ${money.amount}`).sort().join('; ');
}

function chartBlocks(page: HTMLElement): HTMLElement[] {
  return page.querySelectorAll('[data-chart-block]');
}

describe('the statistics page', () => {
  test.each(editions)('/%s/stats/: every chart has its table beside it, and their numbers are equal', async (locale) => {
    const page = await readPage(`/${locale}/stats/`);
    const blocks = chartBlocks(page);
    expect(blocks.map((block) => block.getAttribute('data-chart-block'))).toEqual(['stage-counts', 'stage-investment', 'funnel', 'by-year', 'by-quarter', 'industries']);
    for (const block of blocks) {
      const id = block.getAttribute('data-chart-block');
      expect(block.querySelector('[data-no-data]'), `${locale} ${id} has data in the sample`).toBeNull();
      const bars = figuresOf(block, 'svg rect[data-value]');
      const cells = figuresOf(block, 'table td[data-value]');
      expect(bars.size, `${locale} ${id}`).toBeGreaterThan(0);
      expect(bars, `${locale} ${id}`).toEqual(cells);
      // Each bar's tooltip says what its table cell says.
      for (const rect of block.querySelectorAll('svg rect[data-value]')) {
        const cell = block.querySelector(`td[data-row="${rect.getAttribute('data-row')}"][data-series="${rect.getAttribute('data-series')}"]`)!;
        const cellText = cell.innerHTML.split(/<br[^>]*>/).map((line) => line.trim()).join(' + ');
        expect(text(rect.querySelector('title')).endsWith(cellText), `${locale} ${id}: "${text(rect.querySelector('title'))}" vs "${cellText}"`).toBe(true);
      }
      // A real, labelled table: a caption and headers for its columns and rows.
      const table = block.querySelector('table')!;
      expect(text(table.querySelector('caption')), `${locale} ${id}`).toBe(text(block.querySelector('h2')));
      expect(table.querySelectorAll('th[scope="col"]').length).toBeGreaterThanOrEqual(2);
      expect(table.querySelectorAll('th[scope="row"]').length).toBe(table.querySelectorAll('tbody tr').length);
      expect(block.querySelector('svg')?.getAttribute('role')).toBe('img');
    }
  });

  test('the stage counts and the funnel are the sample content counted by hand', async () => {
    const counted = atlas.opportunities.filter((entry) => signedOrLater.includes(entry.data.stage) || !isPastValidity(entry.data.validUntil, testToday));
    const page = await readPage('/en/stats/');
    const stageCounts = figuresOf(chartBlocks(page)[0], 'td[data-value]');
    for (const stage of ['concept', 'seeking', 'negotiating', ...signedOrLater]) {
      expect(stageCounts.get(`${stage}|count`), stage).toBe(String(counted.filter((entry) => entry.data.stage === stage).length));
    }
    const funnel = figuresOf(chartBlocks(page)[2], 'td[data-value]');
    expect(funnel.get('producing|reached')).toBe(String(counted.filter((entry) => entry.data.stage === 'producing').length));
    expect(funnel.get('signed|reached')).toBe(String(counted.filter((entry) => signedOrLater.includes(entry.data.stage)).length));
    expect(Number(funnel.get('negotiating|reached'))).toBeGreaterThan(Number(funnel.get('signed|reached')));
  });

  test('signed amounts and funds in place per year are the content summed exactly', async () => {
    const byYear = figuresOf(chartBlocks(await readPage('/zh/stats/'))[3], 'td[data-value]');
    const years = new Set([...byYear.keys()].map((key) => key.split('|')[0]));
    expect(years.size).toBeGreaterThanOrEqual(4);
    for (const year of years) {
      const signed = atlas.opportunities.flatMap((entry) => {
        const signing = entry.data.milestones?.find((milestone) => signedOrLater.includes(milestone.stage));
        return entry.data.signedAmount && signing?.date.startsWith(year) ? [entry.data.signedAmount] : [];
      });
      const funds = atlas.opportunities.flatMap((entry) => (entry.data.fundsInPlace ?? []).filter((payment) => payment.date.startsWith(year)).map((payment) => payment.amount));
      expect(byYear.get(`${year}|signed`), year).toBe(exact(signed));
      expect(byYear.get(`${year}|funds`), year).toBe(exact(funds));
    }
  });

  test('the page runs no script: nothing beyond what a plain content page has', async () => {
    for (const locale of ['zh', 'en']) {
      const scripts = (page: HTMLElement) => page.querySelectorAll('script').map((script) => script.getAttribute('type') ?? 'script');
      expect(scripts(await readPage(`/${locale}/stats/`))).toEqual(scripts(await readPage(`/${locale}/data/`)));
      expect((await readPage(`/${locale}/stats/`)).querySelectorAll('script:not([type="application/ld+json"])')).toHaveLength(0);
    }
  });

  test('every figure is in the CSV linked beside the charts, labels in both languages', async () => {
    const page = await readPage('/en/stats/');
    const href = page.querySelector('.dashboard-csv a')!.getAttribute('href')!;
    expect(href).toBe('/data/stats/guide.csv');
    const rows: Record<string, string>[] = parseCsv(readFileSync(path.join(builtSite, href), 'utf8'), { columns: true, bom: true });
    for (const block of chartBlocks(page)) {
      const chart = block.getAttribute('data-chart-block');
      for (const cell of block.querySelectorAll('td[data-value]')) {
        const inCsv = rows.filter((row) => row.chart === chart && row.row === cell.getAttribute('data-row') && row.series === cell.getAttribute('data-series'));
        const written = inCsv.map((row) => (row.currency ? `${row.currency} ${row.value}` : row.value)).sort().join('; ');
        expect(written, `${chart} ${cell.getAttribute('data-row')}`).toBe(cell.getAttribute('data-value'));
      }
    }
    expect(rows.find((row) => row.chart === 'funnel' && row.row === 'producing')).toMatchObject({ label_zh: '已投产', label_en: 'In production' });
  });

  test('the footer of every page links to it', async () => {
    expect((await readPage('/zh/')).querySelector('.site-footer a[href="/zh/stats/"]')).not.toBeNull();
    expect(text((await readPage('/en/regions/')).querySelector('.site-footer a[href="/en/stats/"]'))).toBe('Pipeline statistics');
  });
});

describe('region and chain pages count their own projects', () => {
  test('a region counts its projects and those of the places within it; its CSV is linked', async () => {
    const inRegion = atlas.opportunitiesInRegion('jiutai');
    expect(inRegion.some((entry) => entry.data.region === 'jiutai-devzone')).toBe(true);
    const page = await readPage('/zh/regions/jiutai/');
    const counts = figuresOf(page.querySelector('[data-chart-block="stage-counts"]')!, 'td[data-value]');
    const total = [...counts.values()].reduce((sum, value) => sum + Number(value), 0);
    const expired = inRegion.filter((entry) => !signedOrLater.includes(entry.data.stage) && isPastValidity(entry.data.validUntil, testToday)).length;
    expect(total).toBe(inRegion.length - expired);
    expect(page.querySelector('.pipeline-section .dashboard-csv a')?.getAttribute('href')).toBe('/data/stats/regions/jiutai.csv');
    expect(existsSync(path.join(builtSite, 'data/stats/regions/jiutai.csv'))).toBe(true);
  });

  test('a chain page has the section; a chart with no data says so in words', async () => {
    const page = await readPage('/en/chains/pv-new-energy/');
    const producing = figuresOf(page.querySelector('[data-chart-block="stage-counts"]')!, 'td[data-value]').get('producing|count');
    expect(producing).toBe(String(atlas.opportunitiesInChain('pv-new-energy').filter((entry) => entry.data.stage === 'producing').length));
    // Medical devices: projects on offer, none signed, so no money by year.
    const quiet = await readPage('/en/chains/medical-devices/');
    expect(text(quiet.querySelector('[data-chart-block="by-year"] [data-no-data]'))).toBe('No data yet: no project entry records these figures.');
    expect(quiet.querySelector('[data-chart-block="by-year"] svg')).toBeNull();
  });
});

describe('an opportunity page shows its history', () => {
  test.each([
    ['zh', '项目进程', '已投产', '签约金额', '15亿元'],
    ['en', 'Project history', 'In production', 'Signed amount', 'CNY 1.5 billion'],
  ] as const)('%s', async (locale, heading, stage, signedLabel, signed) => {
    const page = await readPage(`/${locale}/opportunities/jiutai-truking-huatong-new-plant/`);
    const history = page.querySelector('#history-heading')!.parentNode as HTMLElement;
    expect(text(history.querySelector('h2'))).toBe(heading);
    const items = history.querySelectorAll('li');
    expect(items.map((item) => item.getAttribute('data-stage'))).toEqual(['signed', 'landed', 'started', 'producing']);
    expect(text(items[3])).toContain(stage);
    expect(text(items[3])).toContain(locale === 'zh' ? '2023年7月20日' : '20 Jul 2023');
    const facts = page.querySelector('table.facts')!;
    const row = facts.querySelectorAll('tr').find((candidate) => text(candidate.querySelector('th')) === signedLabel);
    expect(text(row?.querySelector('td'))).toBe(signed);
    expect(page.querySelector('#funds-heading')).not.toBeNull();
  });
});
