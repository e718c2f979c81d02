import AxeBuilder from '@axe-core/playwright';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { parseDocument } from 'yaml';
import { narrowestOption, opportunitiesOnMap, watchForProblems } from '../support/browser.ts';
import { useBrowser } from '../support/browser-suite.ts';
import { buildGuide } from '../support/build.ts';
import { validFixture } from '../support/fixtures.ts';
import { testOutput } from '../support/paths.ts';
import { serveDirectory } from '../support/static-server.ts';
import { tempFolder } from '../support/temp.ts';

const siteUrl = inject('siteUrl');
const browser = useBrowser();

/** Opens a page and records every request that leaves the guide's own host. */
async function open(path: string, viewport = { width: 1280, height: 900 }) {
  const context = await browser().newContext({ viewport });
  const page = await context.newPage();
  const problems = watchForProblems(page);
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(siteUrl) && !request.url().startsWith('data:')) foreign.push(request.url());
  });
  await page.goto(`${siteUrl}${path}`);
  return { page, problems, foreign };
}

async function mapReady(page: Page): Promise<void> {
  await page.locator('atlas-map[data-map-ready][data-outline="drawn"]').waitFor({ state: 'attached' });
}

const visibleItems = (page: Page) => page.locator('[data-map-place="opportunity"]:visible').count();

