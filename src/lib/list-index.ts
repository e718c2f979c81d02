/**
 * The JSON index of a paged list (`/{lang}/opportunities/index.json`), which the filter script
 * loads when a reader filters or sorts: one lean record per entry with what filtering, sorting and
 * a compact result card need. Pure and free of build-time imports, so the browser can run it.
 */
import { matchesSelection, type FacetValues, type Selection } from './filters.ts';

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

/**
 * Items in a list's sort order (`key:asc` or `key:desc`): numbers by value, text by the
 * collator. An item without a value (an investment still to be negotiated) goes last in either
 * direction; ties keep their order.
 */
export function sortItems<Item>(items: readonly Item[], sort: string, valueOf: (item: Item, key: string) => string, collator: Intl.Collator): Item[] {
  const [key = '', direction] = sort.split(':');
  const factor = direction === 'desc' ? -1 : 1;
  const keyed = items.map((item) => ({ item, value: valueOf(item, key) }));
  const numeric = keyed.every(({ value }) => value === '' || !Number.isNaN(Number(value)));
  keyed.sort((a, b) => {
    if ((a.value === '') !== (b.value === '')) return a.value === '' ? 1 : -1;
    const compared = numeric ? Number(a.value) - Number(b.value) : collator.compare(a.value, b.value);
    return compared * factor;
  });
  return keyed.map(({ item }) => item);
}

/** The records a selection matches, in the chosen sort order (the index's own order is newest first). */
export function selectRecords(index: ListIndex, selection: Selection, sort: string, defaultSort: string, collator: Intl.Collator): ListRecord[] {
  const matching = index.records.filter((record) => matchesSelection(recordValues(index, record), selection));
  return sort === defaultSort ? matching : sortItems(matching, sort, recordSortValue, collator);
}
