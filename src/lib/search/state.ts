/**
 * The search page's state in its URL (`?q=医疗器械&type=opportunity&sort=investment`), so a search
 * can be shared, bookmarked and reached from the header's plain form.
 */
import { searchFilterDefaults, searchFilterNames, searchSortNames, type SearchFilterName } from './names.ts';
import { maxQueryLength } from './query.ts';

export type SearchSort = 'relevance' | (typeof searchSortNames)[number];

export interface SearchState {
  query: string;
  filters: Partial<Record<SearchFilterName, string>>;
  sort: SearchSort;
}

/** Filter values are ids: lowercase letters, digits and hyphens (see src/lib/filters.ts). */
const safeValue = /^[a-z0-9][a-z0-9-]*$/;

export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const name of searchFilterNames) {
    const value = params.get(name);
    // A filter at its default is the same search as no filter: the URL and the state leave it out.
    if (value && safeValue.test(value) && value !== searchFilterDefaults[name]) filters[name] = value;
  }
  const sort = params.get('sort');
  return {
    query: (params.get('q') ?? '').slice(0, maxQueryLength),
    filters,
    sort: (searchSortNames as readonly string[]).includes(sort ?? '') ? (sort as SearchSort) : 'relevance',
  };
}

export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim() !== '') params.set('q', state.query.trim());
  for (const name of searchFilterNames) {
    const value = state.filters[name];
    if (value) params.set(name, value);
  }
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** Pagefind's sort option for a sort order: newest and largest first. */
export function pagefindSort(sort: SearchSort): Record<string, 'asc' | 'desc'> {
  return sort === 'relevance' ? {} : { [sort]: 'desc' };
}

/** True when the reader narrowed the search; showing expired entries alone does not start a search. */
export function hasFilters(state: SearchState): boolean {
  return Object.entries(state.filters).some(([name, value]) => Boolean(value) && !(name in searchFilterDefaults));
}

/**
 * The filters Pagefind applies: the state's, with expired entries left out by default. Asking
 * for expired entries (`expired=show`) or for expired policies (`status=expired`) lifts that.
 */
export function pagefindFilters(state: SearchState): Record<string, string> {
  const filters: Record<string, string> = {};
  for (const [name, value] of Object.entries({ ...searchFilterDefaults, ...state.filters })) if (value) filters[name] = value;
  if (filters.expired === 'show' || filters.status === 'expired') delete filters.expired;
  return filters;
}
