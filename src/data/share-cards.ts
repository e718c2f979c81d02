/** Share cards of the guide's entries, for the pages that serve them and the pages that link them. */
import type { Atlas } from '../lib/atlas.ts';
import { chainCard, opportunityCard, policyCard, regionCard, type ShareEntry } from '../lib/share-cards/content.ts';
import type { CardInput } from '../lib/share-cards/layout.ts';
import type { Locale } from '../lib/vocabulary.ts';
import { getAtlas } from './atlas.ts';
import { getBoundaries, getOutline } from './map.ts';

export type CardSection = ShareEntry['section'];
export const cardSections: CardSection[] = ['regions', 'chains', 'opportunities', 'policies'];

/** The card of one entry, or undefined when there is no such entry. */
export async function entryCard(atlas: Atlas, section: CardSection, id: string, locale: Locale): Promise<CardInput | undefined> {
  // Regions and opportunities show where they are on the same static map their pages print.
  const maps = section === 'regions' || section === 'opportunities' ? { outline: getOutline(), boundaries: await getBoundaries() } : undefined;
  switch (section) {
    case 'regions': {
      const entry = atlas.regionById.get(id);
      return entry && regionCard(atlas, entry, locale, maps);
    }
    case 'chains': {
      const entry = atlas.chainById.get(id);
      return entry && chainCard(atlas, entry, locale);
    }
    case 'opportunities': {
      const entry = atlas.opportunityById.get(id);
      return entry && opportunityCard(atlas, entry, locale, maps);
    }
    case 'policies': {
      const entry = atlas.policyById.get(id);
      return entry && policyCard(atlas, entry, locale);
    }
  }
}

/** One card per entry per language. */
export async function entryCardPaths() {
  const atlas = await getAtlas();
  return cardSections.flatMap((section) =>
    atlas[section].flatMap((entry) => atlas.locales.map((lang) => ({ params: { lang, section, id: entry.id } }))),
  );
}
