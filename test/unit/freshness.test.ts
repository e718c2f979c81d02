import { beforeAll, describe, expect, test } from 'vitest';
import { buildAtlas, type Atlas } from '../../src/lib/atlas.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { formatFreshness } from '../../src/lib/content/report.ts';
import { opportunityFacets, opportunityFacetValues, policyFacets, policyFacetValues, issuerValues } from '../../src/lib/facets.ts';
import { effectiveSelection, filterItems, isFiltered, noScriptFilterCss, searchFromSelection } from '../../src/lib/filters.ts';
import {
  expiredFacetValues,
  freshnessByRegion,
  freshnessTotals,
  isExpiredOpportunity,
  isExpiredPolicy,
  isStaleEntry,
  splitByExpiry,
  visibleEntries,
} from '../../src/lib/freshness.ts';
import { featuredOpportunities, latestPolicies } from '../../src/lib/highlights.ts';
import { kioskSlides, kioskTotals } from '../../src/lib/kiosk/slides.ts';
import { mapPlaces } from '../../src/lib/map/places.ts';
import { opportunityRecord, policyRecord, regionRecord } from '../../src/lib/search/record.ts';
import { hasFilters, pagefindFilters, readSearchState, writeSearchState } from '../../src/lib/search/state.ts';
import { sampleContent, testToday } from '../support/paths.ts';

const today = '2026-11-23';

describe('what is expired or stale on a fixed day', () => {
  test('an opportunity expires the day after its valid-until date; one without a date never does', () => {
    expect(isExpiredOpportunity({ validUntil: '2026-11-22' }, today)).toBe(true);
    expect(isExpiredOpportunity({ validUntil: '2026-11-23' }, today)).toBe(false);
    expect(isExpiredOpportunity({}, today)).toBe(false);
  });

  test('a project signed or further on is a record, not an offer: its old offer date never marks it expired', () => {
    expect(isExpiredOpportunity({ validUntil: '2026-11-22', stage: 'negotiating' }, today)).toBe(true);
    for (const stage of ['signed', 'landed', 'started', 'producing'] as const) {
      expect(isExpiredOpportunity({ validUntil: '2020-01-01', stage }, today), stage).toBe(false);
    }
  });

  test('a policy expires after its expiry date; a pending or open-ended one is not expired', () => {
    expect(isExpiredPolicy({ effective: '2024-01-01', expires: '2025-12-31' }, today)).toBe(true);
    expect(isExpiredPolicy({ effective: '2024-01-01', expires: '2026-11-23' }, today)).toBe(false);
    expect(isExpiredPolicy({ effective: '2027-01-01' }, today)).toBe(false);
    expect(isExpiredPolicy({ effective: '2020-01-01' }, today)).toBe(false);
  });

  test('stale means not updated for over 365 days', () => {
    expect(isStaleEntry({ updated: '2025-11-23' }, today)).toBe(false);
    expect(isStaleEntry({ updated: '2025-11-22' }, today)).toBe(true);
  });
});

