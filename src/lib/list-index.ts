/**
 * The JSON index of a paged list (`/{lang}/opportunities/index.json`), which the filter script
 * loads when a reader filters or sorts: one lean record per entry with what filtering, sorting and
 * a compact result card need. Pure and free of build-time imports, so the browser can run it.
 */
import { matchesSelection, sortItems, type FacetValues, type Selection } from './filters.ts';

/** One entry of the list, as its result card shows it. */
export interface ListRecord {
  /** The entry's id: its page is the index's `path` followed by the id. */
  id: string;
  title: string;
  /** Region and chain node, as the card's muted line shows them. */
  place: string;
  /** The investment as the page shows it (15亿元, to be negotiated). */
  investment: string;
  /** The stage's label. */
  stage: string;
  /** Publication date (YYYY-MM-DD), the default sort key. */
  published: string;
  /** Investment in yuan for sorting; '' when negotiable, which sorts last either way. */
  yuan: string;
  /** Values per facet, in the order of the index's `facets`. */
  values: string[][];
  /** Set on an offer past its date, which the card marks. */
  expired?: true;
  /** Set on a featured current offer. */
  featured?: true;
}

export interface ListIndex {
  /** Path of the entries' pages, with a trailing slash: `/zh/opportunities/`. */
  path: string;
  /** The facet names, in the order of each record's `values`. */
  facets: string[];
  /** Every entry, expired ones included, newest first. */
  records: ListRecord[];
}

/** A record's values keyed by facet name, as `matchesSelection` takes them. */
export function recordValues(index: Pick<ListIndex, 'facets'>, record: Pick<ListRecord, 'values'>): FacetValues {
  return Object.fromEntries(index.facets.map((facet, position) => [facet, record.values[position] ?? []]));
}

/** A record's value for a list's sort key (`published`, `investment`, `title`). */
export function recordSortValue(record: ListRecord, key: string): string {
  if (key === 'investment') return record.yuan;
  if (key === 'published') return record.published;
  if (key === 'title') return record.title;
  return '';
}

/** The records a selection matches, in the chosen sort order (the index's own order is newest first). */
export function selectRecords(index: ListIndex, selection: Selection, sort: string, defaultSort: string, collator: Intl.Collator): ListRecord[] {
  const matching = index.records.filter((record) => matchesSelection(recordValues(index, record), selection));
  return sort === defaultSort ? matching : sortItems(matching, sort, recordSortValue, collator);
}
