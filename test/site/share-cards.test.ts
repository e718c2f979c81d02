import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import world from '@surbowl/world-geo-json-zh';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildAtlas, type Atlas } from '../../src/lib/atlas.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { nationalOutline } from '../../src/lib/map/outline.ts';
import type { StaticMapSources } from '../../src/lib/map/static-map-content.ts';
import { chainCard, guideCard, opportunityCard, policyCard, regionCard } from '../../src/lib/share-cards/content.ts';
import { cardPng } from '../../src/lib/share-cards/render.ts';
import { builtSite, sampleContent, testToday } from '../support/paths.ts';
import { pagePaths, readPage } from '../support/site.ts';

let atlas: Atlas;
let pages: string[];
/** What the build draws region and opportunity cards' maps from: the outline and the content's boundary files. */
let maps: StaticMapSources;
const siteUrl = 'https://invest-atlas.example.com';

beforeAll(async () => {
  const content = await loadContent(sampleContent);
  atlas = buildAtlas({ ...content, site: content.site.data }, testToday);
  pages = await pagePaths();
  const boundaries = new Map(atlas.regions.flatMap((region) => (region.data.boundary ? [[region.id, JSON.parse(readFileSync(path.join(sampleContent, region.data.boundary), 'utf8'))] as const] : [])));
  maps = { outline: nationalOutline(world as Parameters<typeof nationalOutline>[0], 'wgs84'), boundaries };
});

/** The built file an absolute URL of the guide points at. */
function builtFile(url: string): string {
  const { pathname } = new URL(url, siteUrl);
  return path.join(builtSite, decodeURIComponent(pathname));
}

const meta = (page: Awaited<ReturnType<typeof readPage>>, key: string) =>
  page.querySelector(`meta[property="${key}"]`)?.getAttribute('content') ?? page.querySelector(`meta[name="${key}"]`)?.getAttribute('content');

