/**
 * The opportunity list's entries in their default order with their facet values, shared by the
 * list's pages and its JSON index: a paged list of 10 000 entries renders 100 pages per language,
 * and each would otherwise sort and classify every entry again. Every page gets the same arrays:
 * read-only.
 */
import type { Atlas, Entry } from './atlas.ts';
import { opportunityFacets, opportunityFacetValues } from './facets.ts';
import type { Facet, FacetValues } from './filters.ts';
import { isPagedList } from './paging.ts';
import { newestFirst } from './order.ts';
import type { Locale } from './vocabulary.ts';
import type { Opportunity } from '../schemas/index.ts';

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
