/**
 * What the reader typed, made into a query Pagefind answers well. Chinese is written without
 * spaces, and Pagefind treats an unspaced run of Chinese as loosely as a handful of characters:
 * 工程质量 matched every page of a large guide. Splitting the query into words first
 * (工程 质量) lets each word be required, as readers expect of a search box.
 */

/** Longer input is cut here: nobody searches with a paragraph, and the index need not try. */
export const maxQueryLength = 100;

const han = /\p{Script=Han}/u;
const wordCharacter = /[\p{L}\p{N}]/u;

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

export interface SearchQuery {
  /** The words to search for, in order, without punctuation or repeats. */
  words: string[];
  /** The words joined with spaces, as handed to Pagefind; '' when nothing is left to search for. */
  text: string;
  /** True when the query holds Chinese characters (the English guide then also asks the Chinese one). */
  hasHan: boolean;
}

/** Splits free text into search words: Chinese by dictionary words, other scripts by spaces and punctuation. */
export function searchWords(input: string): string[] {
  const text = input.normalize('NFKC').slice(0, maxQueryLength);
  const words: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    if (!isWordLike || !wordCharacter.test(segment)) continue;
    const word = segment.toLowerCase();
    if (!words.includes(word)) words.push(word);
  }
  return words;
}

export function parseQuery(input: string): SearchQuery {
  const words = searchWords(input);
  return { words, text: words.join(' '), hasHan: han.test(words.join('')) };
}

export function containsHan(text: string): boolean {
  return han.test(text);
}
