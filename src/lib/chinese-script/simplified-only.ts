/**
 * Characters that exist only in Simplified Chinese (区, 发, 镍 …), found in OpenCC's own
 * dictionaries: a character the Simplified → Traditional table changes, which no Traditional
 * spelling uses — not a Traditional character of the character tables, nor part of the
 * Traditional side of a phrase. So 台, 里 and 干, which Traditional also writes, are not counted.
 */
import stCharacters from 'opencc-js/dict/STCharacters';
import stPhrases from 'opencc-js/dict/STPhrases';
import tsCharacters from 'opencc-js/dict/TSCharacters';

type Pairs = [string, string][];

function pairs(dictionary: string): Pairs {
  return dictionary.split('|').map((pair) => pair.split(' ') as [string, string]);
}

let simplifiedOnly: Set<string> | undefined;

function simplifiedOnlySet(): Set<string> {
  if (simplifiedOnly) return simplifiedOnly;
  const simplifiedToTraditional = pairs(stCharacters);
  const traditional = new Set<string>([
    ...pairs(tsCharacters).map(([from]) => from),
    ...simplifiedToTraditional.map(([, to]) => to),
    ...pairs(stPhrases).flatMap(([, to]) => [...to]),
  ]);
  simplifiedOnly = new Set(simplifiedToTraditional.filter(([from, to]) => from !== to && !traditional.has(from)).map(([from]) => from));
  return simplifiedOnly;
}

/** The Simplified-only characters in `text`, each once, in order of appearance. */
export function simplifiedOnlyCharacters(text: string): string[] {
  const set = simplifiedOnlySet();
  return [...new Set([...text].filter((character) => set.has(character)))];
}
