/**
 * Simplified → Traditional Chinese for the Traditional edition, at build time. OpenCC (opencc-js)
 * converts phrase by phrase in the standard the guide chose, and curly quotes become 「」; the guide's own override dictionary
 * (names and terms the converter gets wrong, e.g. 九台区 → 九台區, not 九臺區) wins over it.
 */
import { Converter } from 'opencc-js';
import type { ChineseStandard } from '../vocabulary.ts';

export interface TraditionalOptions {
  /** OpenCC target: `twp` Taiwan with Taiwan's words (資訊, 軟體), `tw` Taiwan characters, `hk` Hong Kong characters. */
  standard: ChineseStandard;
  /** Simplified text as written in the content → the Traditional it must become. */
  overrides?: Readonly<Record<string, string>>;
}

export type TextConverter = (text: string) => string;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Traditional Chinese quotes with corner brackets (「」, 『』 inside), where Simplified uses curly
 * quotes; OpenCC converts characters only. Applied to Chinese text alone (the converter skips
 * text without Han characters), so English quotes are left alone.
 */
const cornerQuotes: Record<string, string> = { '“': '「', '”': '」', '‘': '『', '’': '』' };
const quotes = (text: string) => text.replace(/[“”‘’]/g, (quote) => cornerQuotes[quote]);

const converters = new Map<string, TextConverter>();

/**
 * A converter with the override dictionary applied first: the text is cut at every override
 * (longest first), the overrides are put in as written, and OpenCC converts the pieces between.
 * Results are cached per string, because the same names and labels recur on thousands of pages.
 */
export function traditionalConverter(options: TraditionalOptions): TextConverter {
  // The dev server (and a build under a test runner) reloads the content per page: reuse the
  // converter, and its cache, for as long as the standard and the overrides stay the same.
  const key = JSON.stringify([options.standard, options.overrides ?? {}]);
  let converter = converters.get(key);
  if (!converter) {
    converter = createConverter(options);
    converters.set(key, converter);
  }
  return converter;
}


function createConverter({ standard, overrides = {} }: TraditionalOptions): TextConverter {
  const opencc = Converter({ from: 'cn', to: standard });
  const terms = Object.keys(overrides).filter((term) => term !== '').sort((a, b) => b.length - a.length);
  const pattern = terms.length > 0 ? new RegExp(`(${terms.map(escapeRegExp).join('|')})`, 'u') : undefined;
  const cache = new Map<string, string>();
  return (text) => {
    // Text without any Han character (ids, numbers, English) has nothing to convert.
    if (!/\p{Script=Han}/u.test(text)) return text;
    const known = cache.get(text);
    if (known !== undefined) return known;
    const converted = pattern
      ? text
          .split(pattern)
          .map((piece, index) => (index % 2 === 1 ? overrides[piece] : quotes(opencc(piece))))
          .join('')
      : quotes(opencc(text));
    cache.set(text, converted);
    return converted;
  };
}

const simplifiers = new Map<ChineseStandard, TextConverter>();

/** Traditional → Simplified, OpenCC's reverse of `standard` (Taiwan's words too for twp), for checking a conversion round-trips. */
export function toSimplified(text: string, standard: ChineseStandard = 'tw'): string {
  let simplifier = simplifiers.get(standard);
  if (!simplifier) {
    simplifier = Converter({ from: standard, to: 'cn' });
    simplifiers.set(standard, simplifier);
  }
  return simplifier(text);
}
