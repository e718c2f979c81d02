/**
 * Server-side pages of a long list: which lists are paged, which entries each page holds, the
 * page addresses and the page numbers the pager offers. Lists up to `noScriptFilterLimit`
 * entries stay on one page, filtered with CSS; longer ones are split into pages a reader can walk
 * through without JavaScript, and the filter script searches a JSON index of the whole list.
 */
import { noScriptFilterLimit } from './filters.ts';

/**
 * Entries per page. A page of a hundred cards with its filter form is about 130 KiB of HTML, 20 KiB
 * gzipped, at 10 000 opportunities (BENCHMARKS.md): a phone on a slow line opens it in a second or
 * two, and a 10 000-entry list still has under 100 pages to walk. It is also how many results the
 * filter script adds at a time.
 */
export const listPageSize = 100;

/** True when a list of `count` entries is paged (too long to filter with CSS on one page). */
export function isPagedList(count: number): boolean {
  return count > noScriptFilterLimit;
}

/** How many pages `count` entries fill; an empty list still has its first page. */
export function pageCount(count: number, size = listPageSize): number {
  return Math.max(1, Math.ceil(count / size));
}

/** The entries of page `page` (1-based). */
export function pageSlice<Item>(items: readonly Item[], page: number, size = listPageSize): Item[] {
  return items.slice((page - 1) * size, page * size);
}

/** The 1-based positions of the first and last entry on a page ("showing 101–200 of 1 034"). */
export function pageRange(page: number, count: number, size = listPageSize): { from: number; to: number } {
  if (count === 0) return { from: 0, to: 0 };
  return { from: (page - 1) * size + 1, to: Math.min(page * size, count) };
}

/** The path of page `page` after the language prefix: the list itself for page 1, `…/page/N` after. */
export function listPagePath(listPath: string, page: number): string {
  const trimmed = listPath.replace(/\/+$/, '');
  return page <= 1 ? trimmed : `${trimmed}/page/${page}`;
}

/** The page numbers of pages 2… (page 1 is the list's own address). */
export function laterPages(count: number, size = listPageSize): number[] {
  return Array.from({ length: pageCount(count, size) - 1 }, (_, index) => index + 2);
}

/** A pager's numbered links: `gap` stands for pages left out between them. */
export type PagerItem = number | 'gap';

/**
 * The page numbers a pager shows: the first and last page, and `around` pages either side of the
 * current one, so a pager of 500 pages stays one short line. A single left-out page is shown
 * rather than a gap, which would take as much room.
 */
export function pagerItems(current: number, count: number, around = 2): PagerItem[] {
  const shown = new Set([1, count]);
  for (let page = current - around; page <= current + around; page += 1) if (page >= 1 && page <= count) shown.add(page);
  const pages = [...shown].sort((a, b) => a - b);
  const items: PagerItem[] = [];
  pages.forEach((page, index) => {
    const previous = pages[index - 1];
    if (previous !== undefined && page - previous === 2) items.push(previous + 1);
    else if (previous !== undefined && page - previous > 2) items.push('gap');
    items.push(page);
  });
  return items;
}

/**
 * What a page that lists part of the guide shows of a list that may run to thousands (a
 * province's opportunities on its region page): all of it up to `size` entries, in its own order;
 * beyond that the first `size` in `order`, and how many were left out, for a link to the rest.
 */
export function firstOfLongList<Item>(items: readonly Item[], order: (a: Item, b: Item) => number, size = listPageSize): { shown: readonly Item[]; more: number } {
  if (items.length <= size) return { shown: items, more: 0 };
  return { shown: [...items].sort(order).slice(0, size), more: items.length - size };
}
