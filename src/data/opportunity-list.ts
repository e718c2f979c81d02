/**
 * The opportunity list's entries in their default order with their facet values, shared by the
 * list's pages: a paged list of 10 000 entries renders 100 pages per language, and each would
 * otherwise sort and classify every entry again. Every page gets the same arrays: read-only.
 */
import type { Atlas, Entry } from '../lib/atlas.ts';
import { opportunityFacets, opportunityFacetValues } from '../lib/facets.ts';
import type { Facet, FacetValues } from '../lib/filters.ts';
import { isPagedList, laterPages } from '../lib/paging.ts';
import { newestFirst } from '../lib/order.ts';
import type { Locale } from '../lib/vocabulary.ts';
import type { Opportunity } from '../schemas/index.ts';
import { getAtlas } from './atlas.ts';

export interface OpportunityList {
  /** Every opportunity, newest first. */
  opportunities: readonly Entry<Opportunity>[];
  /** Their facet values, in the same order. */
  values: readonly FacetValues[];
  /** The facet values of an opportunity by its id. */
  valuesById: Map<string, FacetValues>;
  /** The current ones, which a list shows by default (and a paged list's pages hold). */
  current: readonly Entry<Opportunity>[];
  /** True when the list is too long for one page. */
  paged: boolean;
  /** The list's facets with their counts in a language (worked out once per language). */
  facets: (locale: Locale) => readonly Facet[];
}

const lists = new WeakMap<Atlas, OpportunityList>();

export function opportunityList(atlas: Atlas): OpportunityList {
  let list = lists.get(atlas);
  if (!list) {
    const opportunities = [...atlas.opportunities].sort(newestFirst);
    const current = opportunities.filter(atlas.isCurrent);
    const values = opportunities.map((opportunity) => opportunityFacetValues(atlas, opportunity));
    const facets = new Map<Locale, Facet[]>();
    list = {
      opportunities,
      values,
      valuesById: new Map(opportunities.map((opportunity, index) => [opportunity.id, values[index]!])),
      current,
      paged: isPagedList(opportunities.length),
      facets: (locale) => facets.get(locale) ?? facets.set(locale, opportunityFacets(atlas, locale, values)).get(locale)!,
    };
    lists.set(atlas, list);
  }
  return list;
}

/** Pages 2… of the paged list in each language; none for a list that fits one page. */
export async function laterListPagePaths() {
  const atlas = await getAtlas();
  const list = opportunityList(atlas);
  if (!list.paged) return [];
  return atlas.locales.flatMap((lang) => laterPages(list.current.length).map((page) => ({ params: { lang, page: String(page) } })));
}

/** The JSON index's path per language, only for a paged list. */
export async function listIndexPaths() {
  const atlas = await getAtlas();
  return opportunityList(atlas).paged ? atlas.locales.map((lang) => ({ params: { lang } })) : [];
}
