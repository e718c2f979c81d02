/**
 * Page numbers for a brochure's table of contents. Chromium cannot number pages in the document
 * itself (no `target-counter()`), so the brochure is printed once, the PDF's outline — one entry
 * per heading, with the page it lands on — tells where each section starts, and the numbers are
 * filled in for the final print. The contents take the same space with or without the numbers,
 * so the second print breaks pages exactly as the first.
 */

/** A bookmark of the printed PDF: a heading's text and the page (from 0) it is on. */
export interface OutlineItem {
  title: string;
  pageIndex: number;
  items: OutlineItem[];
}

/** A line of the table of contents: the section's anchor and the text of its heading. */
export interface ContentsEntry {
  id: string;
  title: string;
}

// Chromium's bookmarks join a heading's wrapped lines without the space between them: compare without spaces.
const normalized = (text: string) => text.replace(/\s+/g, '');

function flatten(items: readonly OutlineItem[]): OutlineItem[] {
  return items.flatMap((item) => [item, ...flatten(item.items)]);
}

/**
 * The page number (from 1) of each entry: the first bookmark with the entry's heading text that
 * comes after the previous entry's, since headings can repeat (a chain named again inside a
 * region's profile). An entry not found is an error: a contents line without its page would be
 * a silent gap in the printed book.
 */
export function contentsPageNumbers(entries: readonly ContentsEntry[], outline: readonly OutlineItem[]): Map<string, number> {
  const bookmarks = flatten(outline);
  const pages = new Map<string, number>();
  let from = 0;
  for (const entry of entries) {
    const title = normalized(entry.title);
    const index = bookmarks.findIndex((bookmark, position) => position >= from && normalized(bookmark.title) === title);
    if (index === -1) throw new Error(`brochure contents: no heading "${entry.title}" (#${entry.id}) in the printed outline`);
    pages.set(entry.id, bookmarks[index].pageIndex + 1);
    from = index + 1;
  }
  return pages;
}
