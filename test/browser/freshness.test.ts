/**
 * Expired entries in Chromium: hidden from the lists and the map by default, shown with the
 * show-expired filter (with and without JavaScript, kept in the URL), each with its badge, and
 * the map popup of an expired opportunity saying so in words. Projects signed or later are
 * hidden and shown by the same filter, with their stage and no expired badge.
 */
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { watchForProblems } from '../support/browser.ts';
import { useBrowser } from '../support/browser-suite.ts';

const siteUrl = inject('siteUrl');
const browser = useBrowser();

const visible = (page: Page, selector = '[data-filter-item]') => page.locator(`${selector}:visible`).count();
const expiredVisible = (page: Page) => page.locator('[data-filter-item][data-facet-expired="show"]:visible').count();
/** A sample project at "producing": a record of a deal, not an offer. */
const signedHref = (locale: string) => `/${locale}/opportunities/jiutai-truking-huatong-new-plant/`;

describe('the show-expired filter with JavaScript', () => {
  test('the opportunity list opens without expired entries; "show" brings them back with their badge and puts it in the URL', async () => {
    const page = await browser().newPage();
    const problems = watchForProblems(page);
    await page.goto(`${siteUrl}/en/opportunities/`);
    await expect.poll(() => page.locator('atlas-filter[data-enhanced]').count()).toBe(1);
    const all = await page.locator('[data-filter-item]').count();
    const expired = await page.locator('[data-filter-item][data-facet-expired="show"]').count();
    expect(expired).toBeGreaterThan(0);
    expect(await expiredVisible(page)).toBe(0);
    expect(await visible(page)).toBe(all - expired);
    expect(await page.locator('[data-filter-status]').textContent()).toBe(`Showing ${all - expired} of ${all - expired}`);

    await page.selectOption('select[name="expired"]', 'show');
    expect(await visible(page)).toBe(all);
    expect(new URL(page.url()).searchParams.get('expired')).toBe('show');
    expect(await page.locator('[data-filter-status]').textContent()).toBe(`Showing ${all} of ${all}`);
    for (const item of await page.locator('[data-filter-item][data-facet-expired="show"]').all()) expect(await item.isVisible()).toBe(true);
    const badges = await page.locator('[data-filter-item] .badge-alert').all();
    expect(badges.length).toBeGreaterThan(0);
    expect(badges.length).toBeLessThan(expired);
    for (const badge of badges) {
      expect(await badge.textContent()).toBe('Offer expired');
      expect(await badge.isVisible()).toBe(true);
    }

    // A shared link opens with them shown; clearing the filters hides them again and empties the URL.
    await page.goto(`${siteUrl}/en/opportunities/?expired=show`);
    await expect.poll(() => page.locator('select[name="expired"]').inputValue()).toBe('show');
    expect(await visible(page)).toBe(all);
    await page.click('button[type="reset"]');
    await expect.poll(() => expiredVisible(page)).toBe(0);
    expect(new URL(page.url()).search).toBe('');
    expect(problems).toEqual([]);
    await page.close();
  });

  test('choosing status "expired" on the policy list shows the expired policies, marked', async () => {
    const page = await browser().newPage();
    await page.goto(`${siteUrl}/zh/policies/`);
    await expect.poll(() => page.locator('atlas-filter[data-enhanced]').count()).toBe(1);
    expect(await expiredVisible(page)).toBe(0);
    await page.selectOption('select[name="status"]', 'expired');
    const shown = await page.locator('[data-filter-item]:visible').all();
    expect(shown.length).toBeGreaterThan(0);
    for (const item of shown) {
      expect(await item.getAttribute('data-facet-status')).toBe('expired');
      expect(await item.locator('.badge-alert').textContent()).toBe('已失效');
    }
    await page.close();
  });
});

