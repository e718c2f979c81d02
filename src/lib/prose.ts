/**
 * Staff-written Markdown to HTML that is safe to put in a page. Raw HTML in the Markdown is shown
 * as text, links may only use http(s), mailto or tel, and the result passes an allow-list
 * sanitiser as a second line of defence.
 */
import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

const marked = new Marked({
  gfm: true,
  breaks: true,
  async: false,
  renderer: {
    // Raw HTML is never trusted: it is printed as text.
    html({ text }) {
      return escapeHtml(text);
    },
  },
});

const sanitizeOptions: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'em', 'del', 'ul', 'ol', 'li', 'a', 'h3', 'h4', 'blockquote', 'code', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'hr'],
  allowedAttributes: { a: ['href', 'title'], td: ['align'], th: ['align'] },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowProtocolRelative: false,
  transformTags: {
    // Headings in prose sit under the page's own h2 sections.
    h1: 'h3',
    h2: 'h3',
    h5: 'h4',
    h6: 'h4',
  },
};

/**
 * An article body stands on its own under the page's h1: its sections are h2 and h3. Otherwise
 * the same rules as all prose — raw HTML printed as text, safe link schemes, allow-list.
 */
const articleOptions: sanitizeHtml.IOptions = {
  ...sanitizeOptions,
  allowedTags: [...(sanitizeOptions.allowedTags as string[]), 'h2'],
  transformTags: { h1: 'h2', h5: 'h4', h6: 'h4' },
};

/** Renders Markdown prose to sanitised HTML. */
export function renderProse(markdown: string): string {
  return sanitizeHtml(marked.parse(markdown) as string, sanitizeOptions).trim();
}

/** Renders a Markdown article body to sanitised HTML (sections as h2). */
export function renderArticleMarkdown(markdown: string): string {
  return sanitizeHtml(marked.parse(markdown) as string, articleOptions).trim();
}

/** Prose reduced to plain text, for descriptions and search snippets. */
export function proseToText(markdown: string): string {
  return sanitizeHtml(marked.parse(markdown) as string, { allowedTags: [], allowedAttributes: {} })
    .replace(/\s+/g, ' ')
    .trim();
}
