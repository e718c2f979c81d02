/**
 * Freshness in the built sample guide: opportunities past their valid-until date and expired
 * policies are marked wherever they are listed, hidden from lists by default, and never counted
 * as open (home, regions, chains, map, kiosk, search).
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { buildAtlas, type Atlas, type Entry } from '../../src/lib/atlas.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import type { Opportunity, Policy } from '../../src/schemas/index.ts';
import { sampleContent, testToday } from '../support/paths.ts';
import { readPage, text } from '../support/site.ts';

let atlas: Atlas;
let expired: Entry<Opportunity>[];
let expiredPolicies: Entry<Policy>[];
beforeAll(async () => {
  const content = await loadContent(sampleContent);
  atlas = buildAtlas({ ...content, site: content.site.data }, testToday);
  expired = atlas.opportunities.filter((entry) => entry.data.validUntil !== undefined && entry.data.validUntil < testToday);
  expiredPolicies = atlas.policies.filter((entry) => entry.data.expires !== undefined && entry.data.expires < testToday);
});

const badge = { zh: '已过有效期', en: 'Offer expired' } as const;
const policyBadge = { zh: '已失效', en: 'Expired' } as const;
const locales = ['zh', 'en'] as const;
const hrefOf = (locale: string, section: string, id: string) => `/${locale}/${section}/${id}/`;
const number = (value: string | undefined) => Number(/\d+/.exec(value ?? '')?.[0]);

test('the sample has expired opportunities (one of them featured) and expired policies, so nothing here passes vacuously', () => {
  expect(expired.length).toBeGreaterThanOrEqual(2);
  expect(expired.some((entry) => entry.data.featured)).toBe(true);
  expect(expiredPolicies.length).toBeGreaterThanOrEqual(1);
});

describe('lists', () => {
  test.each(locales)('the opportunity list (%s) hides expired entries by default, with a filter to show them, each with its badge', async (locale) => {
    const page = await readPage(`/${locale}/opportunities/`);
    const items = page.querySelectorAll('[data-filter-item]');
    expect(items).toHaveLength(atlas.opportunities.length);
    const select = page.querySelector('select[name="expired"]')!;
    expect(select.getAttribute('data-default')).toBe('hide');
    expect(select.querySelector('option[selected]')?.getAttribute('value')).toBe('hide');
    for (const entry of expired) {
      const item = items.find((candidate) => candidate.querySelector('a')?.getAttribute('href') === hrefOf(locale, 'opportunities', entry.id))!;
      // Only "show" matches it: the default "hide" leaves it out, with the CSS and with the script.
      expect(item.getAttribute('data-facet-expired')).toBe('show');
      expect(text(item.querySelector('.badge-alert'))).toBe(badge[locale]);
    }
    const current = items.filter((item) => item.getAttribute('data-facet-expired') === 'hide show');
    expect(current).toHaveLength(atlas.opportunities.length - expired.length);
    for (const item of current) expect(text(item.querySelector('.badge-alert'))).toBe('');
    // The count beside the list counts what it shows: the current entries, or all once asked for.
    expect(number(text(page.querySelector('[data-count-expired="hide"]')))).toBe(current.length);
    expect(number(text(page.querySelector('[data-count-expired="show"]')))).toBe(atlas.opportunities.length);
    // The no-script rule that hides them is in the page.
    const css = page.querySelectorAll('style').map((style) => style.textContent).join('\n');
    expect(css).toContain('has(select[name="expired"] option[value="hide"]:checked)');
  });

  test.each(locales)('the policy list (%s) hides expired policies by default and marks them', async (locale) => {
    const page = await readPage(`/${locale}/policies/`);
    const items = page.querySelectorAll('[data-filter-item]');
    for (const entry of expiredPolicies) {
      const item = items.find((candidate) => candidate.querySelector('a')?.getAttribute('href') === hrefOf(locale, 'policies', entry.id))!;
      expect(item.getAttribute('data-facet-expired')).toBe('show');
      expect(text(item.querySelector('.badge-alert'))).toBe(policyBadge[locale]);
    }
    expect(number(text(page.querySelector('[data-count-expired="hide"]')))).toBe(atlas.policies.length - expiredPolicies.length);
    // Choosing status "expired" asks for them: that option lifts the default hiding.
    expect(page.querySelector('select[name="status"] option[value="expired"]')?.hasAttribute('data-shows-expired')).toBe(true);
  });

  test('a region lists its expired opportunities and policies folded away with their badge, and counts only the current ones', async () => {
    for (const entry of expired) {
      for (const regionId of atlas.lineage(entry.data.region)) {
        for (const locale of locales) {
          const page = await readPage(`/${locale}/regions/${regionId}/`);
          const current = atlas.opportunitiesInRegion(regionId).filter((candidate) => !expired.includes(candidate));
          expect(number(text(page.querySelector('#opportunities-heading'))), `${locale} ${regionId}`).toBe(current.length);
          const section = page.querySelector('#opportunities-heading')!.parentNode!;
          const link = section.querySelector(`a[href="${hrefOf(locale, 'opportunities', entry.id)}"]`)!;
          // Inside the closed fold, not in the main grid.
          const fold = section.querySelector('details[data-expired-entries]')!;
          expect(fold.hasAttribute('open')).toBe(false);
          expect(fold.querySelector(`a[href="${hrefOf(locale, 'opportunities', entry.id)}"]`)).not.toBeNull();
          expect(link).not.toBeNull();
          expect(text(fold.querySelector('.badge-alert'))).toBe(badge[locale]);
          // The region's map leaves it out.
          expect(page.querySelector(`[data-map-place="opportunity"] a[href="${hrefOf(locale, 'opportunities', entry.id)}"]`), `${regionId} map`).toBeNull();
        }
      }
    }
    for (const entry of expiredPolicies) {
      for (const regionId of entry.data.regions) {
        const page = await readPage(`/en/regions/${regionId}/`);
        const fold = page.querySelector('#policies-heading')!.parentNode!.querySelector('details[data-expired-entries]');
        expect(fold?.querySelector(`a[href="${hrefOf('en', 'policies', entry.id)}"]`), regionId).not.toBeNull();
      }
    }
  });

  test('a chain marks expired projects on its nodes and leaves them out of the node counts and the chain card', async () => {
    for (const entry of expired.filter((candidate) => candidate.data.chain && candidate.data.node)) {
      for (const locale of locales) {
        const page = await readPage(`/${locale}/chains/${entry.data.chain}/`);
        const node = page.querySelector(`#node-${entry.data.node}`)!;
        const item = node.querySelector(`a[href="${hrefOf(locale, 'opportunities', entry.id)}"]`)!.parentNode!;
        expect(item.hasAttribute('data-expired')).toBe(true);
        expect(text(item.querySelector('.badge-alert'))).toBe(badge[locale]);
        const onNode = atlas.opportunitiesOnNode(entry.data.chain!, entry.data.node!);
        const label = node.querySelectorAll('.list-label').map(text).find((candidate) => /招商项目|Opportunities/.test(candidate))!;
        expect(number(label), label).toBe(onNode.filter((candidate) => !expired.includes(candidate)).length);
      }
    }
  });
});

describe('counts and featured places', () => {
  test.each(locales)('the home page (%s) counts and features no expired opportunity', async (locale) => {
    const page = await readPage(`/${locale}/`);
    const featured = page.querySelector('#featured-heading')!.parentNode!;
    for (const entry of expired) expect(featured.querySelector(`a[href="${hrefOf(locale, 'opportunities', entry.id)}"]`), entry.id).toBeNull();
    const more = text(featured.querySelector('.section-more'));
    expect(number(more)).toBe(atlas.opportunities.length - expired.length);
    // Region cards count the current opportunities only.
    for (const card of page.querySelectorAll('.card.region')) {
      const href = card.querySelector('a')!.getAttribute('href')!;
      const regionId = href.split('/').at(-2)!;
      const current = atlas.opportunitiesInRegion(regionId).filter((entry) => !expired.includes(entry)).length;
      expect(number(text(card.querySelector('p.muted:last-child'))), regionId).toBe(current);
    }
  });

  test('chain cards count open opportunities only', async () => {
    const page = await readPage('/en/chains/');
    for (const chain of atlas.chains) {
      const open = atlas.opportunitiesInChain(chain.id).filter(atlas.isOpen);
      expect(open.some((entry) => expired.includes(entry))).toBe(false);
      const card = page.querySelectorAll('.card').find((candidate) => candidate.querySelector(`a[href="/en/chains/${chain.id}/"]`))!;
      const tag = card.querySelectorAll('.tag').map(text).find((candidate) => /open opportunit/.test(candidate))!;
      expect(number(tag), chain.id).toBe(open.length);
    }
  });

  test.each(locales)('the kiosk (%s) leaves expired opportunities out of its totals and its loop', async (locale) => {
    const page = await readPage(`/${locale}/kiosk/`);
    const open = atlas.opportunities.filter(atlas.isOpen);
    expect(open.some((entry) => expired.includes(entry))).toBe(false);
    const label = locale === 'zh' ? '在招商项目' : undefined;
    const figure = page.querySelectorAll('.kiosk-figures li')[0];
    if (label) expect(text(figure.querySelector('.kiosk-figure-label'))).toBe(label);
    expect(number(text(figure.querySelector('.kiosk-figure-value')))).toBe(open.length);
    for (const entry of expired) {
      expect(page.toString().includes(`/kiosk/opportunities/${entry.id}/`), entry.id).toBe(false);
      expect(page.toString().includes(`/opportunities/${entry.id}/`), entry.id).toBe(false);
    }
  });
});

describe('the map', () => {
  test.each(locales)('the map page (%s) marks expired places in words, hides them by default and leaves them out of its count', async (locale) => {
    const page = await readPage(`/${locale}/map/`);
    const places = page.querySelectorAll('[data-map-place="opportunity"]');
    expect(places).toHaveLength(atlas.opportunities.length);
    for (const entry of expired) {
      const place = places.find((candidate) => candidate.querySelector('a')?.getAttribute('href') === hrefOf(locale, 'opportunities', entry.id))!;
      expect(place.hasAttribute('data-expired')).toBe(true);
      expect(place.getAttribute('data-facet-expired')).toBe('show');
      expect(text(place.querySelector('[data-place-expired]'))).toBe(badge[locale]);
    }
    const current = atlas.opportunities.length - expired.length;
    expect(page.querySelector('select[name="expired"]')?.getAttribute('data-default')).toBe('hide');
    expect(number(text(page.querySelector('[data-count-expired="hide"]')))).toBe(current);
    const heading = page.querySelectorAll('.places-heading').find((candidate) => candidate.querySelector('[data-count-expired]'))!;
    expect(number(text(heading.querySelector('[data-count-expired="hide"]')))).toBe(current);
    expect(number(text(heading.querySelector('[data-count-expired="show"]')))).toBe(atlas.opportunities.length);
  });
});

describe('search', () => {
  test('expired entries carry the badge words and a filter value that the default search leaves out', async () => {
    for (const entry of expired) {
      for (const locale of locales) {
        const page = await readPage(`/${locale}/opportunities/${entry.id}/`);
        expect(text(page.querySelector('[data-pagefind-meta="expired"]'))).toBe(badge[locale]);
        expect(page.querySelectorAll('[data-pagefind-filter="expired"]').map(text)).toEqual(['show']);
      }
    }
    for (const entry of expiredPolicies) {
      const page = await readPage(`/en/policies/${entry.id}/`);
      expect(text(page.querySelector('[data-pagefind-meta="expired"]'))).toBe(policyBadge.en);
      expect(page.querySelectorAll('[data-pagefind-filter="expired"]').map(text)).toEqual(['show']);
    }
    const current = atlas.opportunities.find((entry) => !expired.includes(entry))!;
    const page = await readPage(`/zh/opportunities/${current.id}/`);
    expect(page.querySelector('[data-pagefind-meta="expired"]')).toBeNull();
    expect(page.querySelectorAll('[data-pagefind-filter="expired"]').map(text)).toEqual(['hide', 'show']);
    // Every indexed page has a value, or the default filter would drop it.
    expect((await readPage(`/en/regions/${atlas.regions[0].id}/`)).querySelectorAll('[data-pagefind-filter="expired"]').map(text)).toEqual(['hide', 'show']);
    const search = await readPage('/en/search/');
    expect(search.querySelector('select[name="expired"]')?.getAttribute('data-default')).toBe('hide');
  });
});
