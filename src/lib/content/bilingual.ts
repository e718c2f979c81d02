/**
 * Error messages for staff, in Chinese and English at once. A validation message travels through
 * zod as one string; the two languages are joined by an ASCII unit separator and split again
 * when the problem is reported.
 */

export interface Bilingual {
  zh: string;
  en: string;
}

const separator = '\u001f';

/** Packs a message in both languages into one string that zod can carry. */
export function bi(zh: string, en: string): string {
  return `${zh}${separator}${en}`;
}

/** Unpacks a message made by `bi`; a plain message is used for both languages. */
export function unpack(message: string): Bilingual {
  const [zh, en] = message.split(separator);
  return { zh, en: en ?? zh };
}
