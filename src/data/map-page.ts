/** The map page's places and facets, shared by the page and its data file (`map/opportunities.json`). */
import { opportunityFacets } from '../lib/facets.ts';
import { t } from '../lib/i18n.ts';
import { mapFacetNames, mapPlaces, type MapPlaces } from '../lib/map/places.ts';
import { mapLoadsPoints, mapPoints, type MapPoints } from '../lib/map/points.ts';
import { newestFirst, regionsInTreeOrder } from '../lib/order.ts';
import type { Locale } from '../lib/vocabulary.ts';
import { getAtlas } from './atlas.ts';
import { getBasemap, getBoundaries } from './map.ts';

const placesByLocale = new Map<Locale, Promise<MapPlaces>>();

/**
 * Every region, park and opportunity of the guide, opportunities newest first. A build works them
 * out once per language for the page and its data file; the dev server again on every request,
 * so an edit shows.
 */
export function mapPagePlaces(locale: Locale): Promise<MapPlaces> {
  if (import.meta.env.DEV) return buildPlaces(locale);
  let places = placesByLocale.get(locale);
  if (!places) placesByLocale.set(locale, (places = buildPlaces(locale)));
  return places;
}

async function buildPlaces(locale: Locale): Promise<MapPlaces> {
  const atlas = await getAtlas();
  const basemap = await getBasemap(locale);
  const opportunities = [...atlas.opportunities].sort(newestFirst);
  const regions = regionsInTreeOrder(atlas, locale).map(({ region }) => region);
  return mapPlaces(atlas, locale, { regions, opportunities }, { crs: basemap.crs, base: import.meta.env.BASE_URL, boundaries: await getBoundaries() });
}

/** The map page's filters: the opportunity list's facets the map offers, with their values. */
export async function mapPageFacets(locale: Locale, places: MapPlaces) {
  const atlas = await getAtlas();
  return opportunityFacets(atlas, locale, places.opportunities.map((place) => place.facets)).filter((facet) =>
    (mapFacetNames as readonly string[]).includes(facet.name),
  );
}

/** The data file's path per language, only for a guide whose map loads its opportunities from it. */
export async function mapPointsPaths() {
  const atlas = await getAtlas();
  return mapLoadsPoints(atlas.opportunities.length) ? atlas.locales.map((lang) => ({ params: { lang } })) : [];
}

/** The data file of the map page's opportunities in `locale`. */
export async function mapPagePoints(locale: Locale): Promise<MapPoints> {
  const places = await mapPagePlaces(locale);
  const labels = { approximateShort: t(locale, 'map.approximateShort'), expired: t(locale, 'opportunity.expired') };
  return mapPoints(places.opportunities, mapFacetNames, labels);
}
