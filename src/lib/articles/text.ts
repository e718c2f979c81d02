/** An article body as plain text, for places that show no markup (the kiosk). */
import { proseToText } from '../prose.ts';

export interface TextBlock {
  /** A section heading (`## …`) or a paragraph. */
  kind: 'heading' | 'paragraph';
  text: string;
}

/**
 * The body's headings and paragraphs as plain text. MDX components (`<ChainMap … />`) and
 * comments are left out: a kiosk story is read, not explored.
 */
export function storyBlocks(body: string): TextBlock[] {
  return body
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .split(/\n\s*\n/)
    .filter((block) => !/^\s*</.test(block))
    .map((block): TextBlock => ({ kind: /^\s*#{1,6}\s/.test(block) ? 'heading' : 'paragraph', text: proseToText(block) }))
    .filter((block) => block.text !== '');
}
