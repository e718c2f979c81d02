import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { watchForProblems } from '../support/browser.ts';
import { useBrowser } from '../support/browser-suite.ts';

const siteUrl = inject('siteUrl');
const browser = useBrowser();

const visibleCount = (page: Page) => page.locator('[data-filter-item]:visible').count();

/** The option of a facet with the fewest (but some) entries, so choosing it must narrow the list. */
async function narrowestOption(page: Page, facet: string): Promise<string> {
  const options = await page.locator(`select[name="${facet}"] option`).evaluateAll((elements) =>
    elements.map((element) => ({ value: (element as HTMLOptionElement).value, count: Number(/\((\d+)\)\s*$/.exec(element.textContent ?? '')?.[1] ?? 0) })),
  );
  const choices = options.filter((option) => option.value !== '' && option.count > 0).sort((a, b) => a.count - b.count);
  return choices[0].value;
}

describe('opportunity filters with JavaScript', () => {
  test('choosing a region narrows the list instantly, counts it and puts it in the URL', async () => {
    const page = await browser().newPage();
    const problems = watchForProblems(page);
    await page.goto(`${siteUrl}/zh/opportunities/`);
    await expect.poll(() => page.locator('atlas-filter[data-enhanced]').count()).toBe(1);
    const total = await visibleCount(page);
    const region = await narrowestOption(page, 'region');
    await page.selectOption('select[name="region"]', region);
    const shown = await visibleCount(page);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(total);
    expect(new URL(page.url()).searchParams.get('region')).toBe(region);
    await expect.poll(() => page.locator('[data-filter-status]').textContent()).toBe(`显示 ${shown} / ${total} 项`);
    for (const item of await page.locator('[data-filter-item]:visible').all()) {
      expect((await item.getAttribute('data-facet-region'))?.split(' ')).toContain(region);
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  test('a shared URL opens with the same filters applied', async () => {
    const page = await browser().newPage();
    await page.goto(`${siteUrl}/en/opportunities/`);
    const stage = await narrowestOption(page, 'stage');
    await page.goto(`${siteUrl}/en/opportunities/?stage=${stage}`);
    await expect.poll(() => page.locator('select[name="stage"]').inputValue()).toBe(stage);
    for (const item of await page.locator('[data-filter-item]:visible').all()) {
      expect(await item.getAttribute('data-facet-stage')).toBe(stage);
    }
    await page.close();
  });

  test('sorting by investment puts the largest first', async () => {
    const page = await browser().newPage();
    await page.goto(`${siteUrl}/en/opportunities/`);
    await page.selectOption('select[name="sort"]', 'investment:desc');
    const values = await page.locator('[data-filter-item]').evaluateAll((elements) => elements.map((element) => Number(element.getAttribute('data-sort-investment'))));
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(new URL(page.url()).searchParams.get('sort')).toBe('investment:desc');
    await page.close();
  });

  test('clearing the filters shows everything again', async () => {
    const page = await browser().newPage();
    await page.goto(`${siteUrl}/zh/opportunities/`);
    const total = await visibleCount(page);
    await page.selectOption('select[name="industry"]', await narrowestOption(page, 'industry'));
    expect(await visibleCount(page)).toBeLessThan(total);
    await page.click('button[type="reset"]');
    await expect.poll(() => visibleCount(page)).toBe(total);
    expect(new URL(page.url()).search).toBe('');
    await page.close();
  });

  test('a combination with no match says so', async () => {
    const page = await browser().newPage();
    await page.goto(`${siteUrl}/en/opportunities/`);
    await expect.poll(() => page.locator('atlas-filter[data-enhanced]').count()).toBe(1);
    // Find a region and a chain that no opportunity shares.
    const pair = await page.evaluate(() => {
      const items = [...document.querySelectorAll('[data-filter-item]')];
      const optionsOf = (name: string) => [...document.querySelectorAll(`select[name="${name}"] option`)].map((option) => (option as HTMLOptionElement).value).filter(Boolean);
      for (const region of optionsOf('region')) {
        for (const chain of optionsOf('chain')) {
          const both = items.some((item) => item.getAttribute('data-facet-region')?.split(' ').includes(region) && item.getAttribute('data-facet-chain') === chain);
          if (!both) return { region, chain };
        }
      }
      return null;
    });
    expect(pair).not.toBeNull();
    await page.selectOption('select[name="region"]', pair!.region);
    await page.selectOption('select[name="chain"]', pair!.chain);
    expect(await visibleCount(page)).toBe(0);
    await expect.poll(() => page.locator('[data-filter-empty]').isVisible()).toBe(true);
    expect(await page.locator('[data-filter-status]').textContent()).toMatch(/^Showing 0 of \d+$/);
    await page.close();
  });
});

describe('filters without JavaScript', () => {
  test('choosing an option still narrows the list, through CSS alone', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${siteUrl}/zh/opportunities/`);
    expect(await page.locator('atlas-filter[data-enhanced]').count()).toBe(0);
    const total = await visibleCount(page);
    const chain = await narrowestOption(page, 'chain');
    await page.selectOption('select[name="chain"]', chain);
    const shown = await visibleCount(page);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(total);
    for (const item of await page.locator('[data-filter-item]:visible').all()) {
      expect(await item.getAttribute('data-facet-chain')).toBe(chain);
    }
    // Two facets combine.
    const region = await narrowestOption(page, 'region');
    await page.selectOption('select[name="region"]', region);
    expect(await visibleCount(page)).toBeLessThanOrEqual(shown);
    // The sort control needs the script and is not offered without it.
    expect(await page.locator('select[name="sort"]').isHidden()).toBe(true);
    await context.close();
  });

  test('policies filter by status without JavaScript', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${siteUrl}/en/policies/`);
    await page.selectOption('select[name="status"]', 'expired');
    const shown = await page.locator('[data-filter-item]:visible').all();
    expect(shown.length).toBeGreaterThan(0);
    for (const item of shown) expect(await item.getAttribute('data-facet-status')).toBe('expired');
    await context.close();
  });
});
