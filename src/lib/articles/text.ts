/** An article body as plain text, for places that show no markup (the kiosk, search snippets). */
import { proseToText } from '../prose.ts';

/**
 * The body's paragraphs as plain text. MDX components (`<ChainMap … />`) and comments are left
 * out: a kiosk story is read, not explored.
 */
export function storyParagraphs(body: string): string[] {
  return body
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .split(/\n\s*\n/)
    .filter((block) => !/^\s*</.test(block))
    .map((block) => proseToText(block))
    .filter((text) => text !== '');
}
