/**
 * sitemap.xml with language alternates: every page once per language, each listing the same
 * page in every language (`xhtml:link rel="alternate" hreflang`), as search engines expect for
 * translated sites. Built from what the pages themselves declare in their <head>.
 */
import { escapeXml } from './xml.ts';

export interface SitemapPage {
  /** Absolute canonical URL. */
  url: string;
  /** hreflang → absolute URL, including x-default. */
  alternates: Record<string, string>;
}

/** The canonical URL and hreflang alternates declared in a page's <head>. */
export function pageLinks(html: string): SitemapPage | undefined {
  const head = html.slice(0, html.indexOf('</head>') + 1 || undefined);
  const attributes = (tag: string) => Object.fromEntries([...tag.matchAll(/([a-z-]+)="([^"]*)"/g)].map((match) => [match[1], match[2].replaceAll('&amp;', '&')]));
  const links = [...head.matchAll(/<link\b[^>]*>/g)].map((match) => attributes(match[0]));
  const canonical = links.find((link) => link.rel === 'canonical')?.href;
  if (!canonical) return undefined;
  const alternates: Record<string, string> = {};
  for (const link of links) if (link.rel === 'alternate' && link.hreflang && link.href) alternates[link.hreflang] = link.href;
  // Matches are slices that keep the whole page's HTML alive; the sitemap step holds the links of
  // every page at once, so copies keep it from holding every page (gigabytes at 10 000 entries).
  return JSON.parse(JSON.stringify({ url: canonical, alternates })) as SitemapPage;
}

export function sitemapXml(pages: readonly SitemapPage[]): string {
  const urls = pages.map((page) => {
    const alternates = Object.entries(page.alternates).map(
      ([language, href]) => `    <xhtml:link rel="alternate" hreflang="${escapeXml(language)}" href="${escapeXml(href)}"/>`,
    );
    return [`  <url>`, `    <loc>${escapeXml(page.url)}</loc>`, ...alternates, `  </url>`].join('\n');
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${urls.join('\n')}
</urlset>
`;
}
