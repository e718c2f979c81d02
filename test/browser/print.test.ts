import jsQR from 'jsqr';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import en from '../../src/i18n/en.json' with { type: 'json' };
import zh from '../../src/i18n/zh.json' with { type: 'json' };
import { buildAtlas, type Atlas } from '../../src/lib/atlas.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { useBrowser } from '../support/browser-suite.ts';
import { isA4, mm, readPdf, type PdfPage } from '../support/pdf.ts';
import { sampleContent, testToday } from '../support/paths.ts';

const siteUrl = inject('siteUrl');
const browser = useBrowser();
const strings = { zh, en };
let atlas: Atlas;

beforeAll(async () => {
  const content = await loadContent(sampleContent);
  atlas = buildAtlas({ ...content, site: content.site.data }, testToday);
});

/** The region with the most on its page: opportunities, carriers and places within it. */
function biggestRegion(): string {
  const weight = (id: string) => atlas.opportunitiesInRegion(id).length + atlas.regionById.get(id)!.data.carriers.length + atlas.childRegions(id).length;
  return [...atlas.regions].sort((a, b) => weight(b.id) - weight(a.id))[0].id;
}

/** One page of every type, as paths after the language prefix. */
function pageTypes(): string[] {
  const article = atlas.articles.find((entry) => entry.data.body.en)!;
  return [
    '',
    'regions/',
    `regions/${biggestRegion()}/`,
    'chains/',
    `chains/${atlas.chains[0].id}/`,
    'opportunities/',
    `opportunities/${atlas.opportunities.find((entry) => entry.data.location)!.id}/`,
    'policies/',
    `policies/${atlas.policies[0].id}/`,
    'articles/',
    `articles/${article.id}/`,
    'map/',
    'data/',
    'compare/',
    'search/',
  ];
}

/**
 * Text compared without spaces and in NFKC. Chromium's PDFs map some CJK glyphs back to the
 * radicals that share them (示 → ⽰, 长 → ⻓); NFKC undoes the Kangxi radicals, and a character
 * left in the radical blocks matches any CJK character.
 */
const squeeze = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');
const isRadical = (char: string) => /[\u2e80-\u2fdf]/.test(char);
const sameChar = (printed: string, written: string) => printed === written || (isRadical(printed) && /\p{Script=Han}/u.test(written));
/** Whether `printed` (from the PDF) starts `written` (from the page), radicals matching their ideographs. */
function startsLoosely(written: string, printed: string): boolean {
  const a = [...printed];
  const b = [...written];
  return a.length <= b.length && a.every((char, index) => sameChar(char, b[index]));
}
function includesLoosely(printed: string, written: string): boolean {
  const a = [...printed];
  const b = [...written];
  for (let start = 0; start + b.length <= a.length; start++) if (b.every((char, index) => sameChar(a[start + index], char))) return true;
  return false;
}
/** Lines inside the sheet's text area: the running foot in the bottom margin (address, page number) is not content. */
const contentLines = (page: PdfPage) => page.lines.filter((line) => line.top < page.height - 11.5 * mm);

/** Draws maps that load lazily, as a reader who scrolled would have them, so print has to hide a real Leaflet map. */
async function drawLiveMaps(page: Page): Promise<number> {
  const maps = page.locator('atlas-map');
  const count = await maps.count();
  for (let index = 0; index < count; index++) {
    await maps.nth(index).scrollIntoViewIfNeeded();
    await maps.nth(index).locator('.leaflet-control-zoom').waitFor({ state: 'attached', timeout: 15_000 });
  }
  return count;
}

