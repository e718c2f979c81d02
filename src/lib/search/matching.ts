/**
 * The rule that makes a multi-word search mean "all of these words". Pagefind requires every
 * word only while some page has them all, then quietly returns pages with any of them; and it
 * cuts Chinese into words its own way, so a reader's word may be split differently in the index
 * (新能源 indexed as 新能 + 源). Checking the page's text itself is what readers expect.
 */

const han = /\p{Script=Han}/u;

/** English endings dropped before matching, so "devices" finds "device" as Pagefind's stemming does. */
const endings = /(?:ies|es|s|ing|ed|ion|ions|al)$/;

function stem(word: string): string {
  const stemmed = word.replace(endings, '');
  return stemmed.length >= 3 ? stemmed : word;
}

/** True when `text` holds every word: Chinese anywhere in it, other words at the start of a word. */
export function containsAllWords(text: string, words: readonly string[]): boolean {
  const haystack = text.normalize('NFKC').toLowerCase();
  return words.every((word) => {
    if (han.test(word)) return haystack.includes(word);
    const start = new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRegExp(stem(word))}`, 'u');
    return start.test(haystack);
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
