/**
 * Atom feeds (RFC 4287) of new opportunities and policies, one per language, so investors and
 * other agencies can follow the guide in a feed reader.
 */
import { escapeXml } from './xml.ts';

export interface FeedEntry {
  id: string;
  title: string;
  summary: string;
  link: string;
  /** YYYY-MM-DD */
  published: string;
  /** YYYY-MM-DD */
  updated: string;
}

export interface Feed {
  title: string;
  subtitle: string;
  /** The feed's own URL. */
  self: string;
  /** The HTML page the feed follows. */
  page: string;
  language: string;
  author: string;
  /** YYYY-MM-DD */
  updated: string;
  entries: FeedEntry[];
}

/** A calendar date as an Atom timestamp, at midnight China time, where the content's dates live. */
function timestamp(date: string): string {
  return `${date}T00:00:00+08:00`;
}

export function atomFeed(feed: Feed): string {
  const entries = feed.entries.map(
    (entry) => `  <entry>
    <id>${escapeXml(entry.id)}</id>
    <title>${escapeXml(entry.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(entry.link)}"/>
    <published>${timestamp(entry.published)}</published>
    <updated>${timestamp(entry.updated)}</updated>
    <summary>${escapeXml(entry.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.language)}">
  <id>${escapeXml(feed.self)}</id>
  <title>${escapeXml(feed.title)}</title>
  <subtitle>${escapeXml(feed.subtitle)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(feed.page)}"/>
  <author><name>${escapeXml(feed.author)}</name></author>
  <updated>${timestamp(feed.updated)}</updated>
${entries.join('\n')}
</feed>
`;
}

/** The newest first, at most `limit`: a feed carries what is new, the full list is on the site. */
export function latest<Item>(items: readonly Item[], date: (item: Item) => string, limit = 50): Item[] {
  return [...items].sort((a, b) => date(b).localeCompare(date(a))).slice(0, limit);
}
