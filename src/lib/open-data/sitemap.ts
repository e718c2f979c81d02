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

/** What search engines read of one sitemap file (sitemaps.org): at most 50 000 URLs and 50 MB. */
export const sitemapLimits = { urls: 50_000, bytes: 50 * 1024 * 1024 };

export interface SitemapFile {
  /** File name at the site's root. */
  name: string;
  xml: string;
}

const urlsetStart = `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
`;
const urlsetEnd = `</urlset>
`;

function urlElement(page: SitemapPage): string {
  const alternates = Object.entries(page.alternates).map(
    ([language, href]) => `    <xhtml:link rel="alternate" hreflang="${escapeXml(language)}" href="${escapeXml(href)}"/>`,
  );
  return [`  <url>`, `    <loc>${escapeXml(page.url)}</loc>`, ...alternates, `  </url>`].join('\n') + '\n';
}

const encoder = new TextEncoder();
const utf8Bytes = (text: string) => encoder.encode(text).length;

/**
 * The sitemap of `pages`: `sitemap.xml` alone while it stays within the limits. A provincial
 * guide has more pages than one file may list (50 000 opportunities make 100 000 pages), so
 * beyond them the pages go into `sitemap-1.xml`, `sitemap-2.xml` …, each within the limits, and
 * `sitemap.xml` becomes their index: the address given to search engines stays the same. The
 * parts are published at the site's root: `base` on the host of the pages' canonical URLs.
 */
export function sitemapFiles(pages: readonly SitemapPage[], base = '/', limits = sitemapLimits): SitemapFile[] {
  const envelope = utf8Bytes(urlsetStart + urlsetEnd);
  const parts: string[][] = [[]];
  let bytes = envelope;
  for (const page of pages) {
    const element = urlElement(page);
    const size = utf8Bytes(element);
    if (envelope + size > limits.bytes) throw new Error(`sitemap: the entry of ${page.url} alone is larger than a sitemap may be`);
    if (parts.at(-1)!.length === limits.urls || bytes + size > limits.bytes) {
      parts.push([]);
      bytes = envelope;
    }
    parts.at(-1)!.push(element);
    bytes += size;
  }
  const urlset = (elements: string[]) => urlsetStart + elements.join('') + urlsetEnd;
  if (parts.length === 1) return [{ name: 'sitemap.xml', xml: urlset(parts[0]) }];
  const files = parts.map((elements, index) => ({ name: `sitemap-${index + 1}.xml`, xml: urlset(elements) }));
  const siteRoot = new URL(base.replace(/\/?$/, '/'), pages[0].url);
  const index = `<?xml version="1.0" encoding="utf-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${files.map((file) => `  <sitemap><loc>${escapeXml(new URL(file.name, siteRoot).href)}</loc></sitemap>`).join('\n')}
</sitemapindex>
`;
  return [{ name: 'sitemap.xml', xml: index }, ...files];
}
