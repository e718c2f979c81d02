import jsQR from 'jsqr';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildAtlas, type Atlas, type Entry } from '../../src/lib/atlas.ts';
import type { Opportunity } from '../../src/schemas/index.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { chromiumArguments, needsBuild, shellCommand } from '../../src/lib/kiosk/launch.ts';
import { isKioskPage, referencedFiles } from '../../src/lib/kiosk/offline.ts';
import { qrSvg } from '../../src/lib/qr.ts';
import { kioskRegionOpportunities, kioskSlides, kioskTotals, maxRegionListed } from '../../src/lib/kiosk/slides.ts';
import { idleState, stepSlide, swipeStep, timingWithOverrides } from '../../src/lib/kiosk/timing.ts';
import { kioskPath, publicUrl } from '../../src/lib/kiosk/urls.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { sampleContent, testToday } from '../support/paths.ts';

let atlas: Atlas;
beforeAll(async () => {
  const content = await loadContent(sampleContent);
  atlas = buildAtlas({ ...content, site: content.site.data }, testToday);
});

describe('kiosk slides', () => {
  test('follow the configured order: totals, featured open opportunities, every chain, the top-level regions', () => {
    const slides = kioskSlides(atlas, { slides: ['totals', 'opportunities', 'chains', 'regions'] });
    expect(slides[0]).toEqual({ kind: 'totals' });
    const kinds = slides.map((slide) => slide.kind);
    expect(kinds.indexOf('chains')).toBeGreaterThan(kinds.lastIndexOf('opportunities'));
    const opportunities = slides.flatMap((slide) => (slide.kind === 'opportunities' ? [atlas.opportunityById.get(slide.id)!] : []));
    expect(opportunities.length).toBeGreaterThan(0);
    expect(opportunities.every((entry) => entry.data.featured && atlas.isOpen(entry))).toBe(true);
    expect(slides.filter((slide) => slide.kind === 'chains')).toHaveLength(atlas.chains.length);
    expect(slides.filter((slide) => slide.kind === 'regions').map((slide) => slide.kind === 'regions' && slide.id)).toEqual(atlas.childRegions(undefined).map((region) => region.id));
  });

  test('show only the kinds configured, each once', () => {
    const slides = kioskSlides(atlas, { slides: ['regions', 'totals', 'regions'] });
    expect(slides[slides.length - 1]).toEqual({ kind: 'totals' });
    expect(new Set(slides.map((slide) => slide.kind))).toEqual(new Set(['regions', 'totals']));
  });

  test('the funnel is one slide of the whole guide, where the settings put it', () => {
    const slides = kioskSlides(atlas, { slides: ['totals', 'funnel', 'regions'] });
    expect(slides.slice(0, 2)).toEqual([{ kind: 'totals' }, { kind: 'funnel' }]);
    expect(slides.filter((slide) => slide.kind === 'funnel')).toHaveLength(1);
  });

  test('the totals count open opportunities and add up their investment per currency', () => {
    const totals = kioskTotals(atlas);
    const open = atlas.opportunities.filter(atlas.isOpen);
    expect(totals.openOpportunities).toBe(open.length);
    expect(totals.openInvestment.map((money) => money.unit).sort()).toEqual(['USD', '元']);
    expect(totals.chains).toBe(atlas.chains.length);
  });

  test('settings written before the kiosk had more than an idle time still load, with defaults', () => {
    const base = { name: { zh: '指南' }, tagline: { zh: '一' }, agency: { zh: '局' }, intro: { zh: '介绍' }, url: 'https://example.com', contacts: [{ name: { zh: '服务台' }, email: 'a@example.com' }], industries: [{ id: 'food', name: { zh: '食品' } }], map: { center: { lat: 34, lng: 108 } }, exchangeRate: { cnyPerUsd: 7.1, asOf: '2026-01-01' }, updated: '2026-01-01' };
    const site = siteSchema.parse({ ...base, kiosk: { idleSeconds: 60 } });
    expect(site.kiosk).toEqual({ slides: ['totals', 'opportunities', 'funnel', 'chains', 'regions', 'stories'], intervalSeconds: 12, idleSeconds: 60, countdownSeconds: 10, defaultLanguage: 'zh' });
    expect(siteSchema.parse(base).kiosk.idleSeconds).toBe(90);
    expect(siteSchema.safeParse({ ...base, kiosk: { defaultLanguage: 'fr' } }).success).toBe(false);
  });
});

