/** Static paths shared by the pages: one per language the guide builds, or one per entry per language. */
import type { Locale } from '../lib/vocabulary.ts';
import { getAtlas } from './atlas.ts';
import type { Atlas, Entry } from '../lib/atlas.ts';

export async function localePaths() {
  const atlas = await getAtlas();
  return atlas.locales.map((lang) => ({ params: { lang } }));
}

/**
 * One page per entry per language; every entry gets both, so nothing is silently dropped. With
 * `cacheKey`, a page whose key is that of the last build is copied from it (src/lib/page-keys.ts).
 */
export async function entryPaths<Data>(pick: (atlas: Atlas) => Entry<Data>[], cacheKey?: (atlas: Atlas, entry: Entry<Data>) => string | undefined) {
  const atlas = await getAtlas();
  return pick(atlas).flatMap((entry) => {
    const key = cacheKey?.(atlas, entry);
    return atlas.locales.map((lang: Locale) => ({ params: { lang, id: entry.id }, props: { entry }, ...(key === undefined ? {} : { cacheKey: key }) }));
  });
}
