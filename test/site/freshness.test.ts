/**
 * Freshness in the built sample guide: opportunities past their valid-until date and expired
 * policies are marked wherever they are listed, hidden from lists by default, and never counted
 * as open (home, regions, chains, map, kiosk, search). Projects signed or later are records, not
 * offers: hidden by the same filter and folded away the same way, but never marked expired.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildAtlas, type Atlas, type Entry } from '../../src/lib/atlas.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { isOpenStage } from '../../src/lib/pipeline.ts';
import type { Opportunity, Policy } from '../../src/schemas/index.ts';
import { builtSite, sampleContent, testToday } from '../support/paths.ts';
import { readPage, text } from '../support/site.ts';

let atlas: Atlas;
let expired: Entry<Opportunity>[];
let expiredPolicies: Entry<Policy>[];
/** Signed or later: records of a deal, no longer on offer. */
let signed: Entry<Opportunity>[];
/** Every opportunity that is not a current offer: expired or signed and later. */
let closed: Entry<Opportunity>[];
beforeAll(async () => {
  const content = await loadContent(sampleContent);
  atlas = buildAtlas({ ...content, site: content.site.data }, testToday);
  expired = atlas.opportunities.filter((entry) => entry.data.validUntil !== undefined && entry.data.validUntil < testToday);
  expiredPolicies = atlas.policies.filter((entry) => entry.data.expires !== undefined && entry.data.expires < testToday);
  signed = atlas.opportunities.filter((entry) => !isOpenStage(entry.data.stage));
  closed = atlas.opportunities.filter((entry) => expired.includes(entry) || signed.includes(entry));
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
    expect(current).toHaveLength(atlas.opportunities.length - closed.length);
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
          const current = atlas.opportunitiesInRegion(regionId).filter((candidate) => !closed.includes(candidate));
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
        expect(number(label), label).toBe(onNode.filter((candidate) => !closed.includes(candidate)).length);
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
    expect(number(more)).toBe(atlas.opportunities.length - closed.length);
    // Region cards count the current opportunities only.
    for (const card of page.querySelectorAll('.card.region')) {
      const href = card.querySelector('a')!.getAttribute('href')!;
      const regionId = href.split('/').at(-2)!;
      const current = atlas.opportunitiesInRegion(regionId).filter((entry) => !closed.includes(entry)).length;
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
    const current = atlas.opportunities.length - closed.length;
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
    const current = atlas.opportunities.find((entry) => !closed.includes(entry))!;
    const page = await readPage(`/zh/opportunities/${current.id}/`);
    expect(page.querySelector('[data-pagefind-meta="expired"]')).toBeNull();
    expect(page.querySelectorAll('[data-pagefind-filter="expired"]').map(text)).toEqual(['hide', 'show']);
    // Every indexed page has a value, or the default filter would drop it.
    expect((await readPage(`/en/regions/${atlas.regions[0].id}/`)).querySelectorAll('[data-pagefind-filter="expired"]').map(text)).toEqual(['hide', 'show']);
    const search = await readPage('/en/search/');
    expect(search.querySelector('select[name="expired"]')?.getAttribute('data-default')).toBe('hide');
  });
});

