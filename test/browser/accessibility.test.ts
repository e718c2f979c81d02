import AxeBuilder from '@axe-core/playwright';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { buildAtlas } from '../../src/lib/atlas.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { kioskSlides } from '../../src/lib/kiosk/slides.ts';
import { kioskPath } from '../../src/lib/kiosk/urls.ts';
import { translationGaps } from '../../src/lib/translation-gaps.ts';
import { watchForProblems } from '../support/browser.ts';
import { useBrowser } from '../support/browser-suite.ts';
import { sampleContent, testToday } from '../support/paths.ts';

const siteUrl = inject('siteUrl');
const browser = useBrowser();
let pageTypes: string[] = [];

beforeAll(async () => {
  const content = await loadContent(sampleContent);
  const [untranslated] = translationGaps(content);
  const atlas = buildAtlas({ ...content, site: content.site.data }, testToday);
  const slides = kioskSlides(atlas, atlas.site.kiosk);
  const kioskPages = ['kiosk/', ...(['opportunities', 'chains', 'regions'] as const).map((kind) => kioskPath('zh', slides.find((slide) => slide.kind === kind)).replace(/^\/zh\//, ''))];
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
    // The expo kiosk: the loop and one detail page of each kind.
    ...kioskPages,
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