async function decodeQr(page: Page): Promise<string | undefined> {
  const png = PNG.sync.read(await page.locator('aside.hand-on svg').screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

/** Prints the page as a reader would (print media, A4 from the page's own CSS) and reads the PDF back. */
async function printPage(page: Page): Promise<PdfPage[]> {
  await page.emulateMedia({ media: 'print' });
  return readPdf(await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
}

interface Printed {
  path: string;
  pages: PdfPage[];
  headings: string[];
}

async function checkPrint(page: Page, path: string, publicUrl: string, loading: string): Promise<Printed> {
  await page.goto(`${siteUrl}${path}`);
  const liveMaps = await drawLiveMaps(page);
  const pages = await printPage(page);

  // A4, every sheet.
  for (const sheet of pages) expect(isA4(sheet), `${path}: ${sheet.width}×${sheet.height}`).toBe(true);

  // No loading box, on paper or in the page as printed.
  const loadingShown = await page.evaluate((text) => [...document.querySelectorAll('body *')].filter((element) => element.childElementCount === 0 && element.textContent?.trim() === text && (element as HTMLElement).checkVisibility()).length, loading);
  expect(loadingShown, path).toBe(0);
  expect(pages.flatMap((sheet) => sheet.lines).some((line) => line.text.includes(loading)), path).toBe(false);

  // No Leaflet control, nor the live map itself; the map drawn at build instead.
  const controls = await page.evaluate(() => [...document.querySelectorAll('.leaflet-control, .leaflet-container')].filter((element) => (element as HTMLElement).checkVisibility()).length);
  expect(controls, path).toBe(0);
  if (liveMaps > 0) expect(await page.locator('[data-static-map] svg[role="img"]').first().isVisible(), path).toBe(true);

  // No button, form field, menu or language switch.
  const controlsShown = await page.evaluate(() => [...document.querySelectorAll('button, input, select, summary, .language-switch, .skip-link')].filter((element) => (element as HTMLElement).checkVisibility()).map((element) => element.outerHTML.slice(0, 80)));
  expect(controlsShown, path).toEqual([]);

  // The page's address, written out and as a QR code that opens it.
  const text = squeeze(pages.flatMap((sheet) => sheet.lines.map((line) => line.text)).join(''));
  expect(text, path).toContain(squeeze(publicUrl));
  expect(await decodeQr(page), path).toBe(publicUrl);

  // No sheet ends with a heading: its text moves on with what it introduces.
  const headings = await page.evaluate(() =>
    [...document.querySelectorAll('main :is(h1, h2, h3, h4)')].filter((element) => (element as HTMLElement).checkVisibility()).map((element) => (element.textContent ?? '').replace(/\s+/g, '')).filter(Boolean),
  );
  pages.slice(0, -1).forEach((sheet, index) => {
    const lines = contentLines(sheet);
    const last = squeeze(lines[lines.length - 1]?.text ?? '');
    const orphan = headings.map(squeeze).find((heading) => last !== '' && (last.length >= 4 || [...last].length === [...heading].length) && startsLoosely(heading, last));
    expect(orphan, `${path}: sheet ${index + 1} ends with the heading "${orphan}"`).toBeUndefined();
  });
  await page.emulateMedia({ media: 'screen' });
  return { path, pages, headings };
}

describe('printing', () => {
  test('every page type prints on A4 with its address and QR code, a drawn map, no controls and no heading left at the foot of a sheet, in both languages', { timeout: 300_000 }, async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    const publicSite = atlas.site.url.replace(/\/$/, '');
    for (const locale of ['zh', 'en'] as const) {
      for (const path of pageTypes()) {
        const [pathname] = `/${locale}/${path}`.split('?');
        await checkPrint(page, `/${locale}/${path}`, `${publicSite}${pathname}`, strings[locale]['map.loading']);
      }
    }
    // The page for an address that does not exist prints the guide's home address.
    await checkPrint(page, '/404.html', `${publicSite}/zh/`, zh['map.loading']);
    await page.close();
  });

  // Measured on the sample: 4–5 sheets in Chinese, 5–6 in English (English runs about a fifth longer).
  test('a region page prints in a few sheets: at most 5 in Chinese and 6 in English, the biggest region included', { timeout: 300_000 }, async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    const counts: Record<string, number> = {};
    for (const region of atlas.regions) {
      for (const locale of ['zh', 'en'] as const) {
        await page.goto(`${siteUrl}/${locale}/regions/${region.id}/`);
        await page.emulateMedia({ media: 'print' });
        counts[`${locale}/${region.id}`] = (await readPdf(await page.pdf({ format: 'A4', preferCSSPageSize: true }))).length;
        await page.emulateMedia({ media: 'screen' });
      }
    }
    const biggest = biggestRegion();
    console.log(`printed region pages (A4 sheets): ${JSON.stringify(counts)}`);
    expect(counts[`zh/${biggest}`]).toBeLessThanOrEqual(5);
    expect(counts[`en/${biggest}`]).toBeLessThanOrEqual(6);
    for (const [page, count] of Object.entries(counts)) expect(count, page).toBeLessThanOrEqual(page.startsWith('zh/') ? 5 : 6);
    await page.close();
  });

  test('a printed region and opportunity show the map drawn at build with its review number (审图号), and keep contacts and sources', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    const reviewNumber = atlas.site.map.reviewNumber!;
    for (const path of [`/zh/regions/${biggestRegion()}/`, `/en/opportunities/${atlas.opportunities.find((entry) => entry.data.location)!.id}/`]) {
      await page.goto(`${siteUrl}${path}`);
      const sheets = await printPage(page);
      const text = squeeze(sheets.flatMap((sheet) => sheet.lines.map((line) => line.text)).join(''));
      expect(includesLoosely(text, squeeze(reviewNumber)), `${path}: ${reviewNumber}`).toBe(true);
      const drawn = page.locator('[data-static-map] svg[role="img"]');
      await expect(drawn.isVisible()).resolves.toBe(true);
      expect(await drawn.getAttribute('aria-label')).toBeTruthy();
      expect(await page.locator('[data-static-map] .static-map-point').count()).toBeGreaterThan(0);
      // The plain list of places stays beside it.
      expect(await page.locator('.map-list .places li').first().isVisible()).toBe(true);
      expect(await page.locator('#contacts-heading, #contact-heading').first().isVisible()).toBe(true);
      expect(await page.locator('.site-footer .contact').first().isVisible()).toBe(true);
      await page.emulateMedia({ media: 'screen' });
    }
    await page.close();
  });

  test('a chain page prints its map on a landscape sheet, then its structure, sources, QR code and contacts on portrait sheets', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    const chain = atlas.chains.find((entry) => entry.data.sources.length > 0) ?? atlas.chains[0];
    for (const locale of ['zh', 'en'] as const) {
      await page.goto(`${siteUrl}/${locale}/chains/${chain.id}/`);
      const sheets = await printPage(page);
      expect(sheets[0].width).toBeGreaterThan(sheets[0].height);
      expect(sheets.length).toBeGreaterThan(1);
      for (const sheet of sheets.slice(1)) expect(sheet.height).toBeGreaterThan(sheet.width);
      // The whole chain map is on the first sheet.
      const mapBox = await page.locator('figure.chain-map-full svg').first().boundingBox();
      expect(mapBox).not.toBeNull();
      for (const selector of ['aside.hand-on svg', '.site-footer .contact', ...(chain.data.sources.length > 0 ? ['.sources'] : [])]) {
        expect(await page.locator(selector).first().isVisible(), `${locale} ${selector}`).toBe(true);
      }
      const agency = squeeze(atlas.site.contacts[0].name[locale] ?? atlas.site.contacts[0].name.zh);
      expect(includesLoosely(squeeze(sheets.slice(1).flatMap((sheet) => sheet.lines.map((line) => line.text)).join('')), agency), agency).toBe(true);
      await page.emulateMedia({ media: 'screen' });
    }
    await page.close();
  });
});

describe('without JavaScript', () => {
  test('a region page shows the map drawn at build above its list, never a loading box', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    for (const locale of ['zh', 'en'] as const) {
      await page.goto(`${siteUrl}/${locale}/regions/${biggestRegion()}/`);
      await expect(page.locator('[data-static-map] svg[role="img"]').isVisible()).resolves.toBe(true);
      await expect(page.locator('[data-map-placeholder]').isVisible()).resolves.toBe(false);
      await expect(page.locator('[data-map-review-number]').first().isVisible()).resolves.toBe(true);
    }
    await context.close();
  });
});
