import AxeBuilder from '@axe-core/playwright';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { translationGaps } from '../../src/lib/translation-gaps.ts';
import { watchForProblems } from '../support/browser.ts';
import { useBrowser } from '../support/browser-suite.ts';
import { sampleContent } from '../support/paths.ts';

const siteUrl = inject('siteUrl');
const browser = useBrowser();
let pageTypes: string[] = [];

beforeAll(async () => {
  const content = await loadContent(sampleContent);
  const [untranslated] = translationGaps(content);
  const first = (section: 'regions' | 'chains' | 'opportunities' | 'policies') => content[section][0].id;
  pageTypes = [
    '',
    'regions/',
    `regions/${first('regions')}/`,
    'chains/',
    `chains/${first('chains')}/`,
    'opportunities/',
    `opportunities/${first('opportunities')}/`,
    `opportunities/${untranslated.id}/`,
    'policies/',
    `policies/${first('policies')}/`,
    'map/',
    // Results are drawn by the search script: the page is checked with them on it.
    'search/?q=jinchang',
  ];
});

describe('axe finds no violations on any page type, in either language', () => {
  for (const locale of ['zh', 'en']) {
    test(`${locale} pages`, async () => {
      const violations: string[] = [];
      for (const path of pageTypes) {
        const context = await browser().newContext();
        const page = await context.newPage();
        const problems = watchForProblems(page);
        await page.goto(`${siteUrl}/${locale}/${path}`);
        if (path.startsWith('search/')) await page.locator('[data-search-results] li').first().waitFor();
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
        for (const violation of results.violations) {
          violations.push(`${locale}/${path}: ${violation.id} (${violation.nodes.length}) ${violation.nodes[0]?.target.join(' ')}`);
        }
        // The CSP must not block anything the page itself ships.
        expect(problems, `${locale}/${path}`).toEqual([]);
        await context.close();
      }
      expect(violations).toEqual([]);
    });
  }

  test('the not-found page', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(`${siteUrl}/404.html`);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
    await context.close();
  });
});
