/**
 * Basemaps. The site's `map.provider` and the build's environment decide what a map draws
 * underneath its places: raster tiles from 天地图 Tianditu, OpenStreetMap or Amap, vector tiles
 * from a PMTiles file the guide serves itself (`pmtiles`: no other host at all), or — with no
 * provider, no Tianditu key, or (in the browser) tiles that fail to load — the offline GeoJSON
 * basemap: the national outline plus the regions' own boundaries.
 */
import { t, type UiKey } from '../i18n.ts';
import type { Locale } from '../vocabulary.ts';
import { mapProviders, writtenLocale } from '../vocabulary.ts';

export type MapProvider = (typeof mapProviders)[number];
export type TileProvider = Exclude<MapProvider, 'none' | 'pmtiles'>;

/** The coordinate system places are drawn in: GCJ-02 only on Amap's tiles. */
export type DisplayCrs = 'wgs84' | 'gcj02';

/** Why a map shows the offline basemap instead of tiles. */
export type OutlineReason = 'none' | 'no-key' | 'offline';

/** A credit line: text, and where it links (plain text without a link). */
export interface Attribution {
  text: string;
  href?: string;
}

/** One raster layer, in Leaflet's `L.tileLayer(url, { subdomains, maxZoom })` terms. */
export interface TileLayerSpec {
  /** URL template with `{s}`, `{z}`, `{x}`, `{y}`. */
  url: string;
  /** Values for `{s}`; empty when the template has none. */
  subdomains: string[];
  maxZoom: number;
  /** Leaflet's zIndex: labels above the base. */
  zIndex: number;
}

interface BasemapCommon {
  /** Deepest zoom. Needed by the map itself: clustering has no tile layer to ask when there are no tiles. */
  maxZoom: number;
  minZoom: number;
  /** Shown in the map's attribution control. */
  attribution: Attribution[];
}

export interface TileBasemap extends BasemapCommon {
  kind: 'tiles';
  provider: TileProvider;
  crs: DisplayCrs;
  layers: TileLayerSpec[];
  /** Origins the tiles come from, for the page's `img-src`. */
  hosts: string[];
}

export interface OutlineBasemap extends BasemapCommon {
  kind: 'outline';
  reason: Exclude<OutlineReason, 'offline'>;
  crs: 'wgs84';
}

/**
 * Vector tiles from a PMTiles archive served by the guide itself, drawn in the browser by
 * protomaps-leaflet (loaded only on pages whose basemap this is).
 */
export interface VectorBasemap extends BasemapCommon {
  kind: 'vector';
  provider: 'pmtiles';
  crs: 'wgs84';
  /** Address of the archive on the guide's own host. */
  url: string;
  /** Language of the basemap's own place names. */
  lang: Locale;
}

export type Basemap = TileBasemap | VectorBasemap | OutlineBasemap;

export interface BasemapEnvironment {
  /** 天地图 browser key, from TIANDITU_KEY at build. Never stored in the content or the repository. */
  tiandituKey?: string;
  /** Address of the PMTiles archive (provider `pmtiles`), on the guide's own host. */
  pmtilesUrl?: string;
}

/** Where the build publishes the site's PMTiles archive, under the base path. */
export const pmtilesPath = 'map/basemap.pmtiles';

const minZoom = 3;

const credit = (locale: Locale, key: UiKey, href: string): Attribution => ({ text: t(locale, key), href });

/** Credits of the offline basemap: the national outline's source. */
export function outlineAttribution(locale: Locale): Attribution[] {
  return [credit(locale, 'map.attribution.outline', 'https://github.com/Surbowl/world-geo-json-zh')];
}

const tiandituHosts = Array.from({ length: 8 }, (_, index) => `https://t${index}.tianditu.gov.cn`);

/** A Tianditu WMTS layer in the Web Mercator (`_w`) tile matrix set. */
function tiandituLayer(layer: 'vec' | 'cva' | 'eva', key: string, zIndex: number): TileLayerSpec {
  return {
    url:
      `https://t{s}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}` +
      `&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(key)}`,
    subdomains: ['0', '1', '2', '3', '4', '5', '6', '7'],
    maxZoom: 18,
    zIndex: zIndex,
  };
}

