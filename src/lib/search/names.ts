/** The names the search index and the search page share; no dependencies, so the page script stays small. */

export const entryTypes = ['region', 'chain', 'opportunity', 'policy', 'article'] as const;
export type EntryType = (typeof entryTypes)[number];

/** The filters a search can be narrowed by, in the order the search page shows them. */
export const searchFilterNames = ['type', 'region', 'chain', 'industry', 'band', 'level', 'status', 'expired'] as const;
export type SearchFilterName = (typeof searchFilterNames)[number];

/**
 * Filters that apply when the URL names none: expired opportunities and policies are left out
 * (`expired=hide`, as in the lists) until the reader asks for them (`expired=show`).
 */
export const searchFilterDefaults: Partial<Record<SearchFilterName, string>> = { expired: 'hide' };

/** Sort orders besides relevance; each is a numeric sort key of the index. */
export const searchSortNames = ['date', 'investment'] as const;
