/**
 * Characters that exist only in Simplified Chinese (区, 发, 镍 …), found in OpenCC's own
 * dictionaries: a character the Simplified → Traditional table changes, which no Traditional
 * spelling uses — not a Traditional character of the character tables, nor part of the
 * Traditional side of a phrase, nor a form the chosen standard prefers (Taiwan's 床 and 群 for
 * OpenCC's 牀 and 羣). So 台, 里 and 干, which Traditional also writes, are not counted.
 */
import hkVariants from 'opencc-js/dict/HKVariants';
import stCharacters from 'opencc-js/dict/STCharacters';
import stPhrases from 'opencc-js/dict/STPhrases';
import tsCharacters from 'opencc-js/dict/TSCharacters';
import twVariants from 'opencc-js/dict/TWVariants';
import twVariantsPhrases from 'opencc-js/dict/TWVariantsPhrases';
import type { ChineseStandard } from '../vocabulary.ts';

type Pairs = [string, string][];

function pairs(dictionary: string): Pairs {
  return dictionary.split('|').map((pair) => pair.split(' ') as [string, string]);
}

/** The forms each standard writes in place of OpenCC's own Traditional ones. */
const regionalVariants: Record<ChineseStandard, string[]> = {
  tw: [twVariants, twVariantsPhrases],
  twp: [twVariants, twVariantsPhrases],
  hk: [hkVariants],
};

const simplifiedOnly = new Map<ChineseStandard, Set<string>>();

function simplifiedOnlySet(standard: ChineseStandard): Set<string> {
  const known = simplifiedOnly.get(standard);
  if (known) return known;
  const simplifiedToTraditional = pairs(stCharacters);
  const traditional = new Set<string>([
    ...pairs(tsCharacters).map(([from]) => from),
    ...simplifiedToTraditional.map(([, to]) => to),
    ...pairs(stPhrases).flatMap(([, to]) => [...to]),
    ...regionalVariants[standard].flatMap((dictionary) => pairs(dictionary).flatMap(([, to]) => [...to])),
  ]);
  const set = new Set(simplifiedToTraditional.filter(([from, to]) => from !== to && !traditional.has(from)).map(([from]) => from));
  simplifiedOnly.set(standard, set);
  return set;
}

/** The Simplified-only characters in `text` for a reader of `standard`, each once, in order of appearance. */
export function simplifiedOnlyCharacters(text: string, standard: ChineseStandard = 'tw'): string[] {
  const set = simplifiedOnlySet(standard);
  return [...new Set([...text].filter((character) => set.has(character)))];
}
