import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { sitemapFiles, sitemapLimits, type SitemapPage } from '../../src/lib/open-data/sitemap.ts';

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
const asArray = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** `count` opportunity pages in Chinese, each with its English and default alternates. */
function guidePages(count: number): SitemapPage[] {
  return Array.from({ length: count }, (_, index) => ({
    url: `https://invest.example.cn/guide/zh/opportunities/project-${index}/`,
    alternates: {
      'zh-CN': `https://invest.example.cn/guide/zh/opportunities/project-${index}/`,
      en: `https://invest.example.cn/guide/en/opportunities/project-${index}/`,
      'x-default': `https://invest.example.cn/guide/zh/opportunities/project-${index}/`,
    },
  }));
}

/** The pages a sitemap file lists (a regular expression: parsing 50 000 entries as XML takes seconds). */
const listed = (file: { xml: string }) => [...file.xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]);

describe('sitemap files', () => {
  test('a guide within the limits gets one sitemap.xml listing every page once, with its alternates', () => {
    const pages = guidePages(3);
    const files = sitemapFiles(pages, '/guide/');
    expect(files.map((file) => file.name)).toEqual(['sitemap.xml']);
    expect(XMLValidator.validate(files[0].xml)).toBe(true);
    expect(listed(files[0])).toEqual(pages.map((page) => page.url));
    const first = asArray(xml.parse(files[0].xml).urlset.url)[0] as { 'xhtml:link': { hreflang: string }[] };
    expect(first['xhtml:link'].map((link) => link.hreflang)).toEqual(['zh-CN', 'en', 'x-default']);
  });

  test('a guide of 120 000 pages gets parts of at most 50 000 pages and 50 MB, indexed by sitemap.xml at the site root', () => {
    const pages = guidePages(120_000);
    const [index, ...parts] = sitemapFiles(pages, '/guide/');
    expect(index.name).toBe('sitemap.xml');
    expect(XMLValidator.validate(index.xml)).toBe(true);
    expect(XMLValidator.validate(parts[2].xml)).toBe(true);
    const locations = asArray(xml.parse(index.xml).sitemapindex.sitemap).map((entry) => (entry as { loc: string }).loc);
    expect(locations).toEqual(parts.map((part) => `https://invest.example.cn/guide/${part.name}`));
    expect(parts.map((part) => part.name)).toEqual(['sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml']);
    for (const part of parts) {
      expect(listed(part).length).toBeLessThanOrEqual(sitemapLimits.urls);
      expect(Buffer.byteLength(part.xml)).toBeLessThanOrEqual(sitemapLimits.bytes);
    }
    // Every page exactly once, in the given order.
    expect(parts.flatMap(listed)).toEqual(pages.map((page) => page.url));
  });

  test('a part also ends where the next page would take it over the byte limit', () => {
    const pages = guidePages(10);
    const one = Buffer.byteLength(sitemapFiles(pages.slice(0, 1)).at(0)!.xml);
    const limits = { urls: 1000, bytes: one + 1500 };
    const [, ...parts] = sitemapFiles(pages, '/', limits);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(Buffer.byteLength(part.xml)).toBeLessThanOrEqual(limits.bytes);
    expect(parts.flatMap(listed)).toEqual(pages.map((page) => page.url));
  });

  test('a page whose entry alone exceeds the byte limit is an error naming it', () => {
    const pages = guidePages(1);
    expect(() => sitemapFiles(pages, '/', { urls: 10, bytes: 100 })).toThrow(/project-0/);
  });
});