/**
 * What a map in `locale` draws underneath its places. Tianditu: vector base (`vec_w`) with
 * Chinese labels (`cva_w`) or English labels (`eva_w`); without a key it cannot load, so the
 * offline basemap is used instead. Amap's tiles are in GCJ-02, so places are shifted to match.
 */
export function chooseBasemap(provider: MapProvider, locale: Locale, environment: BasemapEnvironment = {}): Basemap {
  const key = environment.tiandituKey?.trim() ?? '';
  switch (provider) {
    case 'tianditu':
      if (key === '') break;
      return {
        kind: 'tiles',
        provider,
        crs: 'wgs84',
        layers: [tiandituLayer('vec', key, 1), tiandituLayer(writtenLocale(locale) === 'zh' ? 'cva' : 'eva', key, 2)],
        hosts: tiandituHosts,
        maxZoom: 18,
        minZoom,
        attribution: [credit(locale, 'map.attribution.tianditu', 'https://www.tianditu.gov.cn/')],
      };
    case 'osm':
      return {
        kind: 'tiles',
        provider,
        crs: 'wgs84',
        layers: [{ url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png', subdomains: [], maxZoom: 19, zIndex: 1 }],
        hosts: ['https://tile.openstreetmap.org'],
        maxZoom: 19,
        minZoom,
        attribution: [credit(locale, 'map.attribution.osm', 'https://www.openstreetmap.org/copyright')],
      };
    case 'amap':
      return {
        kind: 'tiles',
        provider,
        crs: 'gcj02',
        layers: [
          {
            url: `https://webrd0{s}.is.autonavi.com/appmaptile?lang=${writtenLocale(locale) === 'zh' ? 'zh_cn' : 'en'}&size=1&scale=1&style=8&x={x}&y={y}&z={z}`,
            subdomains: ['1', '2', '3', '4'],
            maxZoom: 18,
            zIndex: 1,
          },
        ],
        hosts: ['1', '2', '3', '4'].map((subdomain) => `https://webrd0${subdomain}.is.autonavi.com`),
        maxZoom: 18,
        minZoom,
        attribution: [credit(locale, 'map.attribution.amap', 'https://www.amap.com/')],
      };
    case 'pmtiles':
      if (!environment.pmtilesUrl) break;
      return {
        kind: 'vector',
        provider,
        crs: 'wgs84',
        url: environment.pmtilesUrl,
        lang: locale,
        // Vector tiles stay sharp when overzoomed past the archive's deepest level.
        maxZoom: 18,
        minZoom,
        attribution: [
          credit(locale, 'map.attribution.pmtiles', 'https://www.openstreetmap.org/copyright'),
          { text: 'Protomaps', href: 'https://protomaps.com' },
        ],
      };
    case 'none':
      break;
  }
  return {
    kind: 'outline',
    reason: provider === 'none' ? 'none' : 'no-key',
    crs: 'wgs84',
    maxZoom: 18,
    minZoom,
    attribution: outlineAttribution(locale),
  };
}

/** The `img-src` sources a page with this basemap needs beyond its own: none without tiles. */
export function imageSources(basemap: Basemap): string[] {
  return basemap.kind === 'tiles' ? basemap.hosts : [];
}

/** A CSP directive to add to a map page, or undefined when the page's defaults suffice. */
export function mapCspDirective(basemap: Basemap): string | undefined {
  const hosts = imageSources(basemap);
  return hosts.length === 0 ? undefined : `img-src 'self' data: ${hosts.join(' ')}`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** Leaflet's attribution control takes HTML; the credits are escaped into links. */
export function attributionHtml(credits: readonly Attribution[]): string {
  return credits
    .map(({ text, href }) => (href === undefined ? escapeHtml(text) : `<a href="${escapeHtml(href)}" rel="noopener">${escapeHtml(text)}</a>`))
    .join(' · ');
}
