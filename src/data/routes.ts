/** Static paths shared by the pages: one per language the guide builds, or one per entry per language. */
import { localesOfPart, parseBuildPart } from '../lib/build-parts.ts';
import type { Locale } from '../lib/vocabulary.ts';
import { getAtlas } from './atlas.ts';
import type { Atlas, Entry } from '../lib/atlas.ts';

/**
 * The languages whose pages this process renders: all of the guide's, or, when the build is split
 * into parts (`ATLAS_BUILD_PART`, src/lib/build-parts.ts), this part's. Every `[lang]` route takes
 * its languages from here; links between languages still use `atlas.locales`.
 */
export function routeLocales(atlas: Atlas): readonly Locale[] {
  return localesOfPart(atlas.locales, parseBuildPart(process.env.ATLAS_BUILD_PART));
}

export async function localePaths() {
  const atlas = await getAtlas();
  return routeLocales(atlas).map((lang) => ({ params: { lang } }));
}

/** One page per entry per language; every entry gets both, so nothing is silently dropped. */
export async function entryPaths<Data>(pick: (atlas: Atlas) => Entry<Data>[]) {
  const atlas = await getAtlas();
  return pick(atlas).flatMap((entry) =>
    routeLocales(atlas).map((lang: Locale) => ({ params: { lang, id: entry.id }, props: { entry } })),
  );
}
