/**
 * Freshness that holds everywhere: what counts as expired (an opportunity past `validUntil`, a
 * policy past `expires`) or stale (not updated for over a year), how lists hide expired entries
 * by default and show them on request, and the per-region summary `npm run check` prints.
 * Every page, map, search record and kiosk slide asks these questions here, so they agree.
 */
import { freshness, isPastValidity, policyStatus } from './dates.ts';
import { isOpenStage } from './pipeline.ts';
import type { OpportunityStage } from './vocabulary.ts';

/**
 * True when an offer's `validUntil` date has passed on `today`. A project already signed (or
 * further on) is a record of a deal, not an offer, so its old offer date never marks it expired.
 */
export function isExpiredOpportunity(data: { validUntil?: string; stage?: OpportunityStage }, today: string): boolean {
  if (data.stage !== undefined && !isOpenStage(data.stage)) return false;
  return isPastValidity(data.validUntil, today);
}

/** True when the policy's `expires` date has passed on `today`. */
export function isExpiredPolicy(data: { effective: string; expires?: string }, today: string): boolean {
  return policyStatus(data, today) === 'expired';
}

/** True when the entry has not been updated for over a year (the same rule as the "stale" badge). */
export function isStaleEntry(data: { updated: string }, today: string): boolean {
  return freshness(data.updated, today).stale;
}

/** The entries still current and those past their date, each in the given order. */
export function splitByExpiry<Item>(items: readonly Item[], isExpired: (item: Item) => boolean): { current: Item[]; expired: Item[] } {
  const current: Item[] = [];
  const expired: Item[] = [];
  for (const item of items) (isExpired(item) ? expired : current).push(item);
  return { current, expired };
}

// The show/hide-expired filter of lists and the map ---------------------------------------------

/** The filter's name: its `<select name>`, its `data-facet-*` attribute and its URL parameter. */
export const expiredFacetName = 'expired';

/** `hide` (the default) leaves expired entries out; `show` lists them too, with their badge. */
export const expiredChoices = ['hide', 'show'] as const;
export type ExpiredChoice = (typeof expiredChoices)[number];
export const defaultExpiredChoice: ExpiredChoice = 'hide';

/**
 * The filter values an entry carries: a current entry matches both choices, an expired one only
 * `show`. The filter then works like every other facet (CSS without the script, the script
 * with it) and a list opens with the expired entries hidden.
 */
export function expiredFacetValues(expired: boolean): ExpiredChoice[] {
  return expired ? ['show'] : ['hide', 'show'];
}

/** The entries a list shows for a choice of the filter. */
export function visibleEntries<Item>(items: readonly Item[], isExpired: (item: Item) => boolean, choice: ExpiredChoice = defaultExpiredChoice): Item[] {
  return choice === 'show' ? [...items] : items.filter((item) => !isExpired(item));
}

// The per-region summary of `npm run check` ----------------------------------------------------

export interface FreshnessCounts {
  total: number;
  expired: number;
  stale: number;
}

export interface RegionFreshness {
  /** A top-level region's id, or undefined for guide-wide policies (those naming no region). */
  region: string | undefined;
  opportunities: FreshnessCounts;
  policies: FreshnessCounts;
}

export interface FreshnessInput {
  regions: readonly { id: string; data: { parent?: string } }[];
  opportunities: readonly { data: { region: string; validUntil?: string; updated: string } }[];
  policies: readonly { data: { regions: readonly string[]; effective: string; expires?: string; updated: string } }[];
}

const emptyCounts = (): FreshnessCounts => ({ total: 0, expired: 0, stale: 0 });

/**
 * How many opportunities and policies are expired or stale, per top-level region (in the
 * regions' order), plus a guide-wide row for policies that name no region. An entry counts once
 * per top-level region it lies in; a policy naming two cities counts in both.
 */
export function freshnessByRegion(input: FreshnessInput, today: string): RegionFreshness[] {
  const parentOf = new Map(input.regions.map((region) => [region.id, region.data.parent]));
  const topOf = (id: string): string => {
    const seen = new Set<string>();
    let current = id;
    for (let parent = parentOf.get(current); parent !== undefined && parentOf.has(parent) && !seen.has(parent); parent = parentOf.get(current)) {
      seen.add(current);
      current = parent;
    }
    return current;
  };
  const rows = new Map<string | undefined, RegionFreshness>();
  for (const region of input.regions) {
    const top = topOf(region.id);
    if (!rows.has(top)) rows.set(top, { region: top, opportunities: emptyCounts(), policies: emptyCounts() });
  }
  const rowOf = (key: string | undefined): RegionFreshness => {
    let row = rows.get(key);
    if (!row) {
      row = { region: key, opportunities: emptyCounts(), policies: emptyCounts() };
      rows.set(key, row);
    }
    return row;
  };
  const add = (counts: FreshnessCounts, expired: boolean, stale: boolean) => {
    counts.total += 1;
    if (expired) counts.expired += 1;
    if (stale) counts.stale += 1;
  };
  for (const { data } of input.opportunities) {
    add(rowOf(topOf(data.region)).opportunities, isExpiredOpportunity(data, today), isStaleEntry(data, today));
  }
  for (const { data } of input.policies) {
    const tops = data.regions.length === 0 ? [undefined] : [...new Set(data.regions.map(topOf))];
    for (const top of tops) add(rowOf(top).policies, isExpiredPolicy(data, today), isStaleEntry(data, today));
  }
  // Guide-wide last; regions keep their order.
  const guideWide = rows.get(undefined);
  rows.delete(undefined);
  return [...rows.values(), ...(guideWide ? [guideWide] : [])];
}

/** The guide's totals: every entry once, however many regions it names. */
export function freshnessTotals(input: FreshnessInput, today: string): { opportunities: FreshnessCounts; policies: FreshnessCounts } {
  const opportunities = emptyCounts();
  const policies = emptyCounts();
  for (const { data } of input.opportunities) {
    opportunities.total += 1;
    if (isExpiredOpportunity(data, today)) opportunities.expired += 1;
    if (isStaleEntry(data, today)) opportunities.stale += 1;
  }
  for (const { data } of input.policies) {
    policies.total += 1;
    if (isExpiredPolicy(data, today)) policies.expired += 1;
    if (isStaleEntry(data, today)) policies.stale += 1;
  }
  return { opportunities, policies };
}
