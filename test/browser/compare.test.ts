import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { watchForProblems } from '../support/browser.ts';
import { useBrowser } from '../support/browser-suite.ts';

const siteUrl = inject('siteUrl');
const browser = useBrowser();

/** The regions whose column header is on screen, in order. */
const shownColumns = (page: Page) => page.locator('.compare-table thead th[data-region]:visible').evaluateAll((cells) => cells.map((cell) => (cell as HTMLElement).dataset.region));
const picked = (page: Page) => new URL(page.url()).searchParams.get('regions');

describe('comparing the cost of doing business with JavaScript', () => {
  test('picking regions shows only their columns and writes them in the address; a reload keeps the pick', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    const problems = watchForProblems(page);
    await page.goto(`${siteUrl}/zh/compare/`);
    await page.locator('[data-picker]').waitFor({ state: 'visible' });
    const all = await shownColumns(page);
    expect(all.length).toBeGreaterThanOrEqual(5);

    await page.check(`input[value="${all[3]}"]`);
    await page.check(`input[value="${all[0]}"]`);
    expect(await shownColumns(page)).toEqual([all[0], all[3]]);
    expect(picked(page)).toBe(`${all[3]},${all[0]}`);
    await expect.poll(() => page.locator('[data-status]').textContent()).toBe(`显示 2 / ${all.length} 个地区`);
    // Every row keeps a cell per shown column, none blank.
    for (const row of await page.locator('.compare-table tbody tr').all()) {
      const cells = row.locator('td:visible');
      expect(await cells.count()).toBe(2);
      for (const text of await cells.allTextContents()) expect(text.trim()).not.toBe('');
    }

    // Four at most: the rest cannot be ticked until one is taken off.
    await page.check(`input[value="${all[1]}"]`);
    await page.check(`input[value="${all[2]}"]`);
    expect(await shownColumns(page)).toEqual(all.slice(0, 4));
    expect(await page.locator(`input[value="${all[4]}"]`).isDisabled()).toBe(true);

    await page.uncheck(`input[value="${all[1]}"]`);
    expect(await page.locator(`input[value="${all[4]}"]`).isDisabled()).toBe(false);
    const kept = picked(page);
    expect(kept).toBe(`${all[3]},${all[0]},${all[2]}`);

    await page.reload();
    await page.locator('[data-picker]').waitFor({ state: 'visible' });
    expect(await shownColumns(page)).toEqual([all[0], all[2], all[3]]);
    expect(await page.locator('[data-picker] input:checked').evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value))).toEqual([all[0], all[2], all[3]]);

    await page.click('[data-show-all]');
    expect(await shownColumns(page)).toEqual(all);
    expect(picked(page)).toBeNull();
    expect(problems).toEqual([]);
    await page.close();
  });

  test('a shared link opens with its regions; unknown ids are ignored', async () => {
    const page = await browser().newPage();
    await page.goto(`${siteUrl}/en/compare/?regions=yibin,nowhere,jinchang`);
    await page.locator('[data-picker]').waitFor({ state: 'visible' });
    expect((await shownColumns(page)).sort()).toEqual(['jinchang', 'yibin']);
    await page.close();
  });

  test("a region page's compare link opens the page with that region picked", async () => {
    const page = await browser().newPage();
    await page.goto(`${siteUrl}/en/regions/qinhuangdao/`);
    await page.click('#costs-heading ~ p a[href*="compare"]');
    await page.locator('[data-picker]').waitFor({ state: 'visible' });
    expect(await shownColumns(page)).toEqual(['qinhuangdao']);
    expect(await page.locator('input[value="qinhuangdao"]').isChecked()).toBe(true);
    await page.close();
  });

  test('on a phone the table scrolls sideways inside its box, never the page', async () => {
    const page = await browser().newPage({ viewport: { width: 390, height: 844 } });
    for (const locale of ['zh', 'en']) {
      await page.goto(`${siteUrl}/${locale}/compare/`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, locale).toBeLessThanOrEqual(0);
      const box = page.locator('.compare-table').locator('xpath=..');
      expect(await box.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    }
    await page.close();
  });

  test('axe finds no violations with a pick made, in either language', async () => {
    for (const locale of ['zh', 'en']) {
      const context = await browser().newContext();
      const page = await context.newPage();
      await page.goto(`${siteUrl}/${locale}/compare/?regions=yibin,luohe`);
      await page.locator('[data-picker]').waitFor({ state: 'visible' });
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
      expect(results.violations.map((violation) => `${locale}: ${violation.id} ${violation.nodes[0]?.target.join(' ')}`)).toEqual([]);
      await context.close();
    }
  });
});