describe('the show-expired filter without JavaScript', () => {
  test('CSS hides expired entries until "show" is chosen, and the count follows', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${siteUrl}/zh/opportunities/`);
    const all = await page.locator('[data-filter-item]').count();
    const expired = await page.locator('[data-filter-item][data-facet-expired="show"]').count();
    expect(expired).toBeGreaterThan(0);
    expect(await visible(page)).toBe(all - expired);
    expect(await page.locator('[data-filter-status]').innerText()).toBe(`共 ${all - expired} 项`);
    await page.selectOption('select[name="expired"]', 'show');
    expect(await visible(page)).toBe(all);
    expect(await page.locator('[data-filter-status]').innerText()).toBe(`共 ${all} 项`);
    // Other facets still combine with it.
    await page.selectOption('select[name="expired"]', 'hide');
    expect(await expiredVisible(page)).toBe(0);
    await context.close();
  });

  test('a region page folds its expired opportunities away; opening the fold shows them with the badge', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${siteUrl}/en/regions/jinchang/`);
    const fold = page.locator('#opportunities-heading ~ details[data-expired-entries]');
    const badge = fold.locator('.badge-alert').first();
    expect(await badge.isVisible()).toBe(false);
    await fold.locator('summary').click();
    expect(await badge.isVisible()).toBe(true);
    expect(await badge.textContent()).toBe('Offer expired');
    await context.close();
  });
});