describe('kiosk addresses', () => {
  test('a QR code points to the same entry on the live site, in the same language', () => {
    expect(publicUrl('https://invest.example.com', 'en', { kind: 'chains', id: 'biomedicine' })).toBe('https://invest.example.com/en/chains/biomedicine/');
    expect(publicUrl('https://invest.example.com/', 'zh', { kind: 'totals' })).toBe('https://invest.example.com/zh/');
    // The funnel's QR code opens the statistics page with the same figures.
    expect(publicUrl('https://invest.example.com/', 'en', { kind: 'funnel' })).toBe('https://invest.example.com/en/stats/');
    expect(publicUrl('https://invest.example.com', 'zh', { kind: 'regions', id: 'jiutai' }, '/guide/')).toBe('https://invest.example.com/guide/zh/regions/jiutai/');
  });

  test('kiosk pages live under the language, beside the live pages', () => {
    expect(kioskPath('zh')).toBe('/zh/kiosk/');
    // Guide-wide slides have no kiosk page of their own: they stay on the loop.
    expect(kioskPath('zh', { kind: 'funnel' })).toBe('/zh/kiosk/');
    expect(kioskPath('en', { kind: 'opportunities', id: 'x' })).toBe('/en/kiosk/opportunities/x/');
  });

  test('QR codes made at build decode to their text', async () => {
    const url = 'https://invest.example.com/zh/opportunities/jiutai-biologics-cdmo/';
    const svg = await qrSvg(url);
    expect(svg).toMatch(/^<svg aria-hidden="true" focusable="false" /);
    // Rasterise the SVG's modules (`M{x} {y}h{n}` runs) at 4 px each and read it back.
    const size = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)![1]);
    const scale = 4;
    const pixels = new Uint8ClampedArray(size * scale * size * scale * 4).fill(255);
    const dark = /<path stroke="#000000" d="([^"]+)"/.exec(svg)![1];
    let x = 0;
    let y = 0;
    for (const [, command, a, b] of dark.matchAll(/([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
      if (command === 'M') [x, y] = [Number(a), Number(b) - 0.5];
      else if (command === 'm') [x, y] = [x + Number(a), y + Number(b)];
      else {
        for (let column = x; column < x + Number(a); column += 1) {
          for (let dy = 0; dy < scale; dy += 1) {
            for (let dx = 0; dx < scale; dx += 1) {
              const offset = ((y * scale + dy) * size * scale + column * scale + dx) * 4;
              pixels.fill(0, offset, offset + 3);
            }
          }
        }
        x += Number(a);
      }
    }
    expect(jsQR(pixels, size * scale, size * scale)?.data).toBe(url);
  });
});

describe('the kiosk clock', () => {
  test('slides wrap around at both ends', () => {
    expect(stepSlide(0, 5, 1)).toBe(1);
    expect(stepSlide(4, 5, 1)).toBe(0);
    expect(stepSlide(0, 5, -1)).toBe(4);
    expect(stepSlide(0, 0, 1)).toBe(0);
  });

  test('idleness: active, then a countdown in whole seconds, then the reset', () => {
    expect(idleState(1000, 90_000, 10_000)).toEqual({ phase: 'active', msLeft: 89_000 });
    expect(idleState(90_000, 90_000, 10_000)).toEqual({ phase: 'countdown', secondsLeft: 10, msToNextTick: 1000 });
    expect(idleState(90_400, 90_000, 10_000)).toEqual({ phase: 'countdown', secondsLeft: 10, msToNextTick: 600 });
    expect(idleState(99_500, 90_000, 10_000)).toEqual({ phase: 'countdown', secondsLeft: 1, msToNextTick: 500 });
    expect(idleState(100_000, 90_000, 10_000)).toEqual({ phase: 'reset' });
  });

  test('the timing can be shortened from the address for a rehearsal, and nonsense is ignored', () => {
    const configured = { intervalMs: 12_000, idleMs: 90_000, countdownMs: 10_000 };
    expect(timingWithOverrides(configured, '?interval=500&idle=2000')).toEqual({ intervalMs: 500, idleMs: 2000, countdownMs: 10_000 });
    expect(timingWithOverrides(configured, '?interval=-5&countdown=abc&idle=0')).toEqual(configured);
    expect(timingWithOverrides(configured, '')).toEqual(configured);
  });

  test('a sideways drag is a swipe; a short or mostly vertical one is not', () => {
    expect(swipeStep(-120, 10, 60)).toBe(1);
    expect(swipeStep(120, -10, 60)).toBe(-1);
    expect(swipeStep(30, 0, 60)).toBe(0);
    expect(swipeStep(80, 200, 60)).toBe(0);
  });
});

