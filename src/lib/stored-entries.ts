/**
 * Whether the content collections still hold what they held: the dev server keeps the guide's
 * model while they do and builds it again as soon as any entry is added, removed or changed.
 * Compared by the digest each entry's loader stored with it, so a check costs one comparison per
 * entry, not a look at its data.
 */

/** An entry as Astro's `getCollection` returns it; the digest is set by the loader that stored it. */
export interface StoredEntry {
  id: string;
  digest?: string | number;
  data?: unknown;
}

export type StoredCollections = Readonly<Record<string, readonly StoredEntry[]>>;

/**
 * True when `after` has the collections of `before`, each with the same entries in the same order
 * and the same digests; false as soon as anything differs, or when an entry has no digest (then
 * nothing can vouch that it is unchanged).
 */
export function sameStoredEntries(before: StoredCollections, after: StoredCollections): boolean {
  const names = Object.keys(before);
  if (names.length !== Object.keys(after).length) return false;
  for (const name of names) {
    const old = before[name];
    const current = after[name];
    if (current === undefined || old.length !== current.length) return false;
    for (let index = 0; index < old.length; index++) {
      const digest = current[index].digest;
      if (digest === undefined || digest === '' || current[index].id !== old[index].id || digest !== old[index].digest) return false;
    }
  }
  return true;
}
