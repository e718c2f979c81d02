import AxeBuilder from '@axe-core/playwright';
import { namedFlavor } from '@protomaps/basemaps';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { parseDocument } from 'yaml';
import { watchForProblems } from '../support/browser.ts';
import { useBrowser } from '../support/browser-suite.ts';
import { buildGuide } from '../support/build.ts';
import { validFixture } from '../support/fixtures.ts';
import { testOutput } from '../support/paths.ts';
import { pmtilesFromGeoJson } from '../support/pmtiles-fixture.ts';
import { serveDirectory } from '../support/static-server.ts';
import { tempFolder } from '../support/temp.ts';

const siteUrl = inject('siteUrl');
const browser = useBrowser();

async function open(address: string, viewport = { width: 1280, height: 900 }) {
  const context = await browser().newContext({ viewport });
  const page = await context.newPage();
  const problems = watchForProblems(page);
  await page.goto(address.startsWith('http') ? address : `${siteUrl}${address}`);
  return { page, problems };
}

async function mapReady(page: Page): Promise<void> {
  await page.locator('atlas-map').first().scrollIntoViewIfNeeded();
  await page.locator('atlas-map[data-map-ready][data-outline="drawn"]').waitFor({ state: 'attached' });
}

type Rect = { x: number; y: number; width: number; height: number };
const within = (inner: Rect, outer: Rect) =>
  inner.x >= outer.x - 0.5 && inner.y >= outer.y - 0.5 && inner.x + inner.width <= outer.x + outer.width + 0.5 && inner.y + inner.height <= outer.y + outer.height + 0.5;

/** Centres of every mark on the map (clusters, pins, regions, parks, land), and the map's box. */
async function marksAndFrame(page: Page) {
  const frame = (await page.locator('[data-map-canvas]').boundingBox())!;
  const marks = await page.locator('.leaflet-marker-pane .leaflet-marker-icon:not(.map-mark-waiting)').evaluateAll((icons) =>
    icons.map((icon) => {
      const box = icon.getBoundingClientRect();
      const pin = icon.tagName === 'IMG';
      // A pin stands on its point (its bottom centre); the other marks are centred on theirs.
      return { x: box.left + box.width / 2, y: pin ? box.bottom : box.top + box.height / 2 };
    }),
  );
  return { frame, marks };
}

/** How many opportunities the map shows: cluster counts plus single pins. */
const opportunitiesOnMap = (page: Page) =>
  page.evaluate(() => {
    const clusters = [...document.querySelectorAll('.marker-cluster')].reduce((sum, cluster) => sum + Number(cluster.textContent), 0);
    return clusters + document.querySelectorAll('img.leaflet-marker-icon').length;
  });

/** The scale bar's length in metres: smaller means zoomed in further. */
const scaleMetres = async (page: Page) => {
  const text = (await page.locator('.leaflet-control-scale-line').textContent())!;
  const [, value, unit] = /([\d.]+)\s*(km|m)/.exec(text)!;
  return Number(value) * (unit === 'km' ? 1000 : 1);
};