describe('the map', () => {
  /** How many opportunities the map shows: the counts of its clusters plus its single markers. */
  const onMap = (page: Page) =>
    page.evaluate(() => {
      const clusters = [...document.querySelectorAll('.marker-cluster')].reduce((sum, cluster) => sum + Number(cluster.textContent), 0);
      return clusters + document.querySelectorAll('img.leaflet-marker-icon').length;
    });

  test('expired opportunities are off the map by default; shown on request, their popup carries the badge', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    const problems = watchForProblems(page);
    await page.goto(`${siteUrl}/en/map/`);
    await page.locator('atlas-map[data-map-ready][data-outline="drawn"]').waitFor({ state: 'attached' });
    const all = await page.locator('[data-map-place="opportunity"]').count();
    // Hidden by default: expired offers and projects signed or later.
    const expired = await page.locator('[data-map-place="opportunity"][data-facet-expired="show"]').count();
    expect(expired).toBeGreaterThan(await page.locator('[data-map-place="opportunity"][data-expired]').count());
    await expect.poll(() => onMap(page)).toBe(all - expired);
    expect(await page.locator('[data-filter-status]').textContent()).toContain(`of ${all - expired}`);

    // One expired place, alone on the map: its region and "show".
    const item = page.locator('[data-map-place="opportunity"][data-expired]').first();
    const region = (await item.getAttribute('data-facet-region'))!.split(' ')[0];
    const heading = page.locator('.places-heading').filter({ has: page.locator('[data-count-expired]') });
    expect(await heading.innerText()).toBe(`Opportunities (${all - expired})`);
    await page.selectOption('select[name="expired"]', 'show');
    await expect.poll(() => onMap(page)).toBe(all);
    expect(await heading.innerText()).toBe(`Opportunities (${all})`);
    expect(new URL(page.url()).searchParams.get('expired')).toBe('show');
    await page.selectOption('select[name="region"]', region);
    expect(await item.isVisible()).toBe(true);
    expect(await item.locator('[data-place-expired]').textContent()).toBe('Offer expired');

    const name = (await item.getAttribute('data-name')) ?? (await item.locator('a').textContent())!.trim();
    const marker = page.getByRole('button', { name, exact: true });
    for (let attempt = 0; attempt < 8 && !(await marker.isVisible()); attempt += 1) {
      await page.locator('.marker-cluster').first().click();
      await page.waitForTimeout(400);
    }
    await marker.click();
    const popup = page.locator('.leaflet-popup');
    await popup.waitFor();
    expect(await popup.locator('[data-expired-badge]').textContent()).toBe('Past its valid-until date');
    expect(await popup.locator('[data-expired-badge]').isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('search', () => {
  test('an expired opportunity is left out of results by default and found, marked, when expired entries are shown', async () => {
    const page = await browser().newPage();
    const href = await (async () => {
      await page.goto(`${siteUrl}/zh/opportunities/?expired=show`);
      return page.locator('[data-filter-item][data-facet-expired="show"]:has(.badge-alert) a').first().getAttribute('href');
    })();
    const title = (await page.locator(`[data-filter-item] a[href="${href}"]`).textContent())!.trim();
    const hrefs = async () => {
      await expect.poll(() => page.locator('[data-search-results]').getAttribute('data-count'), { timeout: 15_000 }).not.toBeNull();
      return page.locator('[data-search-results] li h2 a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    };
    await page.goto(`${siteUrl}/zh/search/?q=${encodeURIComponent(title)}`);
    expect(await page.locator('select[name="expired"]').inputValue()).toBe('hide');
    expect(await hrefs()).not.toContain(href);

    await page.goto(`${siteUrl}/zh/search/?q=${encodeURIComponent(title)}&expired=show`);
    expect(await page.locator('select[name="expired"]').inputValue()).toBe('show');
    expect(await hrefs()).toContain(href);
    const result = page.locator('[data-search-results] li').filter({ has: page.locator(`a[href="${href}"]`) });
    expect(await result.locator('[data-expired-badge]').textContent()).toBe('已过有效期');
    await page.close();
  });
});

describe('projects signed or later', () => {
  test('the opportunity list and the map list hide a producing project until the filter shows it, unmarked as expired', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    const problems = watchForProblems(page);
    await page.goto(`${siteUrl}/zh/opportunities/`);
    await expect.poll(() => page.locator('atlas-filter[data-enhanced]').count()).toBe(1);
    const card = page.locator(`[data-filter-item]:has(a[href="${signedHref('zh')}"])`);
    expect(await card.isVisible()).toBe(false);
    expect(await page.locator('select[name="expired"] option').allTextContents()).toEqual([
      expect.stringContaining('仅显示在招项目'),
      expect.stringContaining('同时显示已签约及已过期项目'),
    ]);
    await page.selectOption('select[name="expired"]', 'show');
    expect(await card.isVisible()).toBe(true);
    expect(await card.locator('.badge-alert').count()).toBe(0);
    expect(await card.locator('.tag').allTextContents()).toContain('已投产');

    await page.goto(`${siteUrl}/en/map/`);
    await page.locator('atlas-map[data-map-ready]').waitFor({ state: 'attached' });
    const place = page.locator(`[data-map-place="opportunity"]:has(a[href="${signedHref('en')}"])`);
    expect(await place.isVisible()).toBe(false);
    await page.selectOption('select[name="expired"]', 'show');
    expect(await place.isVisible()).toBe(true);
    expect(await place.locator('[data-place-expired]').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('search leaves a producing project out by default and finds it, unmarked, with the filter', async () => {
    const page = await browser().newPage();
    await page.goto(`${siteUrl}/zh/opportunities/?expired=show`);
    const title = (await page.locator(`[data-filter-item] a[href="${signedHref('zh')}"]`).first().textContent())!.trim();
    const hrefs = async () => {
      await expect.poll(() => page.locator('[data-search-results]').getAttribute('data-count'), { timeout: 15_000 }).not.toBeNull();
      return page.locator('[data-search-results] li h2 a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    };
    await page.goto(`${siteUrl}/zh/search/?q=${encodeURIComponent(title)}`);
    expect(await hrefs()).not.toContain(signedHref('zh'));
    await page.goto(`${siteUrl}/zh/search/?q=${encodeURIComponent(title)}&expired=show`);
    expect(await hrefs()).toContain(signedHref('zh'));
    const result = page.locator('[data-search-results] li').filter({ has: page.locator(`a[href="${signedHref('zh')}"]`) });
    expect(await result.locator('[data-expired-badge]').count()).toBe(0);
    await page.close();
  });
});
