import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import type { AtlasContent } from '../../src/lib/content/types.ts';
import { isOpenStage } from '../../src/lib/pipeline.ts';
import { builtSite, sampleContent, testToday } from '../support/paths.ts';
import { pagePaths, readPage, text } from '../support/site.ts';

let content: AtlasContent;
let pages: string[];
beforeAll(async () => {
  content = await loadContent(sampleContent);
  pages = await pagePaths();
});

const fileText = (urlPath: string) => readFile(path.join(builtSite, urlPath), 'utf8');
const gz = (code: string) => gzipSync(code, { level: 9 }).length;

/** Static `import … from "x"` / `import "x"` targets of a bundled module (not `import("x")`). */
function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:\bimport|\bexport)\s*(?:[^"'`()]*?\bfrom\s*)?["'`]([^"'`]+\.js)["'`]/g)].map((match) => match[1]);
}

/** `import("x")` targets, and the files Vite preloads with them. */
function dynamicImports(code: string): string[] {
  const imports = [...code.matchAll(/\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)].map((match) => match[1]);
  const preloaded = [...code.matchAll(/__vite__mapDeps[^[]*\[([^\]]*)\]/g)].flatMap((match) =>
    [...match[1].matchAll(/["'`]([^"'`]+)["'`]/g)].map((file) => `/${file[1]}`),
  );
  return [...imports, ...preloaded];
}

/** Stylesheets a bundled module links itself (the map links Leaflet's sheet when it draws). */
function linkedStylesheets(code: string): string[] {
  return [...code.matchAll(/["'`](\/_astro\/[^"'`]+\.css)["'`]/g)].map((match) => match[1]);
}

interface PageAssets {
  /** JavaScript run when the page loads: its scripts and everything they import statically. */
  initialJs: Map<string, string>;
  /** JavaScript (and CSS) loaded later through `import()` or linked by a script, e.g. when a map is drawn. */
  lazy: Map<string, string>;
  css: Map<string, string>;
  html: string;
}

async function assetsOf(pagePath: string): Promise<PageAssets> {
  const document = await readPage(pagePath);
  const html = await fileText(pagePath.endsWith('/') ? `${pagePath}index.html` : pagePath);
  const initialJs = new Map<string, string>();
  const lazy = new Map<string, string>();
  const css = new Map<string, string>();
  const follow = async (file: string, into: Map<string, string>, from: string) => {
    const resolved = path.posix.resolve(path.posix.dirname(from), file);
    if (into.has(resolved) || (into === lazy && initialJs.has(resolved))) return;
    const code = await fileText(resolved);
    into.set(resolved, code);
    if (!resolved.endsWith('.js')) return;
    for (const sheet of linkedStylesheets(code)) await follow(sheet, lazy, '/');
    for (const target of staticImports(code)) await follow(target, into, resolved);
    for (const target of dynamicImports(code)) await follow(target, lazy, target.startsWith('/') ? '/' : resolved);
  };
  for (const script of document.querySelectorAll('script')) {
    const type = script.getAttribute('type');
    if (type && type !== 'module') continue; // JSON data blocks never run
    const source = script.getAttribute('src');
    if (source) await follow(source, initialJs, '/');
    else {
      initialJs.set(`${pagePath}#inline`, script.textContent);
      for (const target of staticImports(script.textContent)) await follow(target, initialJs, '/');
      for (const target of dynamicImports(script.textContent)) await follow(target, lazy, '/');
    }
  }
  for (const link of document.querySelectorAll('link[rel="stylesheet"]')) css.set(link.getAttribute('href')!, await fileText(link.getAttribute('href')!));
  return { initialJs, lazy, css, html };
}

const total = (files: Map<string, string>, filter: (name: string) => boolean = () => true) =>
  [...files].filter(([name]) => filter(name)).reduce((sum, [, code]) => sum + gz(code), 0);
const isLeaflet = (code: string) => code.includes('leaflet-marker-icon') && code.includes('markercluster');
const hasLeaflet = (files: Map<string, string>) => [...files].some(([name, code]) => name.endsWith('.js') && isLeaflet(code));
const hasLeafletCss = (files: Map<string, string>) => [...files].some(([name, code]) => name.endsWith('.css') && code.includes('.leaflet-container'));

const mapPagePattern = /^\/(zh-hant|zh|en)\/(map\/|regions\/[^/]+\/|opportunities\/[^/]+\/)$/;

describe('the map page', () => {
  test.each(['zh', 'en'])('exists in %s and is in the main navigation of every page', async (locale) => {
    expect(pages).toContain(`/${locale}/map/`);
    const document = await readPage(`/${locale}/map/`);
    expect(document.querySelector('h1')).not.toBeNull();
    expect(document.querySelector('atlas-map [data-map-canvas]')).not.toBeNull();
    for (const page of [`/${locale}/`, `/${locale}/policies/`]) {
      const nav = (await readPage(page)).querySelector('header nav');
      expect(nav?.querySelector(`a[href="/${locale}/map/"]`), page).not.toBeNull();
    }
    expect(nav(document)?.querySelector(`a[href="/${locale}/map/"]`)?.getAttribute('aria-current')).toBe('page');
  });

  test.each(['zh', 'en'])('lists every place in plain HTML, so the page works without JavaScript (%s)', async (locale) => {
    const document = await readPage(`/${locale}/map/`);
    const opportunities = document.querySelectorAll('[data-map-place="opportunity"]');
    expect(opportunities).toHaveLength(content.opportunities.length);
    const links = opportunities.map((item) => item.querySelector('a')?.getAttribute('href'));
    expect(new Set(links)).toEqual(new Set(content.opportunities.map((opportunity) => `/${locale}/opportunities/${opportunity.id}/`)));
    const regions = document.querySelectorAll('[data-map-place="region"]');
    expect(regions.map((item) => item.getAttribute('data-id')).sort()).toEqual(content.regions.map((region) => region.id).sort());
    for (const item of [...opportunities, ...regions]) {
      expect(Number(item.getAttribute('data-lat')), text(item)).not.toBeNaN();
      expect(Number(item.getAttribute('data-lng')), text(item)).not.toBeNaN();
    }
    // Each line says where and how much, as the popup does.
    for (const item of opportunities) {
      expect(text(item.querySelector('[data-place-region]'))).not.toBe('');
      // An amount, or 面议 / to be negotiated for the sample's negotiable project.
      const negotiable = item.querySelector('a')?.getAttribute('href')?.includes('jiutai-urban-delivery-hub');
      expect(text(item.querySelector('[data-place-investment]'))).toMatch(negotiable ? /^(面议|to be negotiated)$/ : /\d/);
    }
  });

  test('offers the opportunity list\'s filters: same names, same options', async () => {
    for (const locale of ['zh', 'en']) {
      const map = await readPage(`/${locale}/map/`);
      const list = await readPage(`/${locale}/opportunities/`);
      for (const name of ['region', 'chain', 'industry', 'band']) {
        const options = (document: typeof map) =>
          document.querySelectorAll(`select[name="${name}"] option`).map((option) => `${option.getAttribute('value')}=${text(option)}`);
        expect(options(map), `${locale} ${name}`).toEqual(options(list));
      }
      expect(map.querySelector('select[name="cooperation"]')).toBeNull();
      // Without JavaScript the filters narrow the list through CSS, with the style allowed by hash.
      const style = map.querySelectorAll('style').find((element) => element.textContent.includes('[data-filter-item]'));
      expect(style?.textContent).toContain('[data-filter-scope]:not([data-enhanced])');
    }
  });

  test('each opportunity carries the same facet values as on the opportunity list', async () => {
    const map = await readPage('/en/map/');
    const list = await readPage('/en/opportunities/');
    const facetsOf = (document: typeof map, selector: string) =>
      new Map(
        document.querySelectorAll(selector).map((item) => [
          item.querySelector('a')?.getAttribute('href'),
          ['region', 'chain', 'industry', 'band'].map((name) => item.getAttribute(`data-facet-${name}`)).join('|'),
        ]),
      );
    const fromList = new Map(
      list.querySelectorAll('[data-filter-item]').map((item) => [
        item.querySelector('a[href*="/opportunities/"]')?.getAttribute('href'),
        ['region', 'chain', 'industry', 'band'].map((name) => item.getAttribute(`data-facet-${name}`)).join('|'),
      ]),
    );
    expect(facetsOf(map, '[data-map-place="opportunity"]')).toEqual(fromList);
  });
});

function nav(document: Awaited<ReturnType<typeof readPage>>) {
  return document.querySelector('header nav');
}

describe('small maps on region and opportunity pages', () => {
  test('a region page lists the region, the areas within it and their opportunities beside its map', async () => {
    const document = await readPage('/zh/regions/jiutai/');
    const map = document.querySelector('atlas-map[data-lazy]');
    expect(map).not.toBeNull();
    const regionIds = map!.querySelectorAll('[data-map-place="region"]').map((item) => item.getAttribute('data-id'));
    expect(regionIds[0]).toBe('jiutai');
    const inside = content.regions.filter((region) => region.data.parent === 'jiutai').map((region) => region.id);
    for (const id of inside) expect(regionIds).toContain(id);
    const parentOf = new Map(content.regions.map((region) => [region.id, region.data.parent]));
    const within = (id: string | undefined): boolean => id !== undefined && (id === 'jiutai' || within(parentOf.get(id)));
    // Open offers only: expired offers and projects signed or later are folded away below.
    const isOffer = (data: { stage: Parameters<typeof isOpenStage>[0]; validUntil?: string }) => isOpenStage(data.stage) && !(data.validUntil !== undefined && data.validUntil < testToday);
    const opportunities = content.opportunities.filter((opportunity) => within(opportunity.data.region) && isOffer(opportunity.data));
    expect(opportunities.length).toBeLessThan(content.opportunities.filter((opportunity) => within(opportunity.data.region)).length);
    expect(map!.querySelectorAll('[data-map-place="opportunity"]').length).toBe(opportunities.length);
    expect(map!.querySelector('[data-map-place="opportunity"] a[href="/zh/opportunities/jiutai-truking-huatong-new-plant/"]')).toBeNull();
  });

  test('an opportunity page shows its site and its region', async () => {
    const opportunity = content.opportunities.find((candidate) => candidate.data.location)!;
    const document = await readPage(`/en/opportunities/${opportunity.id}/`);
    const items = document.querySelectorAll('atlas-map [data-map-place]');
    expect(items.map((item) => item.getAttribute('data-map-place')).sort()).toEqual(['opportunity', 'region']);
    const place = document.querySelector('atlas-map [data-map-place="opportunity"]')!;
    expect(Number(place.getAttribute('data-lat'))).toBeCloseTo(opportunity.data.location!.lat, 4);
    expect(place.hasAttribute('data-approximate')).toBe(false);
  });
});

describe('map code and styles only where there is a map', () => {
  test('Leaflet\'s script and styles reach only map, region and opportunity pages; region and opportunity pages load the script only on demand', async () => {
    for (const page of pages.filter((candidate) => candidate.endsWith('/') || candidate.endsWith('.html'))) {
      const assets = await assetsOf(page);
      // An MDX article may show a small map of its own (<MiniMap />): then it is a map page too.
      const withMap = mapPagePattern.test(page) || (/^\/(zh-hant|zh|en)\/articles\/[^/]+\/$/.test(page) && assets.html.includes('<atlas-map'));
      if (!withMap) {
        expect(hasLeaflet(assets.initialJs) || hasLeaflet(assets.lazy), page).toBe(false);
        expect(hasLeafletCss(assets.css), page).toBe(false);
        expect(assets.html, page).not.toContain('<atlas-map');
        continue;
      }
      expect(hasLeafletCss(assets.css) || hasLeafletCss(assets.lazy), page).toBe(true);
      if (page.endsWith('/map/')) expect(hasLeaflet(assets.initialJs), page).toBe(true);
      else {
        expect(hasLeaflet(assets.initialJs), page).toBe(false);
        expect(hasLeaflet(assets.lazy), page).toBe(true);
      }
    }
  });

  test('gzipped weight per page type stays within budget', async () => {
    const types = {
      'map page': '/zh/map/',
      'region page': '/en/regions/jiutai/',
      'opportunity page': `/zh/opportunities/${content.opportunities[0].id}/`,
      'opportunity list': '/zh/opportunities/',
      'chain page': `/en/chains/${content.chains[0].id}/`,
      home: '/zh/',
    };
    const rows: string[] = [];
    const sizes: Record<string, { initialJs: number; lazyJs: number; mapCss: number; html: number }> = {};
    for (const [type, page] of Object.entries(types)) {
      const assets = await assetsOf(page);
      const stylesheets = new Map([...assets.css, ...[...assets.lazy].filter(([name]) => name.endsWith('.css'))]);
      const mapCss = total(stylesheets, (name) => hasLeafletCss(new Map([[name, stylesheets.get(name)!]])));
      sizes[type] = {
        initialJs: total(assets.initialJs),
        lazyJs: total(assets.lazy, (name) => name.endsWith('.js')),
        mapCss,
        html: gz(assets.html),
      };
      const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
      rows.push(`${type.padEnd(17)} ${page.padEnd(44)} JS at load ${kb(sizes[type].initialJs).padStart(8)} · JS on demand ${kb(sizes[type].lazyJs).padStart(8)} · map CSS ${kb(mapCss).padStart(7)} · HTML ${kb(sizes[type].html).padStart(7)}`);
    }
    const outline = gz(await fileText('/map/outline.json'));
    rows.push(`national outline  /map/outline.json (fetched only without tiles) ${(outline / 1024).toFixed(1)} KB`);
    console.log(`gzipped sizes:\n${rows.join('\n')}`);

    // The map page: Leaflet, the clusterer and our code, within Leaflet's own order of weight.
    expect(sizes['map page'].initialJs).toBeLessThan(68 * 1024);
    expect(sizes['map page'].mapCss).toBeLessThan(8 * 1024);
    // Region and opportunity pages: a loader of at most 2 KB until the map is in view.
    for (const type of ['region page', 'opportunity page']) {
      expect(sizes[type].initialJs, type).toBeGreaterThan(0);
      expect(sizes[type].initialJs, type).toBeLessThanOrEqual(2 * 1024);
      expect(sizes[type].lazyJs, type).toBeGreaterThan(40 * 1024);
    }
    // Pages without a map pay nothing for maps.
    expect(sizes.home.initialJs + sizes.home.lazyJs + sizes.home.mapCss).toBe(0);
    expect(sizes['chain page'].lazyJs + sizes['chain page'].mapCss).toBe(0);
    expect(outline).toBeLessThan(8 * 1024);
  });

  test('marker images are bundled (or inlined), not looked up at a path that bundling broke', async () => {
    const { initialJs } = await assetsOf('/zh/map/');
    const leaflet = [...initialJs.values()].find(isLeaflet)!;
    // Leaflet's default icon guesses its folder from CSS; our icon is set explicitly from imports.
    const icons = [...leaflet.matchAll(/["'`](data:image\/png;base64,[^"'`]{40}|\/_astro\/marker-icon[^"'`]*\.png)/g)].map((match) => match[1]);
    expect(icons.length).toBeGreaterThanOrEqual(3);
  });
});

describe('Content Security Policy of map pages', () => {
  test('with provider none, no page allows a tile host: images stay self and data: only', async () => {
    for (const page of pages.filter((candidate) => candidate !== '/404.html')) {
      const policy = (await readPage(page)).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
      const imgSrc = /img-src ([^;]*)/.exec(policy)?.[1].trim();
      expect(imgSrc, page).toBe("'self' data:");
      expect(policy, page).not.toMatch(/tianditu|openstreetmap|autonavi/);
    }
  });

  test('the map settings in the page name no tile URL when there are no tiles', async () => {
    const config = JSON.parse((await readPage('/en/map/')).querySelector('script[data-map-config]')!.textContent);
    expect(config.basemap.kind).toBe('outline');
    expect(config.basemap.layers).toEqual([]);
    expect(config.outline.url).toBe('/map/outline.json');
  });
});
