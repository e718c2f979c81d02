import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { loadContent } from '../../src/lib/content/load.ts';
import { watchForProblems } from '../support/browser.ts';
import { useBrowser } from '../support/browser-suite.ts';
import { sampleContent } from '../support/paths.ts';

const siteUrl = inject('siteUrl');
const browser = useBrowser();
const fullHd = { width: 1920, height: 1080 };
let publicSite = '';

beforeAll(async () => {
  publicSite = (await loadContent(sampleContent)).site.data.url.replace(/\/$/, '');
});

interface Kiosk {
  context: BrowserContext;
  page: Page;
  problems: string[];
}

async function openKiosk(path: string, viewport = fullHd): Promise<Kiosk> {
  const context = await browser().newContext({ viewport });
  const page = await context.newPage();
  const problems = watchForProblems(page);
  await page.goto(`${siteUrl}${path}`);
  return { context, page, problems };
}

const shownSlide = (page: Page) => page.locator('[data-slide]:not([hidden])');
const shownIndex = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('[data-slide]')].findIndex((slide) => !(slide as HTMLElement).hidden));
const advance = (page: Page, step: number) => page.evaluate((by) => (document.querySelector('kiosk-loop') as HTMLElement & { advance(step: number): void }).advance(by), step);
const changes = (page: Page) => page.evaluate(() => (document.querySelector('kiosk-loop') as HTMLElement & { changes: number }).changes);

