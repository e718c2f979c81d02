/** The orders lists are shown in, shared so every page lists the same things the same way. */
import type { Opportunity, Region } from '../schemas/index.ts';
import type { Atlas, Entry } from './atlas.ts';
import { collator, plain } from './i18n.ts';
import type { Locale } from './vocabulary.ts';

/** Newest publication first; ties by id, so builds are deterministic. */
export function newestFirst(a: Entry<Opportunity>, b: Entry<Opportunity>): number {
  return b.data.published.localeCompare(a.data.published) || a.id.localeCompare(b.id);
}

/** The regions directly under `parent` (top-level ones when undefined), by name in `locale`. */
export function sortedChildRegions(atlas: Atlas, parent: string | undefined, locale: Locale): Entry<Region>[] {
  const order = collator(locale);
  return [...atlas.childRegions(parent)].sort((a, b) => order.compare(plain(a.data.name, locale), plain(b.data.name, locale)));
}

/** Every region in tree order, each followed by the regions under it, with its depth. */
export function regionsInTreeOrder(atlas: Atlas, locale: Locale): { region: Entry<Region>; depth: number }[] {
  const visit = (parent: string | undefined, depth: number): { region: Entry<Region>; depth: number }[] =>
    sortedChildRegions(atlas, parent, locale).flatMap((region) => [{ region, depth }, ...visit(region.id, depth + 1)]);
  return visit(undefined, 0);
}
