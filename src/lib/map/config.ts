/**
 * What the browser's map script is told, as one JSON block in the page (a data block: it never
 * runs, so the CSP is not involved). The places themselves are not in it: the script reads them
 * from the plain list beside the map (a long guide's opportunities from the data file that list
 * names, src/lib/map/points.ts), so the list and the markers cannot disagree.
 */
import type { Site } from '../../schemas/index.ts';
import { t } from '../i18n.ts';
import type { Locale } from '../vocabulary.ts';
import { displayPoint, type AreaGeometry, type Bounds } from './geometry.ts';
import type { MapPlaces } from './places.ts';
import { attributionHtml, outlineAttribution, type Basemap, type TileLayerSpec } from './providers.ts';

export type MapMode = 'full' | 'mini';

export interface MapLabels {
  zoomIn: string;
  zoomOut: string;
  closePopup: string;
  /** "{count} opportunities here…", the accessible name of a cluster. */
  cluster: string;
  region: string;
  investment: string;
  approximate: string;
  offline: string;
  /** "Showing {shown} of {total}". */
  showing: string;
  failed: string;
  stage: string;
  industry: string;
  validUntil: string;
  expired: string;
  figure: string;
  carrierKind: string;
  carrierStatus: string;
  /** Said on the map and announced when a filter leaves nothing to show. */
  emptyView: string;
}

export interface MapClientConfig {
  mode: MapMode;
  basemap: {
    kind: Basemap['kind'];
    layers: TileLayerSpec[];
    /** The PMTiles archive and the language of its names (kind `vector`). */
    vector?: { url: string; lang: Locale };
    /** HTML of the attribution control (escaped links). */
    attribution: string;
    maxZoom: number;
    minZoom: number;
  };
  /** The offline basemap's national outline: fetched only when it is drawn. */
  outline: { url: string; attribution: string };
  view: {
    center: [number, number];
    zoom: number;
    /** [[south, west], [north, east]] of the places, when there are any: small maps open on them. */
    bounds?: [[number, number], [number, number]];
    /** Fitting to the places never zooms in further than this. */
    maxFitZoom: number;
  };
  labels: MapLabels;
}

export function mapLabels(locale: Locale): MapLabels {
  return {
    zoomIn: t(locale, 'map.zoomIn'),
    zoomOut: t(locale, 'map.zoomOut'),
    closePopup: t(locale, 'map.closePopup'),
    cluster: t(locale, 'map.cluster'),
    region: t(locale, 'filter.region'),
    investment: t(locale, 'opportunity.investment'),
    approximate: t(locale, 'map.approximate'),
    offline: t(locale, 'map.offline'),
    showing: t(locale, 'filter.showing'),
    failed: t(locale, 'map.failed'),
    stage: t(locale, 'opportunity.stage'),
    industry: t(locale, 'opportunity.industry'),
    validUntil: t(locale, 'opportunity.validUntil'),
    expired: t(locale, 'map.popup.expired'),
    figure: t(locale, 'map.popup.figure'),
    carrierKind: t(locale, 'carrier.kind'),
    carrierStatus: t(locale, 'carrier.status'),
    emptyView: t(locale, 'map.emptyView'),
  };
}

const box = (bounds: Bounds): [[number, number], [number, number]] => [
  [bounds.south, bounds.west],
  [bounds.north, bounds.east],
];

export function mapClientConfig(options: {
  locale: Locale;
  mode: MapMode;
  basemap: Basemap;
  places: MapPlaces;
  site: Pick<Site, 'map'>;
  /** The site's base path. */
  base?: string;
}): MapClientConfig {
  const { locale, mode, basemap, places, site } = options;
  const base = options.base ?? '/';
  const root = base.endsWith('/') ? base : `${base}/`;
  const outlineCredit = [{ text: t(locale, 'map.offline') }, ...outlineAttribution(locale)];
  const center = displayPoint(site.map.center, basemap.crs);
  return {
    mode,
    basemap: {
      kind: basemap.kind,
      layers: basemap.kind === 'tiles' ? basemap.layers : [],
      ...(basemap.kind === 'vector' ? { vector: { url: basemap.url, lang: basemap.lang } } : {}),
      attribution: attributionHtml(basemap.kind === 'outline' ? outlineCredit : basemap.attribution),
      maxZoom: basemap.maxZoom,
      minZoom: basemap.minZoom,
    },
    outline: { url: `${root}map/outline.json`, attribution: attributionHtml(outlineCredit) },
    view: {
      center: [center.lat, center.lng],
      zoom: site.map.zoom,
      ...(places.bounds ? { bounds: box(places.bounds) } : {}),
      // Without tiles there is no detail to zoom into: keep the places in their wider setting.
      maxFitZoom: basemap.kind !== 'outline' ? (mode === 'full' ? 12 : 14) : mode === 'full' ? 10 : 9,
    },
    labels: mapLabels(locale),
  };
}

/** The boundaries a map draws, by region id (only regions that have one). */
export function mapAreas(places: MapPlaces): Record<string, AreaGeometry> {
  return Object.fromEntries(places.regions.flatMap((region) => (region.area ? [[region.id, region.area]] : [])));
}

/** JSON safe to put inside a <script type="application/json"> element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