/** Reads a QR code the way a phone would: from pixels on the screen. */
async function decodeQr(code: Locator): Promise<string | undefined> {
  const png = PNG.sync.read(await code.screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

/** The live page of the entry a kiosk page shows: the same path without `kiosk/`, on the public site. */
const liveUrl = (kioskPath: string) => `${publicSite}${kioskPath.replace(/\/kiosk\//, '/')}`;

describe('the expo kiosk', () => {
  test('every slide fits its screen whole, chain maps included, in both sizes and languages', async () => {
    for (const viewport of [fullHd, { width: 3840, height: 2160 }]) {
      for (const locale of ['zh', 'en']) {
        const { context, page } = await openKiosk(`/${locale}/kiosk/?interval=600000`, viewport);
        const total = await page.locator('[data-slide]').count();
        for (let index = 0; index < total; index++) {
          const overflow = await shownSlide(page).evaluate((slide) => {
            const bottom = slide.getBoundingClientRect().bottom;
            const parts = [...slide.querySelectorAll('svg, h2, p, li')].filter((part) => part.getBoundingClientRect().height > 0);
            return parts.filter((part) => part.getBoundingClientRect().bottom > bottom + 1).map((part) => part.outerHTML.slice(0, 60));
          });
          expect(overflow, `${locale} ${viewport.width}px slide ${index + 1}`).toEqual([]);
          await advance(page, 1);
        }
        await context.close();
      }
    }
  });

  test('a region slide draws the region on its static map, its names as text inside the drawing', async () => {
    for (const [locale, region] of [['zh', 'changchun'], ['en', 'changchun'], ['en', 'luohe']]) {
      // The region's page in the kiosk shows its slide whole (slides over a picture leave the map out).
      const { context, page, problems } = await openKiosk(`/${locale}/kiosk/regions/${region}/`);
      const report = await page.locator('.kiosk-region').evaluate((shown) => {
        const svg = shown.querySelector('.kiosk-region-map svg.static-map-svg')!;
        const box = svg.getBoundingClientRect();
        const labels = [...svg.querySelectorAll('text.static-map-label')].map((label) => {
          const rect = label.getBoundingClientRect();
          return { text: label.textContent, inside: rect.width > 0 && rect.left >= box.left - 1 && rect.right <= box.right + 1 && rect.top >= box.top - 1 && rect.bottom <= box.bottom + 1, height: rect.height };
        });
        const points = svg.querySelectorAll('.static-map-point').length;
        return { title: shown.querySelector('.kiosk-title')?.textContent?.trim(), labels, points, review: shown.querySelector('.kiosk-region-map [data-map-review-number]')?.textContent, height: box.height };
      });
      expect(report.labels.length, `${locale} ${region}`).toBeGreaterThan(0);
      expect(report.labels.map((label) => label.text)).toContain(report.title);
      expect(report.labels.filter((label) => !label.inside), `${locale} ${region}`).toEqual([]);
      // The region's name is large enough to read from a few metres on a 1080p screen.
      expect(Math.max(...report.labels.map((label) => label.height)), `${locale} ${region}`).toBeGreaterThan(20);
      expect(report.points, `${locale} ${region}`).toBeGreaterThan(0);
      expect(report.review, `${locale} ${region}`).toBeTruthy();
      expect(problems).toEqual([]);
      await context.close();
    }
  });

  test('on landscape and portrait screens no slide runs out of its box, pictures and figures included', async () => {
    for (const viewport of [fullHd, { width: 1080, height: 1920 }, { width: 1440, height: 900 }]) {
      for (const locale of ['zh', 'en']) {
        const { context, page } = await openKiosk(`/${locale}/kiosk/?interval=600000`, viewport);
        const total = await page.locator('[data-slide]').count();
        let pictured = 0;
        for (let index = 0; index < total; index++) {
          const report = await shownSlide(page).evaluate((slide) => {
            const box = slide.getBoundingClientRect();
            const parts = [...slide.querySelectorAll('svg, h2, p, li, dt, dd, img, a')].filter((part) => part.getBoundingClientRect().height > 0);
            const outside = parts
              .filter((part) => {
                const rect = part.getBoundingClientRect();
                return rect.bottom > box.bottom + 1 || rect.right > box.right + 1 || rect.left < box.left - 1 || rect.top < box.top - 1;
              })
              .map((part) => part.outerHTML.slice(0, 60));
            // A figure wider than its card is cut off or spills over the next one.
            const spilling = [...slide.querySelectorAll('.kiosk-figures li')]
              .filter((card) => card.scrollWidth > card.clientWidth + 1)
              .map((card) => card.textContent);
            const picture = slide.querySelector<HTMLImageElement>('img.kiosk-slide-picture');
            const covered = picture ? picture.getBoundingClientRect().width >= box.width - 1 && picture.getBoundingClientRect().height >= box.height - 1 : null;
            return { outside, spilling, covered, kind: (slide as HTMLElement).dataset.kind, figures: slide.querySelectorAll('.kiosk-figures li').length };
          });
          const where = `${locale} ${viewport.width}×${viewport.height} slide ${index + 1}`;
          expect(report.outside, where).toEqual([]);
          expect(report.spilling, where).toEqual([]);
          if (report.covered !== null) {
            pictured++;
            expect(report.covered, `${where}: the picture fills the slide`).toBe(true);
          }
          if (report.kind === 'totals') expect(report.figures, where).toBeGreaterThanOrEqual(7);
          await advance(page, 1);
        }
        expect(pictured, `${locale} ${viewport.width}×${viewport.height}: slides over a picture`).toBeGreaterThan(0);
        await context.close();
      }
    }
    // Six screens of every slide: longer than one page's test.
  }, 240_000);

  test('the attract loop advances by itself, showing its progress and position', async () => {
    const { context, page, problems } = await openKiosk('/zh/kiosk/?interval=500');
    await expect.poll(() => shownIndex(page)).toBe(0);
    const total = await page.locator('[data-slide]').count();
    expect(total).toBeGreaterThan(10);
    await expect.poll(() => shownIndex(page), { timeout: 5000 }).toBe(2);
    expect(await page.locator('[data-counter]').textContent()).toBe(`3 / ${total}`);
    expect(await shownSlide(page).count()).toBe(1);
    // The progress bar is animating across the slide's time.
    const progress = await page.locator('[data-progress]').evaluate((bar) => bar.getAnimations().length);
    expect(progress).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('arrow keys and swipes move between slides, wrapping at both ends', async () => {
    const { context, page, problems } = await openKiosk('/en/kiosk/?interval=60000');
    const total = await page.locator('[data-slide]').count();
    await page.keyboard.press('ArrowRight');
    expect(await shownIndex(page)).toBe(1);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await shownIndex(page)).toBe(total - 1);
    // A swipe to the left shows the next slide.
    await page.mouse.move(900, 600);
    await page.mouse.down();
    await page.mouse.move(500, 610, { steps: 5 });
    await page.mouse.up();
    expect(await shownIndex(page)).toBe(0);
    expect(page.url()).toBe(`${siteUrl}/en/kiosk/?interval=60000`);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('a tap opens the slide in the kiosk frame, and after the idle time a countdown returns it to the loop in the default language', async () => {
    const { context, page, problems } = await openKiosk('/en/kiosk/?interval=60000&idle=1500&countdown=2000');
    await page.keyboard.press('ArrowRight');
    const slide = shownSlide(page);
    const detail = await slide.getAttribute('data-href');
    expect(detail).toMatch(/^\/en\/kiosk\/opportunities\/[\w-]+\/$/);
    await slide.locator('.kiosk-title').click();
    await page.waitForURL(`${siteUrl}${detail}`);
    // The detail stays inside the kiosk: no link leads anywhere else.
    const links = await page.locator('a[href]').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')!));
    expect(links.every((href) => /^\/(zh-hant|zh|en)\/kiosk\//.test(href))).toBe(true);
    await page.locator('[data-countdown]').waitFor({ state: 'visible', timeout: 5000 });
    expect(await page.locator('[data-countdown-text]').textContent()).toMatch(/Returning to the highlights in [12] seconds?/);
    await page.waitForURL(`${siteUrl}/zh/kiosk/`, { timeout: 5000 });
    expect(await shownIndex(page)).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('a touch during the countdown keeps the visitor on the page; on the loop the reset goes back to the first slide', async () => {
    const { context, page, problems } = await openKiosk('/zh/kiosk/?interval=60000&idle=1000&countdown=3000');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.locator('[data-countdown]').waitFor({ state: 'visible', timeout: 4000 });
    await page.locator('[data-stay]').click();
    expect(await page.locator('[data-countdown]').isHidden()).toBe(true);
    expect(await shownIndex(page)).toBe(2);
    // Left alone this time: back to the first slide, without leaving the page.
    await expect.poll(() => shownIndex(page), { timeout: 6000 }).toBe(0);
    expect(await page.locator('[data-countdown]').isHidden()).toBe(true);
    expect(page.url()).toBe(`${siteUrl}/zh/kiosk/?interval=60000&idle=1000&countdown=3000`);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('every slide and every detail page carries a QR code that decodes to the live page of the same entry', async () => {
    const { context, page, problems } = await openKiosk('/zh/kiosk/?interval=600000');
    const details: string[] = [];
    for (const locale of ['zh', 'en']) {
      await page.goto(`${siteUrl}/${locale}/kiosk/?interval=600000`);
      const total = await page.locator('[data-slide]').count();
      for (let index = 0; index < total; index += 1) {
        if (index > 0) await advance(page, 1);
        const slide = shownSlide(page);
        const detail = await slide.getAttribute('data-href');
        // Guide-wide slides open nothing in the kiosk; their QR code leads to the live home page, or the statistics for the funnel.
        const href = detail ?? `/${locale}/kiosk/${(await slide.getAttribute('data-kind')) === 'funnel' ? 'stats/' : ''}`;
        const expected = liveUrl(href);
        const code = slide.locator('.kiosk-qr');
        expect(await code.getAttribute('data-qr-url'), href).toBe(expected);
        expect(await decodeQr(code.locator('svg')), href).toBe(expected);
        if (detail !== null) details.push(detail);
      }
    }
    expect(details.length).toBeGreaterThan(20);
    for (const href of details) {
      await page.goto(`${siteUrl}${href}`);
      const code = page.locator('.kiosk-detail-side > .kiosk-qr');
      expect(await decodeQr(code.locator('svg')), href).toBe(liveUrl(href));
      // Sources are QR codes too, never links out of the kiosk.
      for (const source of await page.locator('.kiosk-sources .kiosk-qr').all()) {
        expect(await source.getAttribute('data-qr-url')).toMatch(/^https?:\/\//);
      }
      expect(await page.locator('a[href^="http"]').count(), href).toBe(0);
    }
    // At least a few source codes are read for real, too.
    await page.goto(`${siteUrl}${details.find((href) => href.includes('/regions/'))}`);
    const sourceCodes = await page.locator('.kiosk-sources .kiosk-qr').all();
    for (const source of sourceCodes.slice(0, 3)) expect(await decodeQr(source.locator('svg'))).toBe(await source.getAttribute('data-qr-url'));
    expect(problems).toEqual([]);
    await context.close();
    // Every slide and detail page in both languages, each QR code decoded: minutes on a busy machine.
  }, 240_000);

  test('once loaded, the kiosk keeps working offline, reload and language switch included', async () => {
    const { context, page, problems } = await openKiosk('/zh/kiosk/');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      }
    });
    await context.setOffline(true);
    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker()).toBe(true);
    await expect.poll(() => shownSlide(page).count()).toBe(1);
    expect(await page.locator('link[rel=stylesheet]').evaluateAll((links) => links.every((link) => (link as HTMLLinkElement).sheet !== null))).toBe(true);
    await page.locator('[data-language-switch][hreflang="en"]').click();
    await page.waitForURL(`${siteUrl}/en/kiosk/`);
    await expect.poll(() => shownSlide(page).count()).toBe(1);
    await page.keyboard.press('ArrowRight');
    await shownSlide(page).locator('.kiosk-title').click();
    await page.waitForURL(/\/en\/kiosk\/opportunities\//);
    expect(await page.locator('.kiosk-detail-side .kiosk-qr svg').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('2,000 slide changes leave the DOM node and event listener counts flat', async () => {
    const { context, page, problems } = await openKiosk('/zh/kiosk/?interval=1&idle=600000');
    const session = await context.newCDPSession(page);
    const counters = async () => {
      await session.send('HeapProfiler.collectGarbage');
      return session.send('Memory.getDOMCounters');
    };
    await page.waitForFunction(() => (document.querySelector('kiosk-loop') as HTMLElement & { changes: number }).changes >= 100);
    const early = await counters();
    const from = await changes(page);
    await page.waitForFunction((target) => (document.querySelector('kiosk-loop') as HTMLElement & { changes: number }).changes >= target, from + 2000, { timeout: 90_000 });
    const late = await counters();
    expect(await changes(page)).toBeGreaterThanOrEqual(from + 2000);
    expect(late.nodes).toBeLessThanOrEqual(early.nodes + 20);
    expect(late.jsEventListeners).toBeLessThanOrEqual(early.jsEventListeners);
    expect(late.documents).toBeLessThanOrEqual(early.documents);
    expect(await shownSlide(page).count()).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);
});