describe('every page can be shared with a title, a description and a picture', () => {
  test('every built page carries the Open Graph and Twitter tags, its picture a 1200×630 PNG that exists', async () => {
    expect(pages.length).toBeGreaterThan(100);
    expect(pages).toContain('/404.html');
    for (const pagePath of pages) {
      const page = await readPage(pagePath);
      for (const key of ['og:title', 'og:description', 'og:url', 'og:locale', 'og:locale:alternate', 'og:site_name', 'og:type', 'og:image', 'twitter:card']) {
        expect(meta(page, key)?.trim(), `${pagePath} ${key}`).toBeTruthy();
      }
      const image = meta(page, 'og:image')!;
      expect(image.startsWith(`${siteUrl}/share/`), `${pagePath} og:image ${image}`).toBe(true);
      expect(existsSync(builtFile(image)), `${pagePath} og:image ${image}`).toBe(true);
      expect(meta(page, 'og:url')!.startsWith(`${siteUrl}/`)).toBe(true);
      const canonical = page.querySelector('link[rel="canonical"]')?.getAttribute('href');
      if (canonical) expect(meta(page, 'og:url'), pagePath).toBe(canonical);
      const locale = meta(page, 'og:locale');
      const alternates = page.querySelectorAll('meta[property="og:locale:alternate"]').map((tag) => tag.getAttribute('content'));
      // Every language the guide is built in, once: the page's own and the others as alternates.
      expect([locale, ...alternates].sort(), pagePath).toEqual(['en_US', 'zh_CN', 'zh_TW']);
      if (pagePath.startsWith('/en/')) expect(locale).toBe('en_US');
    }
  });

  test('entry pages show their own card, in their language; other pages the guide card', async () => {
    for (const locale of ['zh', 'en'] as const) {
      expect(meta(await readPage(`/${locale}/opportunities/${atlas.opportunities[0].id}/`), 'og:image')).toBe(`${siteUrl}/share/${locale}/opportunities/${atlas.opportunities[0].id}.png`);
      expect(meta(await readPage(`/${locale}/chains/${atlas.chains[0].id}/`), 'og:image')).toBe(`${siteUrl}/share/${locale}/chains/${atlas.chains[0].id}.png`);
      expect(meta(await readPage(`/${locale}/opportunities/`), 'og:image')).toBe(`${siteUrl}/share/${locale}/guide.png`);
      expect(meta(await readPage(`/${locale}/`), 'og:type')).toBe('website');
      expect(meta(await readPage(`/${locale}/regions/${atlas.regions[0].id}/`), 'og:type')).toBe('article');
    }
  });

  test('each built card is the card drawn from its entry: a 1200×630 PNG', () => {
    const cards = [
      ['share/zh/guide.png', guideCard(atlas, 'zh')],
      [`share/en/regions/${atlas.regions[0].id}.png`, regionCard(atlas, atlas.regions[0], 'en', maps)],
      [`share/zh/chains/${atlas.chains[0].id}.png`, chainCard(atlas, atlas.chains[0], 'zh')],
      [`share/zh/opportunities/${atlas.opportunities[0].id}.png`, opportunityCard(atlas, atlas.opportunities[0], 'zh', maps)],
      [`share/en/policies/${atlas.policies[0].id}.png`, policyCard(atlas, atlas.policies[0], 'en')],
    ] as const;
    for (const [file, card] of cards) {
      const built = readFileSync(path.join(builtSite, file));
      const png = PNG.sync.read(built);
      expect([png.width, png.height], file).toEqual([1200, 630]);
      expect(built.equals(cardPng(card)), file).toBe(true);
    }
    // Region cards and sited opportunities' cards carry the map: drawn without it, they differ.
    expect(atlas.opportunities[0].data.location).toBeDefined();
    expect(cardPng(regionCard(atlas, atlas.regions[0], 'en')).equals(readFileSync(path.join(builtSite, cards[1][0])))).toBe(false);
    expect(cardPng(opportunityCard(atlas, atlas.opportunities[0], 'zh')).equals(readFileSync(path.join(builtSite, cards[3][0])))).toBe(false);
  });

  test('the icons browsers and phones look for are linked from every page and exist', async () => {
    for (const pagePath of pages) {
      const page = await readPage(pagePath);
      const links = page.querySelectorAll('link[rel="icon"], link[rel="apple-touch-icon"]').map((link) => link.getAttribute('href')!);
      expect(links, pagePath).toEqual(expect.arrayContaining(['/favicon.ico', '/favicon.svg', '/icon-192.png', '/apple-touch-icon.png']));
    }
    for (const [file, size] of [['apple-touch-icon.png', 180], ['icon-192.png', 192], ['icon-512.png', 512]] as const) {
      const png = PNG.sync.read(readFileSync(path.join(builtSite, file)));
      expect([png.width, png.height], file).toEqual([size, size]);
    }
    const ico = readFileSync(path.join(builtSite, 'favicon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 3]);
    // The first image, 16×16, is a PNG at the offset its directory entry gives.
    const offset = ico.readUInt32LE(6 + 12);
    expect(PNG.sync.read(ico.subarray(offset, offset + ico.readUInt32LE(6 + 8))).width).toBe(16);
  });
});

describe('entry pages hand themselves on to a phone', () => {
  const decode = (svg: string): string | undefined => {
    const png = PNG.sync.read(new Resvg(svg, { fitTo: { mode: 'width', value: 360 }, background: '#ffffff' }).render().asPng());
    return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
  };

  test.each(['regions', 'chains', 'opportunities', 'policies'] as const)('a %s page has a QR code that opens its own public address, in both languages', async (section) => {
    for (const locale of ['zh', 'en'] as const) {
      const id = atlas[section][0].id;
      const page = await readPage(`/${locale}/${section}/${id}/`);
      const aside = page.querySelector('aside.hand-on');
      expect(aside, `${locale}/${section}/${id}`).not.toBeNull();
      expect(aside!.querySelector('figcaption')?.textContent.trim()).toBe(locale === 'zh' ? '扫码在手机上打开' : 'Scan to open on your phone');
      expect(decode(aside!.querySelector('svg')!.toString())).toBe(`${siteUrl}/${locale}/${section}/${id}/`);
    }
  });

  test('lists, the home page and the map show none on screen; their printed footer has one of their own address', async () => {
    for (const pagePath of ['/zh/', '/en/opportunities/', '/zh/map/', '/en/search/']) {
      const aside = (await readPage(pagePath)).querySelector('aside.hand-on');
      expect(aside?.classList.contains('print-only'), pagePath).toBe(true);
      expect(decode(aside!.querySelector('svg')!.toString())).toBe(`${siteUrl}${pagePath}`);
    }
  });
});
