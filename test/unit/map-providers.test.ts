import { describe, expect, test } from 'vitest';
import { mapClientConfig } from '../../src/lib/map/config.ts';
import { tilesHaveFailed } from '../../src/lib/map/fallback.ts';
import { graticule } from '../../src/lib/map/graticule.ts';
import { attributionHtml, chooseBasemap, mapCspDirective, type TileBasemap } from '../../src/lib/map/providers.ts';

const key = 'abc123key';

function tiles(basemap: ReturnType<typeof chooseBasemap>): TileBasemap {
  if (basemap.kind !== 'tiles') throw new Error(`expected tiles, got the ${basemap.kind} basemap`);
  return basemap;
}

describe('tile providers from the site settings', () => {
  test('Tianditu draws the vector base with Chinese labels (cva_w) on Chinese pages', () => {
    const basemap = tiles(chooseBasemap('tianditu', 'zh', { tiandituKey: key }));
    expect(basemap.layers.map((layer) => layer.url.split('?')[0])).toEqual([
      'https://t{s}.tianditu.gov.cn/vec_w/wmts',
      'https://t{s}.tianditu.gov.cn/cva_w/wmts',
    ]);
    for (const layer of basemap.layers) {
      expect(layer.url).toContain('TILEMATRIX={z}&TILEROW={y}&TILECOL={x}');
      expect(layer.url).toContain(`tk=${key}`);
      expect(layer.subdomains).toEqual(['0', '1', '2', '3', '4', '5', '6', '7']);
    }
    expect(basemap.layers[1].zIndex).toBeGreaterThan(basemap.layers[0].zIndex);
    expect(basemap.crs).toBe('wgs84');
    expect(basemap.attribution).toEqual([{ text: '© 天地图 · 国家地理信息公共服务平台', href: 'https://www.tianditu.gov.cn/' }]);
    expect(basemap.hosts).toEqual(['0', '1', '2', '3', '4', '5', '6', '7'].map((index) => `https://t${index}.tianditu.gov.cn`));
  });

  test('Tianditu uses the English labels (eva_w) on English pages', () => {
    const basemap = tiles(chooseBasemap('tianditu', 'en', { tiandituKey: key }));
    expect(basemap.layers.map((layer) => /\/(\w+)_w\/wmts/.exec(layer.url)?.[1])).toEqual(['vec', 'eva']);
    expect(basemap.layers[1].url).toContain('LAYER=eva');
    expect(basemap.attribution[0].text).toMatch(/^© Tianditu/);
  });

  test('the Tianditu key is put into the URL encoded, and nowhere else', () => {
    const basemap = tiles(chooseBasemap('tianditu', 'zh', { tiandituKey: 'a&b=c' }));
    expect(basemap.layers[0].url).toMatch(/&tk=a%26b%3Dc$/);
    expect(JSON.stringify(basemap.attribution)).not.toContain('a&b');
  });

  test('OpenStreetMap: one host, no subdomains, credit to its contributors', () => {
    const zh = tiles(chooseBasemap('osm', 'zh'));
    expect(zh.layers).toEqual([{ url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png', subdomains: [], maxZoom: 19, zIndex: 1 }]);
    expect(zh.crs).toBe('wgs84');
    expect(zh.attribution).toEqual([{ text: '© OpenStreetMap 贡献者', href: 'https://www.openstreetmap.org/copyright' }]);
    expect(tiles(chooseBasemap('osm', 'en')).attribution[0].text).toBe('© OpenStreetMap contributors');
    expect(zh.hosts).toEqual(['https://tile.openstreetmap.org']);
  });

  test('Amap: GCJ-02, labels in the page language, four subdomains', () => {
    const zh = tiles(chooseBasemap('amap', 'zh'));
    const en = tiles(chooseBasemap('amap', 'en'));
    expect(zh.crs).toBe('gcj02');
    expect(zh.layers[0].url).toContain('lang=zh_cn');
    expect(en.layers[0].url).toContain('lang=en');
    expect(zh.layers[0].url).toMatch(/^https:\/\/webrd0\{s\}\.is\.autonavi\.com\/appmaptile\?.*x=\{x\}&y=\{y\}&z=\{z\}$/);
    expect(zh.layers[0].subdomains).toEqual(['1', '2', '3', '4']);
    expect(zh.attribution[0]).toEqual({ text: '© 高德地图', href: 'https://www.amap.com/' });
  });

  test('only Amap draws in GCJ-02', () => {
    const crs = (['tianditu', 'osm', 'amap', 'none'] as const).map((provider) => chooseBasemap(provider, 'zh', { tiandituKey: key }).crs);
    expect(crs).toEqual(['wgs84', 'wgs84', 'gcj02', 'wgs84']);
  });
});

describe('when there are no tiles, the offline GeoJSON basemap is drawn', () => {
  test('provider none', () => {
    const basemap = chooseBasemap('none', 'zh', { tiandituKey: key });
    expect(basemap).toMatchObject({ kind: 'outline', reason: 'none', crs: 'wgs84' });
  });

  test.each([undefined, '', '   '])('Tianditu without a key (%j)', (tiandituKey) => {
    expect(chooseBasemap('tianditu', 'en', { tiandituKey })).toMatchObject({ kind: 'outline', reason: 'no-key' });
  });

  test('the offline basemap still has a maximum zoom, which clustering needs', () => {
    const basemap = chooseBasemap('none', 'en');
    expect(basemap.maxZoom).toBeGreaterThanOrEqual(15);
    expect(basemap.minZoom).toBeLessThan(basemap.maxZoom);
  });

  test('its credits name the national outline\'s source', () => {
    expect(chooseBasemap('none', 'en').attribution[0]).toEqual({
      text: "Borders: world-geo-json-zh (after Natural Earth and China's standard map)",
      href: 'https://github.com/Surbowl/world-geo-json-zh',
    });
  });

  test('in the browser, tiles count as failed after two errors with none loaded, or after waiting too long', () => {
    expect(tilesHaveFailed({ loaded: 0, failed: 1, elapsedMs: 500 })).toBe(false);
    expect(tilesHaveFailed({ loaded: 0, failed: 2, elapsedMs: 500 })).toBe(true);
    expect(tilesHaveFailed({ loaded: 3, failed: 5, elapsedMs: 500 })).toBe(false);
    expect(tilesHaveFailed({ loaded: 0, failed: 0, elapsedMs: 7999 })).toBe(false);
    expect(tilesHaveFailed({ loaded: 0, failed: 0, elapsedMs: 8000 })).toBe(true);
  });
});

describe('the page\'s Content Security Policy', () => {
  test('adds no image host without tiles', () => {
    expect(mapCspDirective(chooseBasemap('none', 'zh'))).toBeUndefined();
    expect(mapCspDirective(chooseBasemap('tianditu', 'zh'))).toBeUndefined();
  });

  test('adds exactly the configured provider\'s hosts', () => {
    expect(mapCspDirective(chooseBasemap('osm', 'zh'))).toBe("img-src 'self' data: https://tile.openstreetmap.org");
    const tianditu = mapCspDirective(chooseBasemap('tianditu', 'zh', { tiandituKey: key }))!;
    expect(tianditu).toContain('https://t0.tianditu.gov.cn');
    expect(tianditu).not.toContain('openstreetmap');
    expect(mapCspDirective(chooseBasemap('amap', 'en'))).toContain('https://webrd01.is.autonavi.com');
  });
});

describe('what the browser is told', () => {
  const site = { map: { provider: 'none' as const, center: { lat: 34, lng: 108 }, zoom: 5 } };
  const places = { opportunities: [], regions: [], carriers: [], bounds: { south: 30, west: 100, north: 40, east: 120 } };

  test('without tiles: no tile layers, the offline credits, the outline URL under the base path', () => {
    const config = mapClientConfig({ locale: 'zh', mode: 'full', basemap: chooseBasemap('none', 'zh'), places, site, base: '/guide/' });
    expect(config.basemap.kind).toBe('outline');
    expect(config.basemap.layers).toEqual([]);
    expect(config.basemap.attribution).toContain('离线底图');
    expect(config.basemap.attribution).toContain('href="https://github.com/Surbowl/world-geo-json-zh"');
    expect(config.outline.url).toBe('/guide/map/outline.json');
    expect(config.view.bounds).toEqual([
      [30, 100],
      [40, 120],
    ]);
  });

  test('with the guide\'s own PMTiles file: vector tiles from the guide\'s host, no tile hosts in the CSP, names in the page language', () => {
    const basemap = chooseBasemap('pmtiles', 'en', { pmtilesUrl: '/guide/map/basemap.pmtiles' });
    expect(basemap.kind).toBe('vector');
    expect(mapCspDirective(basemap)).toBeUndefined();
    const config = mapClientConfig({ locale: 'en', mode: 'mini', basemap, places, site });
    expect(config.basemap.vector).toEqual({ url: '/guide/map/basemap.pmtiles', lang: 'en' });
    expect(config.basemap.layers).toEqual([]);
    expect(config.basemap.attribution).toContain('© OpenStreetMap contributors');
    expect(config.basemap.attribution).toContain('Protomaps');
    // Without a file the offline basemap stands in.
    expect(chooseBasemap('pmtiles', 'zh').kind).toBe('outline');
  });

  test('with tiles: the layers and their credits', () => {
    const config = mapClientConfig({ locale: 'en', mode: 'mini', basemap: chooseBasemap('osm', 'en'), places, site });
    expect(config.basemap.layers).toHaveLength(1);
    expect(config.basemap.attribution).toBe('<a href="https://www.openstreetmap.org/copyright" rel="noopener">© OpenStreetMap contributors</a>');
    expect(config.outline.url).toBe('/map/outline.json');
  });

  test('credits are escaped', () => {
    expect(attributionHtml([{ text: '<b>&', href: 'https://x.example/"' }, { text: 'plain' }])).toBe(
      '<a href="https://x.example/&#34;" rel="noopener">&#60;b&#62;&#38;</a> · plain',
    );
  });
});

describe('the graticule of the offline basemap', () => {
  test('uses a round step that draws a few lines across the view', () => {
    expect(graticule({ south: 20, west: 90, north: 50, east: 130 }).step).toBe(10);
    const close = graticule({ south: 44.0, west: 125.6, north: 44.25, east: 126.0 });
    expect(close.step).toBe(0.05);
    expect(close.lats).toEqual([44, 44.05, 44.1, 44.15, 44.2, 44.25]);
    expect(close.lngs[0]).toBe(125.6);
  });
});