describe('projects signed or later: records, not offers', () => {
  /** A sample project at "producing", on a chain node. */
  const sampleId = 'jiutai-truking-huatong-new-plant';
  const stageTag = { zh: '已投产', en: 'In production' } as const;
  const filterWords = { zh: ['仅显示在招项目', '同时显示已签约及已过期项目'], en: ['Open offers only', 'Also signed and expired projects'] } as const;
  const sample = () => atlas.opportunities.find((entry) => entry.id === sampleId)!;

  test('the sample has several signed-or-later projects, the chosen one among them, none marked expired', () => {
    expect(signed.length).toBeGreaterThanOrEqual(3);
    expect(signed.map((entry) => entry.id)).toContain(sampleId);
    expect(sample().data.stage).toBe('producing');
    for (const entry of signed) expect(atlas.isExpired(entry), entry.id).toBe(false);
  });

  test.each(locales)('the opportunity list (%s) hides them by default, shows them with the filter, with their stage tag and no expired badge', async (locale) => {
    const page = await readPage(`/${locale}/opportunities/`);
    const items = page.querySelectorAll('[data-filter-item]');
    for (const entry of signed) {
      const item = items.find((candidate) => candidate.querySelector('a')?.getAttribute('href') === hrefOf(locale, 'opportunities', entry.id))!;
      expect(item, entry.id).toBeDefined();
      expect(item.getAttribute('data-facet-expired'), entry.id).toBe('show');
      expect(item.querySelector('.badge-alert'), entry.id).toBeNull();
    }
    const item = items.find((candidate) => candidate.querySelector('a')?.getAttribute('href') === hrefOf(locale, 'opportunities', sampleId))!;
    expect(item.querySelectorAll('.tag').map(text)).toContain(stageTag[locale]);
    // The filter says what it hides, and counts both kinds.
    const options = page.querySelectorAll('select[name="expired"] option').map(text);
    expect(options[0]).toContain(filterWords[locale][0]);
    expect(options[1]).toContain(filterWords[locale][1]);
    expect(number(options[1])).toBe(closed.length);
  });

  test.each(locales)('the map page (%s) hides them by default and leaves them out of its counts, without an expired mark', async (locale) => {
    const page = await readPage(`/${locale}/map/`);
    const places = page.querySelectorAll('[data-map-place="opportunity"]');
    for (const entry of signed) {
      const place = places.find((candidate) => candidate.querySelector('a')?.getAttribute('href') === hrefOf(locale, 'opportunities', entry.id))!;
      expect(place, entry.id).toBeDefined();
      expect(place.getAttribute('data-facet-expired'), entry.id).toBe('show');
      expect(place.hasAttribute('data-expired'), entry.id).toBe(false);
      expect(place.querySelector('[data-place-expired]'), entry.id).toBeNull();
    }
    expect(number(text(page.querySelector('[data-count-expired="hide"]')))).toBe(atlas.opportunities.length - closed.length);
    expect(page.querySelectorAll('select[name="expired"] option').map(text)[1]).toContain(filterWords[locale][1]);
  });

  test('search leaves them out by default and finds them with the filter; their pages still build, unmarked', async () => {
    for (const locale of locales) {
      const page = await readPage(`/${locale}/opportunities/${sampleId}/`);
      expect(page.querySelector('h1')).not.toBeNull();
      expect(page.querySelector('[data-pagefind-meta="expired"]')).toBeNull();
      expect(page.querySelectorAll('[data-pagefind-filter="expired"]').map(text)).toEqual(['show']);
    }
    const search = await readPage('/en/search/');
    const options = search.querySelectorAll('select[name="expired"] option').map(text);
    expect(options.join(' ')).toContain('Also signed projects and expired entries');
    expect(number(options[1])).toBe(closed.length + expiredPolicies.length);
  });

  test('a region folds them away in their own closed section and counts only open offers', async () => {
    const entry = sample();
    for (const regionId of atlas.lineage(entry.data.region)) {
      for (const locale of locales) {
        const page = await readPage(`/${locale}/regions/${regionId}/`);
        const section = page.querySelector('#opportunities-heading')!.parentNode!;
        const open = atlas.opportunitiesInRegion(regionId).filter(atlas.isOpen);
        expect(number(text(page.querySelector('#opportunities-heading'))), `${locale} ${regionId}`).toBe(open.length);
        const fold = section.querySelector('details[data-signed-entries]')!;
        expect(fold, `${locale} ${regionId}`).not.toBeNull();
        expect(fold.hasAttribute('open')).toBe(false);
        expect(text(fold.querySelector('summary'))).toContain(locale === 'zh' ? '已签约及落地项目' : 'Signed');
        const inRegion = atlas.opportunitiesInRegion(regionId).filter((candidate) => signed.includes(candidate));
        expect(number(text(fold.querySelector('summary')))).toBe(inRegion.length);
        expect(fold.querySelector(`a[href="${hrefOf(locale, 'opportunities', entry.id)}"]`)).not.toBeNull();
        // Among the open cards, outside any fold, there is none of them.
        const grid = section.querySelector(':scope > ul.card-grid');
        for (const other of inRegion) expect(grid?.querySelector(`a[href="${hrefOf(locale, 'opportunities', other.id)}"]`) ?? null, other.id).toBeNull();
        expect(page.querySelector(`[data-map-place="opportunity"] a[href="${hrefOf(locale, 'opportunities', entry.id)}"]`)).toBeNull();
      }
    }
  });

  test('a chain lists them on their node with their stage, after the open offers and out of the count', async () => {
    const entry = sample();
    for (const locale of locales) {
      const page = await readPage(`/${locale}/chains/${entry.data.chain}/`);
      const node = page.querySelector(`#node-${entry.data.node}`)!;
      const item = node.querySelector(`a[href="${hrefOf(locale, 'opportunities', entry.id)}"]`)!.parentNode!;
      expect(item.hasAttribute('data-signed')).toBe(true);
      expect(item.hasAttribute('data-expired')).toBe(false);
      expect(item.querySelectorAll('.tag').map(text)).toContain(stageTag[locale]);
      const onNode = atlas.opportunitiesOnNode(entry.data.chain!, entry.data.node!);
      const label = node.querySelectorAll('.list-label').map(text).find((candidate) => /招商项目|Opportunities/.test(candidate))!;
      expect(number(label), label).toBe(onNode.filter(atlas.isOpen).length);
    }
  });

  test('the open-data export keeps every record, the signed ones marked not open', async () => {
    const data = JSON.parse(await readFile(path.join(builtSite, 'data/opportunities.json'), 'utf8'));
    expect(data.items).toHaveLength(atlas.opportunities.length);
    const record = data.items.find((item: { id: string }) => item.id === sampleId);
    expect(record.open).toBe(false);
  });
});