describe('the kiosk\'s offline copy', () => {
  test('only kiosk pages, and the files they reference, are taken offline', () => {
    expect(isKioskPage('zh/kiosk/index.html')).toBe(true);
    expect(isKioskPage('en/kiosk/chains/biomedicine/index.html')).toBe(true);
    expect(isKioskPage('zh/chains/index.html')).toBe(false);
    const html = '<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/b.js"></script><a href="/zh/kiosk/">x</a><a href="https://elsewhere.example/">y</a>';
    expect(referencedFiles(html, '/')).toEqual(['_astro/a.css', '_astro/b.js']);
    expect(referencedFiles('import{a}from"./timing.js";import("./lazy.js")', '/', '_astro/')).toEqual(['_astro/timing.js', '_astro/lazy.js']);
    expect(referencedFiles('src:url(/guide/fonts/x.woff2)', '/guide/')).toEqual(['fonts/x.woff2']);
    // A map on a kiosk page takes the guide's own vector basemap along.
    const map = '<script type="application/json" data-map-config>{"basemap":{"kind":"vector","vector":{"url":"/guide/map/basemap.pmtiles","lang":"zh"}}}</script>';
    expect(referencedFiles(map, '/guide/')).toEqual(['map/basemap.pmtiles']);
  });
});

describe('starting the kiosk machine', () => {
  test('rebuilds when the build is missing, older than the content, or asked for', () => {
    expect(needsBuild(undefined, 100, false)).toBe(true);
    expect(needsBuild(50, 100, false)).toBe(true);
    expect(needsBuild(200, 100, false)).toBe(false);
    expect(needsBuild(200, 100, true)).toBe(true);
  });

  test('Chromium opens locked down, full screen, on its own profile, at the kiosk', () => {
    const args = chromiumArguments('http://localhost:4330/zh/kiosk/', '/home/expo/kiosk profile');
    expect(args).toEqual(expect.arrayContaining(['--kiosk', '--noerrdialogs', '--disable-session-crashed-bubble', '--no-first-run', '--user-data-dir=/home/expo/kiosk profile']));
    expect(args[args.length - 1]).toBe('http://localhost:4330/zh/kiosk/');
    expect(shellCommand('chromium', args)).toContain("'--user-data-dir=/home/expo/kiosk profile'");
    expect(shellCommand('chromium', ['--kiosk', "it's"])).toBe(`chromium --kiosk 'it'\\''s'`);
  });
});

describe("a region's kiosk page", () => {
  test('lists every open opportunity of a region that has fewer than a screenful', () => {
    const region = atlas.childRegions(undefined)[0];
    const open = atlas.opportunitiesInRegion(region.id).filter(atlas.isOpen);
    expect(open.length).toBeGreaterThan(0);
    expect(open.length).toBeLessThanOrEqual(maxRegionListed);
    const { listed, more } = kioskRegionOpportunities(atlas, region.id);
    expect(new Set(listed)).toEqual(new Set(open));
    expect(more).toBe(0);
  });

  test("lists a province's first opportunities, featured then newest, and counts the rest", () => {
    // A province with 1 000 open opportunities, every tenth featured, one published each day.
    const opportunities = Array.from({ length: 1000 }, (_, index) => ({
      id: `project-${index}`,
      data: { featured: index % 10 === 0, published: new Date(Date.UTC(2024, 0, 1 + index)).toISOString().slice(0, 10) },
    })) as unknown as Entry<Opportunity>[];
    const province = { opportunitiesInRegion: () => opportunities, isOpen: () => true } as unknown as Atlas;
    const { listed, more } = kioskRegionOpportunities(province, 'province');
    expect(listed).toHaveLength(maxRegionListed);
    expect(more).toBe(1000 - maxRegionListed);
    expect(listed.every((entry) => entry.data.featured)).toBe(true);
    expect(listed[0].id).toBe('project-990');
    expect(listed.map((entry) => entry.data.published)).toEqual([...listed.map((entry) => entry.data.published)].sort().reverse());
  });
});