describe('list visibility', () => {
  const items = [
    { id: 'a', expired: false },
    { id: 'b', expired: true },
    { id: 'c', expired: false },
  ];

  test('lists hide expired entries by default and show them on request, in the same order', () => {
    expect(visibleEntries(items, (item) => item.expired).map((item) => item.id)).toEqual(['a', 'c']);
    expect(visibleEntries(items, (item) => item.expired, 'show').map((item) => item.id)).toEqual(['a', 'b', 'c']);
    expect(splitByExpiry(items, (item) => item.expired)).toEqual({ current: [items[0], items[2]], expired: [items[1]] });
  });

  test('the expired facet: "hide" keeps current entries, "show" keeps all, combined with other facets', () => {
    const values = items.map((item, index) => ({ id: item.id, values: { expired: expiredFacetValues(item.expired), region: [index < 2 ? 'jiutai' : 'yibin'] } }));
    const ids = (selection: Record<string, string | undefined>) => filterItems(values, (item) => item.values, selection).map((item) => item.id);
    expect(ids({ expired: 'hide' })).toEqual(['a', 'c']);
    expect(ids({ expired: 'show' })).toEqual(['a', 'b', 'c']);
    expect(ids({ expired: 'hide', region: 'jiutai' })).toEqual(['a']);
    expect(ids({ expired: 'show', region: 'jiutai' })).toEqual(['a', 'b']);
  });

  test('the default choice stays out of the URL and does not count as filtering', () => {
    const defaults = { expired: 'hide' };
    expect(searchFromSelection({ expired: 'hide' }, undefined, undefined, defaults)).toBe('');
    expect(searchFromSelection({ expired: 'show', region: 'jiutai' }, undefined, undefined, defaults)).toBe('?expired=show&region=jiutai');
    expect(isFiltered({ expired: 'hide' }, defaults)).toBe(false);
    expect(isFiltered({ expired: 'show' }, defaults)).toBe(true);
  });

  test('asking for expired policies (status "expired") lifts the default hiding', () => {
    expect(effectiveSelection({ status: 'expired', expired: 'hide' }, true)).toEqual({ status: 'expired', expired: undefined });
    expect(effectiveSelection({ status: 'in-force', expired: 'hide' }, false)).toEqual({ status: 'in-force', expired: 'hide' });
  });

  test('without the script, CSS hides expired entries while "hide" is chosen, unless expired policies are asked for', () => {
    const css = noScriptFilterCss([
      { name: 'status', label: '', options: [{ value: 'expired', label: '', count: 1, depth: 0, showsExpired: true }] },
      { name: 'expired', label: '', defaultValue: 'hide', options: [{ value: 'hide', label: '', count: 2, depth: 0 }, { value: 'show', label: '', count: 3, depth: 0 }] },
    ]);
    expect(css).toContain(
      '[data-filter-scope]:not([data-enhanced]):has(select[name="expired"] option[value="hide"]:checked):not(:has(option[data-shows-expired]:checked)) [data-filter-item]:not([data-facet-expired~="hide"]){display:none}',
    );
  });
});

describe('the search page hides expired entries by default', () => {
  test('the default is not written to the URL; "show" is, and lifts the filter', () => {
    expect(readSearchState('?q=x&expired=hide').filters).toEqual({});
    const shown = readSearchState('?q=x&expired=show');
    expect(writeSearchState(shown)).toBe('?q=x&expired=show');
    expect(pagefindFilters(readSearchState('?q=x'))).toEqual({ expired: 'hide' });
    expect(pagefindFilters(shown)).toEqual({});
    expect(pagefindFilters(readSearchState('?status=expired'))).toEqual({ status: 'expired' });
  });

  test('showing expired entries alone does not start a search', () => {
    expect(hasFilters(readSearchState('?expired=show'))).toBe(false);
    expect(hasFilters(readSearchState('?type=policy'))).toBe(true);
  });
});

describe('the per-region summary of npm run check', () => {
  const input = {
    regions: [
      { id: 'changchun', data: {} },
      { id: 'jiutai', data: { parent: 'changchun' } },
      { id: 'yibin', data: {} },
    ],
    opportunities: [
      { data: { region: 'jiutai', validUntil: '2026-01-31', updated: '2026-02-01' } },
      { data: { region: 'changchun', validUntil: '2027-01-31', updated: '2025-01-01' } },
      { data: { region: 'jiutai', updated: '2026-10-01' } },
      { data: { region: 'yibin', validUntil: '2026-11-23', updated: '2026-10-01' } },
    ],
    policies: [
      { data: { regions: ['jiutai', 'yibin'], effective: '2024-01-01', expires: '2025-12-31', updated: '2024-01-01' } },
      { data: { regions: [], effective: '2024-01-01', updated: '2026-01-01' } },
    ],
  };

  test('counts expired and stale entries per top-level region, guide-wide policies last', () => {
    expect(freshnessByRegion(input, today)).toEqual([
      { region: 'changchun', opportunities: { total: 3, expired: 1, stale: 1 }, policies: { total: 1, expired: 1, stale: 1 } },
      { region: 'yibin', opportunities: { total: 1, expired: 0, stale: 0 }, policies: { total: 1, expired: 1, stale: 1 } },
      { region: undefined, opportunities: { total: 0, expired: 0, stale: 0 }, policies: { total: 1, expired: 0, stale: 0 } },
    ]);
  });

  test('totals count each entry once, however many regions it names', () => {
    expect(freshnessTotals(input, today)).toEqual({
      opportunities: { total: 4, expired: 1, stale: 1 },
      policies: { total: 2, expired: 1, stale: 1 },
    });
  });

  test('the report is bilingual and flags the regions with something to do', () => {
    const rows = freshnessByRegion(input, today).map((row) => ({
      ...row,
      name: row.region === 'changchun' ? { zh: '长春市', en: 'Changchun' } : row.region === 'yibin' ? { zh: '宜宾市', en: 'Yibin' } : undefined,
    }));
    const lines = formatFreshness({ asOf: today, rows, totals: freshnessTotals(input, today) });
    expect(lines[0]).toMatch(/^时效 \/ freshness \(2026-11-23\)/);
    expect(lines[1]).toBe('! 长春市 / Changchun: 机遇 opportunities 3（过期 expired 1，久未更新 stale 1） · 政策 policies 1（过期 expired 1，久未更新 stale 1）');
    expect(lines[3]).toBe('  全域政策 / guide-wide: 政策 policies 1（过期 expired 0，久未更新 stale 0）');
    expect(lines[4]).toBe('  合计 / total: 机遇 opportunities 4（过期 expired 1，久未更新 stale 1） · 政策 policies 2（过期 expired 1，久未更新 stale 1）');
  });
});