describe('names and marks on the map without tiles', () => {
  for (const [locale, region, park] of [
    ['en', 'Jiutai District', 'Changchun Jiutai Economic Development Zone'],
    ['zh', '九台区', '长春九台经济开发区'],
  ] as const) {
    test(`a region page (${locale}) names the region and its zone on the map, has a key, and a popup with the investment and a link`, async () => {
      const { page, problems } = await open(`/${locale}/regions/jiutai/`);
      await mapReady(page);
      const labels = page.locator('atlas-map .leaflet-map-pane .map-label');
      // Long names break over two lines.
      const shownNames = async () => (await labels.allTextContents()).map((text) => text.replace(/\s+/g, ' '));
      // The zone's Chinese name always fits beside its mark. Its English name takes two lines next to
      // a cluster and two pins, and whether it clears them comes down to a few pixels of the
      // system font's metrics; a name that would touch a mark is left off by design, and the
      // list beside the map names the zone then.
      await expect.poll(shownNames).toEqual(expect.arrayContaining(locale === 'zh' ? [region, park] : [region]));
      if (!(await shownNames()).includes(park)) expect(await page.getByRole('link', { name: park }).count()).toBeGreaterThan(0);
      // Every name is drawn inside the map, and no two overlap.
      const frame = (await page.locator('[data-map-canvas]').boundingBox())!;
      const boxes = await labels.evaluateAll((elements) =>
        elements.map((element) => {
          const { x, y, width, height } = element.getBoundingClientRect();
          return { x, y, width, height };
        }),
      );
      for (const box of boxes) expect(within(box, frame)).toBe(true);
      for (const [index, a] of boxes.entries()) {
        for (const b of boxes.slice(index + 1)) {
          expect(a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y).toBe(true);
        }
      }
      expect(await labels.filter({ hasText: region }).isVisible()).toBe(true);

      // The key names each kind of mark the map shows.
      const legend = page.locator('atlas-map [data-map-legend]');
      expect(await legend.isVisible()).toBe(true);
      expect(await legend.locator('li').count()).toBeGreaterThanOrEqual(3);

      // Each mark and button is a whole touch target.
      const targets = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
      expect(targets.violations.flatMap((violation) => violation.nodes.map((node) => node.target.join(' ')))).toEqual([]);

      // An opportunity's popup: investment, stage, industry, and a link to its page.
      const pins = page.locator('atlas-map img.leaflet-marker-icon');
      for (let attempt = 0; attempt < 8 && (await pins.count()) === 0; attempt += 1) {
        await page.locator('atlas-map .marker-cluster').first().click();
        await page.waitForTimeout(500);
      }
      const marker = pins.first();
      const name = (await marker.getAttribute('alt'))!;
      const items = page.locator('atlas-map [data-map-place="opportunity"]');
      const names = await items.evaluateAll((elements) => elements.map((element) => (element as HTMLElement).dataset.name ?? element.querySelector('a')!.textContent!.trim()));
      const item = items.nth(names.indexOf(name));
      await marker.click();
      const popup = page.locator('.leaflet-popup');
      await popup.waitFor();
      const text = (await popup.textContent())!;
      expect(text).toContain((await item.locator('[data-place-investment]').textContent())!);
      expect(text).toContain((await item.getAttribute('data-stage'))!);
      expect(text).toContain((await item.getAttribute('data-industry'))!);
      expect(await popup.locator('a').first().getAttribute('href')).toBe(await item.locator('a').getAttribute('href'));
      await expect.poll(() => popup.evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.target.join(' ')}`)).toEqual([]);
      expect(problems).toEqual([]);
      await page.context().close();
    });
  }

  test('land and buildings with a location are marked by status, with their status in the popup', async () => {
    const { page, problems } = await open('/en/regions/jiutai-devzone/');
    await mapReady(page);
    const items = page.locator('atlas-map [data-map-place="carrier"]');
    expect(await items.count()).toBeGreaterThan(0);
    expect(await page.locator('atlas-map .map-carrier-marker').count()).toBe(await items.count());
    const status = (await items.first().getAttribute('data-status'))!;
    await page.locator(`atlas-map .map-carrier-${status}:visible`).first().focus();
    await page.keyboard.press('Enter');
    await page.locator('.leaflet-popup').waitFor();
    expect(await page.locator('.leaflet-popup').textContent()).toContain((await items.first().locator('[data-place-status]').textContent())!);
    // A zone's map also shows the district it belongs to.
    expect(await page.locator('atlas-map [data-map-place="region"][data-id="jiutai"]').count()).toBe(1);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('the first view fits', () => {
  for (const locale of ['zh', 'en']) {
    test(`on a 390 × 844 phone every place of the ${locale} overview map is inside the first view, each mark a whole touch target`, async () => {
      const { page, problems } = await open(`/${locale}/map/`, { width: 390, height: 844 });
      await mapReady(page);
      // Expired and signed-or-later opportunities stay off the map until asked for.
      const total = await page.locator('[data-map-place="opportunity"][data-facet-expired~="hide"]').count();
      // The clusterer draws only what is in view: all of them drawn means all of them in view.
      await expect.poll(() => opportunitiesOnMap(page)).toBe(total);
      const { frame, marks } = await marksAndFrame(page);
      const regions = await page.locator('[data-map-place="region"]').count();
      expect(marks.length).toBeGreaterThanOrEqual(regions);
      for (const mark of marks) expect(within({ ...mark, width: 0, height: 0 }, frame), JSON.stringify(mark)).toBe(true);
      // Every mark, cluster and button is a whole touch target of at least 24 px.
      const targets = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
      expect(targets.violations.flatMap((violation) => violation.nodes.map((node) => node.target.join(' ')))).toEqual([]);
      expect(problems).toEqual([]);
      await page.context().close();
    });
  }

  test('a filter closes the open popup and refits to what remains; with nothing left the map says so', async () => {
    const { page, problems } = await open('/en/map/', { width: 390, height: 844 });
    await mapReady(page);
    const before = await scaleMetres(page);
    await page.locator('.map-regions-marker:visible').first().focus();
    await page.keyboard.press('Enter');
    await page.locator('.leaflet-popup').waitFor();

    // The region with the fewest opportunities.
    const options = await page.locator('select[name="region"] option').evaluateAll((elements) =>
      elements.map((element) => ({ value: (element as HTMLOptionElement).value, count: Number(/\((\d+)\)\s*$/.exec(element.textContent ?? '')?.[1] ?? 0) })),
    );
    const region = options.filter((option) => option.value !== '' && option.count > 0).sort((a, b) => a.count - b.count)[0];
    await page.selectOption('select[name="region"]', region.value);
    await expect.poll(() => page.locator('.leaflet-popup').count()).toBe(0);
    await expect.poll(() => opportunitiesOnMap(page)).toBe(region.count);
    await expect.poll(() => scaleMetres(page)).toBeLessThan(before);
    // Every opportunity still shown is in view once the map has moved.
    const outside = async () => {
      const frame = (await page.locator('[data-map-canvas]').boundingBox())!;
      const centres = await page.locator('img.leaflet-marker-icon, .marker-cluster').evaluateAll((icons) =>
        icons.map((icon) => {
          const box = icon.getBoundingClientRect();
          return { x: box.left + box.width / 2, y: icon.tagName === 'IMG' ? box.bottom : box.top + box.height / 2, width: 0, height: 0 };
        }),
      );
      return centres.filter((centre) => !within(centre, frame)).length;
    };
    await expect.poll(outside).toBe(0);
    expect(await page.locator('[data-map-notice]').isVisible()).toBe(false);

    // A chain no opportunity of that region belongs to: nothing remains.
    const chains = await page.locator('[data-map-place="opportunity"]').evaluateAll(
      (items, chosen) => ({
        here: [...new Set(items.filter((item) => (item as HTMLElement).dataset.facetRegion?.split(' ').includes(chosen)).flatMap((item) => ((item as HTMLElement).dataset.facetChain ?? '').split(' ')))],
      }),
      region.value,
    );
    const chainOptions = await page.locator('select[name="chain"] option').evaluateAll((elements) => elements.map((element) => (element as HTMLOptionElement).value));
    const elsewhere = chainOptions.find((value) => value !== '' && !chains.here.includes(value))!;
    await page.selectOption('select[name="chain"]', elsewhere);
    const notice = page.locator('[data-map-notice]');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('No opportunity matches these filters');
    expect(await page.locator('[data-filter-status]').getAttribute('aria-live')).toBe('polite');
    expect(await page.locator('[data-filter-status]').textContent()).toContain('No opportunity matches these filters');
    expect(await opportunitiesOnMap(page)).toBe(0);
    // The whole area again, not an empty corner.
    await expect.poll(() => scaleMetres(page)).toBeGreaterThanOrEqual(before);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('the pmtiles basemap', () => {
  let server: { url: string; close: () => Promise<void> };
  const land = { west: 120, south: 40, east: 131, north: 48 };
  // A lake between Changchun and Jiutai.
  const lake = { west: 125.45, south: 43.9, east: 125.7, north: 44.08 };
  const box = ({ west, south, east, north }: typeof land) => [[[west, south], [east, south], [east, north], [west, north], [west, south]]];

  beforeAll(async () => {
    const content = await tempFolder('map-pmtiles');
    const outDir = path.join(testOutput, 'map-pmtiles-browser');
    await rm(outDir, { recursive: true, force: true });
    await cp(validFixture, content, { recursive: true });
    await mkdir(path.join(content, 'maps'), { recursive: true });
    const feature = (kind: string, coordinates: unknown, type = 'Polygon') => ({ type: 'Feature', properties: { kind }, geometry: { type, coordinates } });
    const archive = pmtilesFromGeoJson(
      {
        earth: { type: 'FeatureCollection', features: [feature('earth', box(land))] },
        water: { type: 'FeatureCollection', features: [feature('lake', box(lake))] },
      } as never,
      { minZoom: 0, maxZoom: 9 },
    );
    await writeFile(path.join(content, 'maps', 'basemap.pmtiles'), archive);
    const site = parseDocument(await readFile(path.join(content, 'site.yaml'), 'utf8'));
    site.setIn(['map', 'provider'], 'pmtiles');
    site.setIn(['map', 'pmtiles'], 'maps/basemap.pmtiles');
    await writeFile(path.join(content, 'site.yaml'), site.toString());
    const { code, output } = await buildGuide({ content, outDir });
    if (code !== 0) throw new Error(output);
    server = await serveDirectory(outDir);
  });
  afterAll(async () => {
    await server?.close();
  });

  test('draws the vector tiles of the guide\'s own PMTiles file with every other host blocked', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const foreign: string[] = [];
    await context.route('**/*', (route) => {
      if (route.request().url().startsWith(server.url) || route.request().url().startsWith('data:')) return route.continue();
      foreign.push(route.request().url());
      return route.abort('internetdisconnected');
    });
    const page = await context.newPage();
    const problems = watchForProblems(page);
    const archiveRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/map/basemap.pmtiles')) archiveRequests.push(request.url());
    });
    await page.goto(`${server.url}/en/map/`);
    await page.locator('atlas-map[data-basemap="vector"][data-vector="drawn"]').waitFor({ state: 'attached', timeout: 20_000 });
    expect(archiveRequests.length).toBeGreaterThan(0);

    // The tiles are canvases holding the style's land and water colours.
    const flavor = namedFlavor('light');
    const colours = await page.locator('.leaflet-tile-pane canvas.leaflet-tile').evaluateAll((canvases) => {
      const seen = new Set<string>();
      for (const canvas of canvases as HTMLCanvasElement[]) {
        const context = canvas.getContext('2d');
        if (!context || canvas.width === 0) continue;
        const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
        for (let index = 0; index < data.length; index += 4 * 97) {
          seen.add(`#${[data[index], data[index + 1], data[index + 2]].map((value) => value.toString(16).padStart(2, '0')).join('')}`);
        }
      }
      return [...seen];
    });
    expect(colours).toContain(flavor.earth);
    expect(colours).toContain(flavor.water);
    expect(await page.locator('.leaflet-control-attribution').textContent()).toContain('OpenStreetMap');
    // Places and names are still drawn over the vector tiles.
    expect(await page.locator('.map-regions-marker').count()).toBeGreaterThan(0);
    expect(await page.locator('.map-label').count()).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('a map page without the pmtiles provider never loads the vector renderer', async () => {
    const { page, problems } = await open('/en/map/');
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.reload();
    await mapReady(page);
    expect(scripts.some((url) => /vector-basemap/.test(url))).toBe(false);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
