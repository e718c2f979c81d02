import { describe, expect, inject, test } from 'vitest';
import { parse } from 'node-html-parser';
import type { Page } from 'playwright-core';
import { watchForProblems } from '../support/browser.ts';
import { useBrowser } from '../support/browser-suite.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { sampleContent } from '../support/paths.ts';

const siteUrl = inject('siteUrl');
const browser = useBrowser();

interface Found {
  hrefs: string[];
  count: number;
}

/** Opens the search page for `query` (with what is not current too, when `show`) and waits for its answer. */
async function search(page: Page, locale: 'zh' | 'en' | 'zh-hant', query: string, show = false): Promise<Found> {
  await page.goto(`${siteUrl}/${locale}/search/?q=${encodeURIComponent(query)}${show ? '&expired=show' : ''}`);
  return results(page);
}

async function results(page: Page): Promise<Found> {
  await expect.poll(() => page.locator('[data-search-results]').getAttribute('data-count'), { timeout: 15_000 }).not.toBeNull();
  const hrefs = await page.locator('[data-search-results] li h2 a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return { hrefs, count: Number(await page.locator('[data-search-results]').getAttribute('data-count')) };
}

const expectations: { locale: 'zh' | 'en' | 'zh-hant'; query: string; top5: string; show?: boolean }[] = [
  { locale: 'zh', query: '医疗器械', top5: '/zh/chains/medical-devices/' },
  { locale: 'zh', query: '新能源', top5: '/zh/chains/pv-new-energy/' },
  { locale: 'zh', query: '九台', top5: '/zh/regions/jiutai/' },
  { locale: 'zh', query: '税收优惠', top5: '/zh/policies/national-western-development-cit/' },
  // A signed project is a record, not an offer: found once signed and expired entries are shown.
  { locale: 'zh', query: '康养', top5: '/zh/opportunities/qinhuangdao-sinopharm-wellness-park/', show: true },
  { locale: 'zh', query: 'jiutai', top5: '/zh/regions/jiutai/' },
  { locale: 'en', query: 'medical devices', top5: '/en/chains/medical-devices/' },
  { locale: 'en', query: 'Jinchang', top5: '/en/regions/jinchang/' },
  { locale: 'en', query: 'tax', top5: '/en/policies/national-western-development-cit/' },
  // Articles are found by words of their body, not only their title and summary.
  { locale: 'zh', query: '老厂区', top5: '/zh/articles/truking-huatong-jiutai/' },
  { locale: 'zh', query: '吉商大会', top5: '/zh/articles/jiutai-first-half-2024/' },
  { locale: 'en', query: 'Entrepreneurs', top5: '/en/articles/jiutai-first-half-2024/' },
  { locale: 'en', query: 'sterilise', top5: '/en/articles/truking-huatong-jiutai/' },
  // The Traditional edition has an index of its own, in Traditional characters, with pinyin too.
  { locale: 'zh-hant', query: '鎳鈷', top5: '/zh-hant/chains/nickel-cobalt-materials/' },
  { locale: 'zh-hant', query: '九台', top5: '/zh-hant/regions/jiutai/' },
  { locale: 'zh-hant', query: 'jiutai', top5: '/zh-hant/regions/jiutai/' },
];

describe('the Traditional Chinese index', () => {
  test('answers a Traditional query with Traditional pages only, the match highlighted', async () => {
    const page = await browser().newPage();
    const problems = watchForProblems(page);
    const found = await search(page, 'zh-hant', '鎳鈷');
    expect(found.count).toBeGreaterThan(0);
    expect(found.hrefs.every((href) => href.startsWith('/zh-hant/'))).toBe(true);
    // Pagefind marks Chinese character by character: the marks of the first excerpt spell the query.
    expect((await page.locator('[data-search-results] li').first().locator('.search-excerpt mark').allTextContents()).join('')).toContain('鎳鈷');
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('search finds the expected entry among the first five results', () => {
  test.each(expectations)('$locale: $query → $top5', async ({ locale, query, top5, show }) => {
    const page = await browser().newPage();
    const problems = watchForProblems(page);
    const found = await search(page, locale, query, show);
    expect(found.hrefs.slice(0, 5)).toContain(top5);
    // Every result shows its type and its key fact, and the excerpt highlights what matched.
    const first = page.locator('[data-search-results] li').first();
    expect(await first.locator('.search-badge').textContent()).not.toBe('');
    expect(await first.locator('.search-fact').textContent()).not.toBe('');
    expect(await page.locator('[data-search-results] li .search-excerpt mark').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('what the index leaves out', () => {
  /** What a page gives the index: its main content without the parts marked to be ignored. */
  async function ownText(href: string): Promise<string> {
    const body = parse(await (await fetch(`${siteUrl}${href}`)).text()).querySelector('[data-pagefind-body]');
    for (const ignored of body?.querySelectorAll('[data-pagefind-ignore]') ?? []) ignored.remove();
    return body?.textContent ?? '';
  }

  test('zh: "感兴趣", a word of the enquiry box on every opportunity page, finds no page', async () => {
    const page = await browser().newPage();
    const problems = watchForProblems(page);
    expect((await search(page, 'zh', '感兴趣', true)).count).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('en: "preparatory", a fact label on every opportunity page, finds only pages whose own words match it', async () => {
    const page = await browser().newPage();
    const problems = watchForProblems(page);
    const found = await search(page, 'en', 'preparatory', true);
    const { opportunities } = await loadContent(sampleContent);
    expect(found.count).toBeLessThan(opportunities.length);
    // Pagefind stems English: "preparatory" also finds "prepare" and "preparation".
    for (const href of found.hrefs) expect(await ownText(href), href).toMatch(/prepar/i);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('Chinese queries', () => {
  test('an unspaced two-word query finds no more than the same words with a space, and finds something', async () => {
    const page = await browser().newPage();
    const unspaced = await search(page, 'zh', '冷链物流');
    const spaced = await search(page, 'zh', '冷链 物流');
    expect(unspaced.count).toBeGreaterThan(0);
    expect(unspaced.count).toBeLessThanOrEqual(spaced.count);
    await page.close();
  });

  test('every result of a two-word query holds both words', async () => {
    const page = await browser().newPage();
    const found = await search(page, 'zh', '冷链物流');
    for (const href of found.hrefs) {
      const text = await (await page.request.get(`${siteUrl}${href}`)).text();
      const body = text.slice(text.indexOf('<main'), text.indexOf('</main>')).replace(/<[^>]+>/g, '');
      expect(body, href).toContain('冷链');
      expect(body, href).toContain('物流');
    }
    await page.close();
  });

  test('Chinese typed on the English site suggests the Chinese pages', async () => {
    const page = await browser().newPage();
    const problems = watchForProblems(page);
    await search(page, 'en', '九台');
    const suggestions = page.locator('[data-search-other] a');
    await expect.poll(() => suggestions.evaluateAll((links) => links.map((link) => link.getAttribute('href'))), { timeout: 15_000 }).toContain('/zh/regions/jiutai/');
    expect(await page.locator('[data-search-other]').isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('filters, sorting and the URL', () => {
  test('choosing a type narrows the results to it and keeps the choice in the URL', async () => {
    const page = await browser().newPage();
    const all = await search(page, 'zh', '医疗器械');
    await page.selectOption('select[name="type"]', 'policy');
    await expect.poll(() => new URL(page.url()).searchParams.get('type')).toBe('policy');
    // Wait for the new answer: the count of the previous one stays until it arrives.
    await expect.poll(async () => (await results(page)).count, { timeout: 15_000 }).toBeLessThan(all.count);
    const policies = await results(page);
    expect(policies.count).toBeGreaterThan(0);
    expect(policies.count).toBeLessThan(all.count);
    for (const href of policies.hrefs) expect(href).toMatch(/^\/zh\/policies\//);
    expect(new URL(page.url()).searchParams.get('q')).toBe('医疗器械');
    await page.close();
  });

  test('sorting by investment puts the largest opportunity first', async () => {
    const page = await browser().newPage();
    await page.goto(`${siteUrl}/zh/search/?q=${encodeURIComponent('医疗')}&type=opportunity&sort=investment`);
    const found = await results(page);
    expect(await page.locator('select[name="sort"]').inputValue()).toBe('investment');
    const amounts: number[] = [];
    for (const href of found.hrefs.slice(0, 5)) {
      const html = await (await page.request.get(`${siteUrl}${href}`)).text();
      amounts.push(Number(/data-pagefind-sort="investment">(\d+)</.exec(html)?.[1]));
    }
    expect(amounts.length).toBeGreaterThan(1);
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    await page.close();
  });
});

describe('the header search box and awkward input', () => {
  test('typing in the header box and pressing Enter opens the search page with results', async () => {
    const page = await browser().newPage();
    await page.goto(`${siteUrl}/zh/regions/jiutai/`);
    await page.locator('header input[name="q"]').focus();
    await page.keyboard.type('康养');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/zh\/search\/\?q=/);
    expect((await results(page)).count).toBeGreaterThan(0);
    expect(await page.locator('#search-query').inputValue()).toBe('康养');
    await page.close();
  });

  test('punctuation alone gives a clear "nothing found" with chains and regions to browse, and no error', async () => {
    const page = await browser().newPage();
    const problems = watchForProblems(page);
    await page.goto(`${siteUrl}/zh/search/?q=${encodeURIComponent('，。！？……')}`);
    await expect.poll(() => page.locator('[data-search-status]').textContent()).toContain('没有找到');
    expect(await page.locator('[data-search-browse] a').first().isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('very long input and markup in the query are searched as text, never run', async () => {
    const page = await browser().newPage();
    const problems = watchForProblems(page);
    const found = await search(page, 'en', `<img src=x onerror="document.title='hacked'"> ${'tax '.repeat(500)}`);
    expect(found.count).toBeGreaterThanOrEqual(0);
    expect(await page.locator('atlas-search img').count()).toBe(0);
    expect(await page.title()).not.toBe('hacked');
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('long result lists', () => {
  test('"show more" adds the next results and takes keyboard focus to the first of them', async () => {
    const page = await browser().newPage();
    const first = await search(page, 'en', 'Jinchang');
    expect(first.count).toBeGreaterThan(10);
    expect(first.hrefs).toHaveLength(10);
    await page.locator('[data-search-more]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-search-results] li').count()).toBeGreaterThan(10);
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    const eleventh = await page.locator('[data-search-results] li').nth(10).locator('a').getAttribute('href');
    expect(focused).toBe(eleventh);
    await page.close();
  });
});