describe('the sample guide: expired entries are never counted as open', () => {
  let atlas: Atlas;
  beforeAll(async () => {
    const content = await loadContent(sampleContent);
    atlas = buildAtlas({ ...content, site: content.site.data }, testToday);
  });

  const expiredOpportunities = () => atlas.opportunities.filter(atlas.isExpired);
  const expiredPolicies = () => atlas.policies.filter(atlas.isPolicyExpired);
  /** Not a current offer: expired, or signed and later (a record of a deal). */
  const closedOpportunities = () => atlas.opportunities.filter((entry) => !atlas.isOpen(entry));
  const signedOpportunities = () => closedOpportunities().filter((entry) => !atlas.isExpired(entry));

  test('the sample has expired opportunities (one of them featured) and expired policies', () => {
    expect(expiredOpportunities().length).toBeGreaterThanOrEqual(2);
    expect(expiredOpportunities().some((entry) => entry.data.featured)).toBe(true);
    expect(expiredPolicies().length).toBeGreaterThanOrEqual(1);
  });

  test('featured places, the kiosk loop and its totals leave them out', () => {
    const expiredIds = new Set(expiredOpportunities().map((entry) => entry.id));
    expect(featuredOpportunities(atlas, 100).filter((entry) => expiredIds.has(entry.id))).toEqual([]);
    expect(latestPolicies(atlas, 100).filter(atlas.isPolicyExpired)).toEqual([]);
    const slides = kioskSlides(atlas, { slides: ['totals', 'opportunities', 'chains', 'regions'] });
    expect(slides.filter((slide) => slide.kind === 'opportunities' && expiredIds.has(slide.id))).toEqual([]);
    const totals = kioskTotals(atlas);
    expect(totals.openOpportunities).toBe(atlas.opportunities.filter(atlas.isOpen).length);
    expect(totals.openOpportunities).toBeLessThanOrEqual(atlas.opportunities.length - expiredIds.size);
    expect(totals.policiesInForce).toBeLessThanOrEqual(atlas.policies.length - expiredPolicies().length);
  });

  test('the list facets count only what the list shows by default (open offers), and offer to show the others', () => {
    const values = atlas.opportunities.map((entry) => opportunityFacetValues(atlas, entry));
    const facets = opportunityFacets(atlas, 'en', values);
    const expiredFacet = facets.find((facet) => facet.name === 'expired')!;
    expect(signedOpportunities().length).toBeGreaterThanOrEqual(3);
    const current = atlas.opportunities.length - closedOpportunities().length;
    expect(expiredFacet.defaultValue).toBe('hide');
    expect(expiredFacet.options.map((option) => [option.value, option.count])).toEqual([
      ['hide', current],
      ['show', atlas.opportunities.length],
    ]);
    expect(expiredFacet.label).toBe('Offers');
    expect(expiredFacet.options[0].label).toBe('Open offers only');
    expect(expiredFacet.options[1].label).toBe(`Also signed and expired projects (${closedOpportunities().length})`);
    expect(opportunityFacets(atlas, 'zh', values).find((facet) => facet.name === 'expired')!.options.map((option) => option.label)).toEqual([
      '仅显示在招项目',
      `同时显示已签约及已过期项目（${closedOpportunities().length}）`,
    ]);
    const regionTotal = facets.find((facet) => facet.name === 'industry')!.options.reduce((sum, option) => sum + option.count, 0);
    expect(regionTotal).toBe(current);

    const issuers = issuerValues(atlas.policies);
    const policyValues = atlas.policies.map((entry) => policyFacetValues(atlas, entry, issuers));
    const status = policyFacets(atlas, 'zh', policyValues, issuers).find((facet) => facet.name === 'status')!;
    expect(status.options.find((option) => option.value === 'expired')).toMatchObject({ count: expiredPolicies().length, showsExpired: true });
    // Policies keep their wording: only expired ones are hidden.
    const policyExpired = policyFacets(atlas, 'en', policyValues, issuers).find((facet) => facet.name === 'expired')!;
    expect(policyExpired.options.map((option) => option.label)).toEqual(['Hide expired', `Show expired (${expiredPolicies().length})`]);
  });

  test('projects signed or later are hidden like expired offers but never marked expired', () => {
    for (const entry of signedOpportunities()) {
      expect(opportunityFacetValues(atlas, entry).expired, entry.id).toEqual(['show']);
      const record = opportunityRecord(atlas, entry, 'en');
      expect(record.meta.expired, entry.id).toBeUndefined();
      expect(record.filters.expired, entry.id).toEqual(['show']);
    }
    const places = mapPlaces(atlas, 'en', { regions: atlas.regions, opportunities: signedOpportunities() }, { crs: 'wgs84', base: '/' });
    for (const place of places.opportunities) {
      expect(place.expired, place.id).toBe(false);
      expect(place.open, place.id).toBe(false);
      expect(place.facets.expired, place.id).toEqual(['show']);
    }
    expect(atlas.opportunities.filter(atlas.isCurrent)).toEqual(atlas.opportunities.filter(atlas.isOpen));
    // Choosing a stage signed or later asks for those records, so the choice never empties the list.
    const values = atlas.opportunities.map((entry) => opportunityFacetValues(atlas, entry));
    const stage = opportunityFacets(atlas, 'en', values).find((facet) => facet.name === 'stage')!;
    const producing = stage.options.find((option) => option.value === 'producing')!;
    expect(producing).toMatchObject({ showsExpired: true, count: atlas.opportunities.filter((entry) => entry.data.stage === 'producing').length });
    expect(producing.count).toBeGreaterThan(0);
    expect(stage.options.find((option) => option.value === 'seeking')?.showsExpired).toBe(false);
  });

  test('search records of expired entries carry the badge and the filter value that hides them', () => {
    for (const entry of expiredOpportunities()) {
      const record = opportunityRecord(atlas, entry, 'zh');
      expect(record.meta.expired).toBe('已过有效期');
      expect(record.filters.expired).toEqual(['show']);
      expect(opportunityRecord(atlas, entry, 'en').meta.expired).toBe('Offer expired');
    }
    for (const entry of expiredPolicies()) {
      expect(policyRecord(atlas, entry, 'en').meta.expired).toBe('Expired');
      expect(policyRecord(atlas, entry, 'en').filters.expired).toEqual(['show']);
    }
    const current = atlas.opportunities.find(atlas.isCurrent)!;
    expect(opportunityRecord(atlas, current, 'zh').meta.expired).toBeUndefined();
    expect(opportunityRecord(atlas, current, 'zh').filters.expired).toEqual(['hide', 'show']);
    expect(regionRecord(atlas, atlas.regions[0], 'en').filters.expired).toEqual(['hide', 'show']);
  });

  test('map places of expired opportunities are marked and filtered like the list', () => {
    const places = mapPlaces(atlas, 'en', { regions: atlas.regions, opportunities: atlas.opportunities }, { crs: 'wgs84', base: '/' });
    const expiredPlaces = places.opportunities.filter((place) => place.expired);
    expect(expiredPlaces.map((place) => place.id).sort()).toEqual(expiredOpportunities().map((entry) => entry.id).sort());
    for (const place of expiredPlaces) expect(place.facets.expired).toEqual(['show']);
  });
});
