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
  /**
   * True when Pagefind will see more than one term (it splits 康养 into 康 and 养 itself), so its
   * results must be checked for every word.
   */
  severalTerms: boolean;
}

const singleHan = /^\p{Script=Han}$/u;

/**
 * Splits free text into search words: Chinese by dictionary words, other scripts by spaces and
 * punctuation. Single characters the dictionary left standing next to each other are usually one
 * word it does not know, a name or a new term (九台, 康养), so they are kept together.
 */
export function searchWords(input: string): string[] {
  const text = input.normalize('NFKC').slice(0, maxQueryLength);
  const words: string[] = [];
  const add = (word: string) => {
    if (word !== '' && !words.includes(word)) words.push(word);
  };
  let run = { text: '', end: -1 };
  for (const { segment, index, isWordLike } of segmenter.segment(text)) {
    if (!isWordLike || !wordCharacter.test(segment)) continue;
    if (singleHan.test(segment)) {
      if (run.end !== index) {
        add(run.text);
        run = { text: '', end: index };
      }
      run = { text: run.text + segment, end: index + segment.length };
      continue;
    }
    add(run.text);
    run = { text: '', end: -1 };
    add(segment.toLowerCase());
  }
  add(run.text);
  return words;
}

export function parseQuery(input: string): SearchQuery {
  const words = searchWords(input);
  const text = words.join(' ');
  const terms = [...segmenter.segment(text)].filter((piece) => piece.isWordLike).length;
  return { words, text, hasHan: han.test(text), severalTerms: terms > 1 };
}

export function containsHan(text: string): boolean {
  return han.test(text);
}
