import { describe, expect, test } from 'vitest';
import { javascriptBudgets, kioskLoopGzippedKiB, opportunityHtmlBudget } from '../support/budgets.ts';
import { htmlBytes, javascriptBytes } from '../support/page-weight.ts';
import { pagePaths, readPage } from '../support/site.ts';

describe('a page pays only for the interactivity it uses', () => {
  for (const budget of javascriptBudgets) {
    test.each(budget.pages)(`%s (${budget.label}) runs at most ${budget.maxKiB} KiB of gzipped JavaScript`, async (page) => {
      const bytes = await javascriptBytes(page);
      expect(bytes).toBeLessThanOrEqual(budget.maxKiB * 1024);
      // A page with a budget for script must still have its script: nothing was lost on the way.
      if (budget.maxKiB > 0) expect(bytes).toBeGreaterThan(0);
    });
  }
});

describe('pages stay light on a phone', () => {
  const { maxKiB, maxGzippedKiB } = opportunityHtmlBudget;
  test(`every opportunity page is at most ${maxKiB} KiB of HTML, ${maxGzippedKiB} KiB gzipped`, async () => {
    const pages = (await pagePaths()).filter((page) => /^\/(zh|en)\/opportunities\/[^/]+\/$/.test(page));
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const { raw, gzipped } = await htmlBytes(page);
      expect(raw, page).toBeLessThanOrEqual(maxKiB * 1024);
      expect(gzipped, page).toBeLessThanOrEqual(maxGzippedKiB * 1024);
    }
  });
});

describe('a phone on a slow line paints without waiting on many stylesheets', () => {
  // Each render-blocking stylesheet is a request a first paint waits for; per-component sheets
  // once made a region page wait on 18 of them. The site's styles come as one shared file.
  test('every page links at most two stylesheets that block its first paint (print and map sheets do not)', async () => {
    const pages = (await pagePaths()).filter((page) => page.endsWith('/'));
    expect(pages.length).toBeGreaterThan(100);
    for (const page of pages) {
      const document = await readPage(page);
      const blocking = document.querySelectorAll('head link[rel="stylesheet"]').filter((link) => link.getAttribute('media') !== 'print');
      expect(blocking.length, page).toBeGreaterThan(0);
      expect(blocking.length, page).toBeLessThanOrEqual(2);
    }
  });
});

describe('the expo kiosk loads once and then runs offline all day', () => {
  test.each(['/zh/kiosk/', '/en/kiosk/'])(`the loop page %s stays under ${kioskLoopGzippedKiB} KiB gzipped`, async (page) => {
    expect((await htmlBytes(page)).gzipped).toBeLessThan(kioskLoopGzippedKiB * 1024);
  });
});
