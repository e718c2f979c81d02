import AxeBuilder from '@axe-core/playwright';
import { describe, expect, inject, test } from 'vitest';
import { watchForProblems } from '../support/browser.ts';
import { useBrowser } from '../support/browser-suite.ts';
import { locales, samplePageTypes } from '../support/page-types.ts';

const siteUrl = inject('siteUrl');
const browser = useBrowser();
// One test per page: a slow machine gives each page its own time, and a failure names the page.
const pageTypes = await samplePageTypes();

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

describe('axe finds no violations on any page type, in either language', () => {
  describe.each(locales)('%s pages', (locale) => {
    test.each(pageTypes)('%s', async (path) => {
      const context = await browser().newContext();
      const page = await context.newPage();
      const problems = watchForProblems(page);
      await page.goto(`${siteUrl}/${locale}/${path}`);
      if (path.startsWith('search/')) await page.locator('[data-search-results] li').first().waitFor();
      const results = await new AxeBuilder({ page }).withTags(wcag).disableRules(['target-size']).analyze();
      // Map markers may crowd each other when zoomed out; each has an equivalent full-size link
      // in the plain list of places beside the map (WCAG 2.5.8's "equivalent" exception).
      const targets = await new AxeBuilder({ page }).withRules(['target-size']).exclude('.leaflet-marker-pane').analyze();
      const violations = [...results.violations, ...targets.violations].map(
        (violation) => `${locale}/${path}: ${violation.id} (${violation.nodes.length}) ${violation.nodes[0]?.target.join(' ')}`,
      );
      // The CSP must not block anything the page itself ships.
      expect(problems, `${locale}/${path}`).toEqual([]);
      await context.close();
      expect(violations).toEqual([]);
    });
  });

  test('the not-found page', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(`${siteUrl}/404.html`);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
    await context.close();
  });
});