describe('the map page, offline', () => {
  test('draws the national outline, the regions and clustered opportunities with no tiles and no network', async () => {
    const { page, problems, foreign } = await open('/zh/map/');
    await mapReady(page);
    expect(await page.locator('atlas-map').getAttribute('data-basemap')).toBe('outline');
    // The outline is really drawn, not a zero-size drawing.
    const outline = await page.locator('path.map-outline').boundingBox();
    expect(outline?.width).toBeGreaterThan(300);
    expect(await page.locator('.leaflet-tile').count()).toBe(0);

    const regions = await page.locator('[data-map-place="region"][data-layer="regions"]').count();
    const parks = await page.locator('[data-map-place="region"][data-layer="parks"]').count();
    expect(await page.locator('.map-regions-marker').count()).toBe(regions);
    expect(await page.locator('.map-parks-marker').count()).toBe(parks);

    // Clusters announce their count; together with single markers they hold every opportunity.
    const clusters = page.locator('.marker-cluster');
    expect(await clusters.count()).toBeGreaterThan(0);
    // Read in one go: the cluster layer may redraw its icons between two separate reads.
    const drawn = await clusters.evaluateAll((items) => items.map((item) => ({ count: Number(item.textContent), role: item.getAttribute('role'), label: item.getAttribute('aria-label') })));
    for (const { count, role, label } of drawn) {
      expect(role).toBe('button');
      expect(label).toContain(`${count} 个投资机遇`);
    }
    // Expired and signed-or-later opportunities stay in the list (hidden) but are not on the map until asked for.
    const listed = await page.locator('[data-map-place="opportunity"][data-facet-expired~="hide"]').count();
    await expect.poll(() => opportunitiesOnMap(page)).toBe(listed);
    expect(foreign).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test('zooming into a cluster shows markers named like the places in the list', async () => {
    const { page, problems } = await open('/en/map/');
    await mapReady(page);
    const names = await page.locator('[data-map-place="opportunity"]').evaluateAll((items) =>
      items.map((item) => (item as HTMLElement).dataset.name ?? item.querySelector('a')!.textContent!.trim()),
    );
    for (let attempt = 0; attempt < 8 && (await page.locator('img.leaflet-marker-icon').count()) === 0; attempt += 1) {
      await page.locator('.marker-cluster').first().click();
      await page.waitForTimeout(400);
    }
    const markers = await page.locator('img.leaflet-marker-icon').evaluateAll((images) => images.map((image) => (image as HTMLImageElement).alt));
    expect(markers.length).toBeGreaterThan(0);
    for (const name of markers) expect(names).toContain(name);
    expect(new Set(names).size).toBe(names.length);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test('a marker\'s popup gives title, region and investment, and links to the opportunity in the page language', async () => {
    const { page, problems } = await open('/en/map/');
    await mapReady(page);
    const region = await narrowestOption(page, 'region');
    await page.selectOption('select[name="region"]', region.value);
    const item = page.locator('[data-map-place="opportunity"]:visible').first();
    const href = await item.locator('a').getAttribute('href');
    const name = (await item.getAttribute('data-name')) ?? (await item.locator('a').textContent())!.trim();
    const marker = page.getByRole('button', { name, exact: true });
    for (let attempt = 0; attempt < 8 && !(await marker.isVisible()); attempt += 1) {
      await page.locator('.marker-cluster').first().click();
      await page.waitForTimeout(400);
    }
    // From the keyboard: Enter on the marker opens the popup with focus on its link; Escape goes back.
    const popup = page.locator('.leaflet-popup');
    await marker.focus();
    await page.keyboard.press('Enter');
    await popup.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.leaflet-popup') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => popup.count()).toBe(0);
    expect(await page.evaluate(() => (document.activeElement as HTMLImageElement | null)?.alt)).toBe(name);

    // With the mouse.
    await marker.click();
    await popup.waitFor();
    expect(href).toMatch(/^\/en\/opportunities\/[a-z0-9-]+\/$/);
    expect(await popup.locator('a').first().getAttribute('href')).toBe(href);
    expect(await popup.textContent()).toContain((await item.locator('[data-place-region]').textContent())!);
    expect(await popup.textContent()).toContain((await item.locator('[data-place-investment]').textContent())!);
    expect(await popup.locator('.leaflet-popup-close-button').getAttribute('aria-label')).toBe('Close');

    await popup.locator('a').first().click();
    await page.waitForURL(`${siteUrl}${href}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('map filters', () => {
  test('choosing a filter narrows the markers and the list, and puts it in the URL; the URL restores it', async () => {
    const { page, problems } = await open('/zh/map/');
    await mapReady(page);
    // Expired and signed-or-later opportunities are listed but hidden until asked for: the map opens with the open offers.
    const total = await page.locator('[data-map-place="opportunity"][data-facet-expired~="hide"]').count();
    await expect.poll(() => opportunitiesOnMap(page)).toBe(total);
    const chain = await narrowestOption(page, 'chain');
    await page.selectOption('select[name="chain"]', chain.value);
    await expect.poll(() => page.locator('atlas-map').getAttribute('data-shown')).toBe(String(chain.count));
    expect(chain.count).toBeLessThan(total);
    await expect.poll(() => opportunitiesOnMap(page)).toBe(chain.count);
    expect(await visibleItems(page)).toBe(chain.count);
    for (const item of await page.locator('[data-map-place="opportunity"]:visible').all()) {
      expect(await item.getAttribute('data-facet-chain')).toBe(chain.value);
    }
    expect(await page.locator('[data-filter-status]').textContent()).toBe(`显示 ${chain.count} / ${total} 项`);
    const url = page.url();
    expect(new URL(url).searchParams.get('chain')).toBe(chain.value);

    // A shared link opens the same filtered map.
    const { page: again, problems: againProblems } = await open(new URL(url).pathname + new URL(url).search);
    await mapReady(again);
    expect(await again.locator('select[name="chain"]').inputValue()).toBe(chain.value);
    await expect.poll(() => again.locator('atlas-map').getAttribute('data-shown')).toBe(String(chain.count));
    await expect.poll(() => opportunitiesOnMap(again)).toBe(chain.count);
    expect(await visibleItems(again)).toBe(chain.count);

    // Clearing brings everything back and empties the URL.
    await again.click('button[type="reset"]');
    await expect.poll(() => opportunitiesOnMap(again)).toBe(total);
    expect(new URL(again.url()).search).toBe('');
    expect([...problems, ...againProblems]).toEqual([]);
    await page.context().close();
    await again.context().close();
  });

  test('layers switch on and off', async () => {
    const { page, problems } = await open('/en/map/');
    await mapReady(page);
    const regions = await page.locator('.map-regions-marker').count();
    expect(regions).toBeGreaterThan(0);
    await page.getByRole('checkbox', { name: 'Regions' }).uncheck();
    expect(await page.locator('.map-regions-marker').count()).toBe(0);
    await page.getByRole('checkbox', { name: 'Opportunities' }).uncheck();
    expect(await opportunitiesOnMap(page)).toBe(0);
    expect(await page.locator('.map-parks-marker').count()).toBeGreaterThan(0);
    await page.getByRole('checkbox', { name: 'Regions' }).check();
    await page.getByRole('checkbox', { name: 'Opportunities' }).check();
    expect(await page.locator('.map-regions-marker').count()).toBe(regions);
    expect(await opportunitiesOnMap(page)).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('without JavaScript', () => {
  test('the list of places is there and the filters still narrow it; no empty map box', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${siteUrl}/en/map/`);
    // Expired and signed-or-later opportunities are hidden by CSS until "show" is chosen.
    const total = await page.locator('[data-map-place="opportunity"][data-facet-expired~="hide"]').count();
    expect(total).toBeGreaterThan(0);
    expect(await visibleItems(page)).toBe(total);
    // No empty map box: the map drawn at build stands in for the live one.
    expect(await page.locator('[data-map-canvas]').isVisible()).toBe(false);
    expect(await page.locator('.map-frame [data-static-map] svg[role="img"]').isVisible()).toBe(true);
    expect(await page.locator('[data-map-layers]').isVisible()).toBe(false);
    const industry = await narrowestOption(page, 'industry');
    await page.selectOption('select[name="industry"]', industry.value);
    expect(await visibleItems(page)).toBe(industry.count);

    await page.goto(`${siteUrl}/zh/regions/jiutai/`);
    expect(await page.locator('atlas-map [data-map-place]').count()).toBeGreaterThan(1);
    expect(await page.locator('atlas-map [data-map-place] a').first().isVisible()).toBe(true);
    await context.close();
  });
});

describe('small maps load lazily', () => {
  test('a region page requests the map code only once its map scrolls into view', async () => {
    const mapCode: string[] = [];
    const context = await browser().newContext({ viewport: { width: 1280, height: 600 } });
    const page = await context.newPage();
    const problems = watchForProblems(page);
    page.on('request', (request) => {
      if (/\/_astro\/atlas-map[^/]*\.js$/.test(request.url())) mapCode.push(request.url());
    });
    await page.goto(`${siteUrl}/en/regions/jiutai/`);
    await page.waitForLoadState('networkidle');
    const box = await page.locator('atlas-map').boundingBox();
    expect(box!.y).toBeGreaterThan(600 + 200); // below the fold and the loader's margin
    await page.waitForTimeout(300);
    expect(mapCode).toEqual([]);
    expect(await page.locator('atlas-map[data-map-ready]').count()).toBe(0);

    await page.locator('atlas-map').scrollIntoViewIfNeeded();
    await mapReady(page);
    expect(mapCode).toHaveLength(1);
    // The region, its zone and its opportunities are on the small map.
    expect(await page.locator('atlas-map .map-regions-marker').count()).toBe(1);
    expect(await page.locator('atlas-map .map-parks-marker').count()).toBeGreaterThan(0);
    const listed = await page.locator('atlas-map [data-map-place="opportunity"]').count();
    await expect.poll(() => opportunitiesOnMap(page)).toBe(listed);

    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.target.join(' ')}`)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test('an opportunity page draws its site once scrolled to', async () => {
    const { page, problems } = await open('/zh/opportunities/jiutai-biologics-cdmo/', { width: 1280, height: 600 });
    await page.locator('atlas-map').scrollIntoViewIfNeeded();
    await mapReady(page);
    expect(await page.locator('atlas-map img.leaflet-marker-icon').count()).toBe(1);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('accessibility of the map page', () => {
  for (const locale of ['zh', 'en']) {
    test(`axe finds no violations on the ${locale} map page, with the map drawn and a popup open`, async () => {
      const { page, problems } = await open(`/${locale}/map/`);
      await mapReady(page);
      const violations = async () =>
        (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()).violations.map(
          (violation) => `${violation.id} (${violation.nodes.length}) ${violation.nodes[0]?.target.join(' ')}`,
        );
      expect(await violations()).toEqual([]);
      // A region's popup, opened from the keyboard (its marker may sit under a cluster).
      await page.locator('.map-regions-marker:visible').first().focus();
      await page.keyboard.press('Enter');
      await page.locator('.leaflet-popup').waitFor();
      // Popups fade in; judge the colours once they are fully shown.
      await expect.poll(() => page.locator('.leaflet-popup').evaluate((popup) => getComputedStyle(popup).opacity)).toBe('1');
      expect(await violations()).toEqual([]);
      expect(problems).toEqual([]);
      await page.context().close();
    });
  }
});

describe('when tiles cannot be loaded', () => {
  let server: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    // The small test guide with OpenStreetMap tiles; this machine has no internet, and the test
    // also refuses the tile requests itself.
    const content = await tempFolder('map-osm');
    // Inside the project, so that its build does not share Astro's scratch folder with another.
    const outDir = path.join(testOutput, 'map-osm-browser');
    await rm(outDir, { recursive: true, force: true });
    await cp(validFixture, content, { recursive: true });
    const site = parseDocument(await readFile(path.join(content, 'site.yaml'), 'utf8'));
    site.setIn(['map', 'provider'], 'osm');
    await writeFile(path.join(content, 'site.yaml'), site.toString());
    const { code, output } = await buildGuide({ content, outDir });
    if (code !== 0) throw new Error(output);
    server = await serveDirectory(outDir);
  });
  afterAll(async () => {
    await server?.close();
  });

  test('the map falls back to the offline basemap, and the CSP let the tile requests through', async () => {
    const page = await browser().newPage();
    const problems = watchForProblems(page);
    const tiles: string[] = [];
    await page.route('https://tile.openstreetmap.org/**', (route) => {
      tiles.push(route.request().url());
      return route.abort('internetdisconnected');
    });
    await page.goto(`${server.url}/en/map/`);
    await page.locator('atlas-map[data-basemap="outline"][data-outline="drawn"]').waitFor({ state: 'attached', timeout: 15_000 });
    expect(tiles.length).toBeGreaterThan(0);
    expect(await page.locator('.leaflet-tile-pane img').count()).toBe(0);
    expect(await page.locator('.leaflet-control-attribution').textContent()).toContain('Offline basemap');
    // Failed tiles are expected here; nothing else may fail, and the CSP refused nothing.
    const unexpected = problems.filter((problem) => !problem.includes('tile.openstreetmap.org') && !/Failed to load resource/.test(problem));
    expect(unexpected).toEqual([]);
    await page.context().close();
  });
});
