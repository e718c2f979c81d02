import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import type { AtlasContent } from '../../src/lib/content/types.ts';
import { builtSite, sampleContent } from '../support/paths.ts';
import { pagePaths, readPage, text } from '../support/site.ts';

let content: AtlasContent;

beforeAll(async () => {
  content = await loadContent(sampleContent);
});

const read = (file: string) => readFile(path.join(builtSite, file), 'utf8');
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
const asArray = <Item>(value: Item | Item[] | undefined): Item[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

describe('open data exports match the content', () => {
  test('opportunities.json has every opportunity with its fields as written', async () => {
    const data = JSON.parse(await read('data/opportunities.json'));
    expect(data.count).toBe(content.opportunities.length);
    expect(data.items).toHaveLength(content.opportunities.length);
    for (const entry of content.opportunities.slice(0, 10)) {
      const record = data.items.find((item: { id: string }) => item.id === entry.id);
      expect(record.title).toEqual({ zh: entry.data.title.zh, en: entry.data.title.en ?? null });
      expect(record.region.id).toBe(entry.data.region);
      const { amount, unit, negotiable } = entry.data.investment;
      expect(record.investment).toEqual({ amount: amount ?? null, unit: unit ?? null, negotiable });
      expect(record.cooperation).toEqual(entry.data.cooperation);
      expect(record.contact.phone).toBe(entry.data.contact.phone ?? null);
      expect(record.url.en).toMatch(new RegExp(`/en/opportunities/${entry.id}/$`));
    }
  });

  test('opportunities.csv starts with a BOM for Excel and has one row per opportunity', async () => {
    const bytes = await readFile(path.join(builtSite, 'data/opportunities.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(content.opportunities.length);
    for (const entry of content.opportunities.slice(0, 10)) {
      const row = rows.find((candidate) => candidate.id === entry.id)!;
      expect(row.title_zh).toBe(entry.data.title.zh);
      expect(row.investment_amount).toBe(entry.data.investment.amount ?? '');
      expect(row.investment_unit).toBe(entry.data.investment.unit ?? '');
      expect(row.investment_negotiable).toBe(String(entry.data.investment.negotiable));
      expect(row.cooperation.split(';')).toEqual(entry.data.cooperation);
      expect(row.lat).toBe(entry.data.location ? String(entry.data.location.lat) : '');
    }
  });

  test('policies.json has every policy with its measures', async () => {
    const data = JSON.parse(await read('data/policies.json'));
    expect(data.items).toHaveLength(content.policies.length);
    for (const entry of content.policies) {
      const record = data.items.find((item: { id: string }) => item.id === entry.id);
      expect(record.issuer.zh).toBe(entry.data.issuer.zh);
      expect(record.issued).toBe(entry.data.issued);
      expect(record.measures).toHaveLength(entry.data.measures.length);
      expect(['in-force', 'pending', 'expired']).toContain(record.status);
    }
  });

  test('regions.geojson has a point per region and per located opportunity, longitude first', async () => {
    const data = JSON.parse(await read('data/regions.geojson'));
    expect(data.type).toBe('FeatureCollection');
    const regions = data.features.filter((feature: { properties: { kind: string } }) => feature.properties.kind === 'region');
    const opportunities = data.features.filter((feature: { properties: { kind: string } }) => feature.properties.kind === 'opportunity');
    expect(regions).toHaveLength(content.regions.length);
    expect(opportunities).toHaveLength(content.opportunities.filter((entry) => entry.data.location).length);
    const region = content.regions[0];
    const feature = regions.find((candidate: { properties: { id: string } }) => candidate.properties.id === region.id);
    expect(feature.geometry).toEqual({ type: 'Point', coordinates: [region.data.center.lng, region.data.center.lat] });
    expect(feature.properties.name_zh).toBe(region.data.name.zh);
  });
});

test('articles.json has every article with its kind, date, texts of both languages and references', async () => {
  const data = JSON.parse(await read('data/articles.json'));
  expect(data.count).toBe(content.articles.length);
  for (const entry of content.articles) {
    const record = data.items.find((item: { id: string }) => item.id === entry.id);
    expect(record.kind).toBe(entry.data.kind);
    expect(record.date).toBe(entry.data.date);
    expect(record.title).toEqual({ zh: entry.data.title.zh, en: entry.data.title.en ?? null });
    expect(record.regions).toEqual(entry.data.regions);
    expect(record.url.zh).toMatch(new RegExp(`/zh/articles/${entry.id}/$`));
  }
});

describe('feeds and sitemap', () => {
  test.each(['zh', 'en', 'zh-hant'])('the %s feeds are well-formed Atom with the newest entries, advertised on every page', async (locale) => {
    for (const [feed, entries] of [
      ['opportunities', content.opportunities],
      ['policies', content.policies],
      ['articles', content.articles],
    ] as const) {
      const source = await read(`${locale}/feeds/${feed}.xml`);
      expect(XMLValidator.validate(source)).toBe(true);
      const parsed = xml.parse(source).feed;
      const items = asArray(parsed.entry);
      expect(items).toHaveLength(Math.min(entries.length, 50));
      expect(items[0].link.href).toMatch(new RegExp(`/${locale}/${feed}/[a-z0-9-]+/$`));
      expect(parsed['xml:lang']).toBe({ zh: 'zh-CN', en: 'en', 'zh-hant': 'zh-Hant' }[locale]);
      const home = await readPage(`/${locale}/`);
      expect(home.querySelector(`link[type="application/atom+xml"][href$="/${locale}/feeds/${feed}.xml"]`)).not.toBeNull();
    }
  });

  test('sitemap.xml lists every page once per language, each with its alternates', async () => {
    const source = await read('sitemap.xml');
    expect(XMLValidator.validate(source)).toBe(true);
    const urls = asArray(xml.parse(source).urlset.url) as { loc: string; 'xhtml:link': { hreflang: string; href: string }[] }[];
    // Expo kiosk pages are kept out of search engines (noindex), so out of the sitemap too.
    const pages = (await pagePaths()).filter((page) => /^\/(zh-hant|zh|en)\//.test(page) && !page.includes('/kiosk/'));
    expect(urls).toHaveLength(pages.length);
    expect(urls.filter((url) => url.loc.includes('/kiosk/'))).toEqual([]);
    const opportunity = content.opportunities[0].id;
    const entry = urls.find((url) => url.loc.endsWith(`/en/opportunities/${opportunity}/`))!;
    const alternates = Object.fromEntries(entry['xhtml:link'].map((link) => [link.hreflang, new URL(link.href).pathname]));
    expect(alternates).toEqual({
      'zh-CN': `/zh/opportunities/${opportunity}/`,
      en: `/en/opportunities/${opportunity}/`,
      'zh-Hant': `/zh-hant/opportunities/${opportunity}/`,
      'x-default': `/zh/opportunities/${opportunity}/`,
    });
  });

  test('regions.json has every region with its cost figures exactly as written, illustrative ones marked', async () => {
    const data = JSON.parse(await read('data/regions.json'));
    expect(data.count).toBe(content.regions.length);
    for (const entry of content.regions) {
      const record = data.items.find((item: { id: string }) => item.id === entry.id);
      expect(record.name).toEqual({ zh: entry.data.name.zh, en: entry.data.name.en ?? null });
      expect(record.costs).toHaveLength(entry.data.costs.length);
      for (const figure of entry.data.costs) {
        const cost = record.costs.find((item: { indicator: string }) => item.indicator === figure.indicator);
        expect(cost, `${entry.id} ${figure.indicator}`).toMatchObject({ value: figure.value ?? null, unit: figure.unit ?? null, illustrative: figure.illustrative });
        expect(cost.year).toBe(figure.year ?? Number(figure.date!.slice(0, 4)));
        if (figure.source) expect(cost.source.title.zh).toBe(figure.source.title.zh);
      }
    }
  });

  test('costs.csv has a BOM and one row per figure of every region, values as exact decimals', async () => {
    const bytes = await readFile(path.join(builtSite, 'data/costs.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: Record<string, string>[] = parseCsv(bytes.subarray(3).toString('utf8'), { columns: true });
    expect(rows).toHaveLength(content.regions.reduce((count, entry) => count + entry.data.costs.length, 0));
    for (const entry of content.regions) {
      for (const figure of entry.data.costs) {
        const row = rows.find((candidate) => candidate.region_id === entry.id && candidate.indicator === figure.indicator)!;
        expect(row.value).toBe(figure.value ?? '');
        expect(row.unit).toBe(figure.unit ?? '');
        expect(row.illustrative).toBe(String(figure.illustrative));
        expect(row.indicator_zh).not.toBe('');
      }
    }
  });

  test('the Data page documents every file, linked from the footer of every page', async () => {
    for (const locale of ['zh', 'en', 'zh-hant']) {
      const page = await readPage(`/${locale}/data/`);
      for (const file of ['opportunities.json', 'opportunities.csv', 'policies.json', 'regions.geojson', 'articles.json', 'regions.json', 'costs.csv']) {
        expect(page.querySelector(`a[href="/data/${file}"]`), `${locale} ${file}`).not.toBeNull();
      }
      expect(text(page.querySelector('table'))).toContain('investment_unit');
      const footerLink = (await readPage(`/${locale}/policies/`)).querySelector(`footer a[href="/${locale}/data/"]`);
      expect(footerLink).not.toBeNull();
    }
  });
});
