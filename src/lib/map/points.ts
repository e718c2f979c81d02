/**
 * The map page's opportunities as a data file, for guides too long to list them in the page.
 * Up to `noScriptFilterLimit` opportunities the map page lists every one below the map and the
 * map script reads its markers from that list. Beyond it (at 10 000 that list is 6.5 MB of
 * HTML, more than a phone should open) the page lists only the newest page of current offers,
 * and the script fetches this file, `/{lang}/map/opportunities.json`, for the markers, the
 * filters and the list, which then shows the matching places a page at a time.
 */
import { isPagedList } from '../paging.ts';
import { sectionPath } from '../paths.ts';
import type { Locale } from '../vocabulary.ts';
import type { OpportunityPlace } from './places.ts';

/** One opportunity on the map: what its marker, popup, filters and list line need. */
export interface MapPoint {
  title: string;
  /** The marker's accessible name, only when it differs from the title. */
  name?: string;
  href: string;
  /** `lang` of the title when it falls back to another language. */
  lang?: string;
  lat: number;
  lng: number;
  region: string;
  investment: string;
  stage: string;
  industry: string;
  /** "Valid until", formatted. */
  valid?: string;
  /** Past its valid-until date. */
  expired?: true;
  /** Drawn at its region's centre (no site coordinates). */
  approximate?: true;
  /** Facet values, space-separated, in the order of `MapPoints.facets`. */
  values: string[];
}

export interface MapPoints {
  /** The facet names `MapPoint.values` follow. */
  facets: string[];
  /** Words the list line needs besides the point's own. */
  labels: { approximateShort: string; expired: string };
  points: MapPoint[];
}

/** True when a map of `count` opportunities loads them from the data file instead of its page. */
export function mapLoadsPoints(count: number): boolean {
  return isPagedList(count);
}

/** Where the map page of `locale` finds its data file. */
export function mapPointsPath(locale: Locale, base = '/'): string {
  return `${sectionPath(locale, 'map', base)}opportunities.json`;
}

/** The data file of a map's opportunities, in the map's order. */
export function mapPoints(opportunities: readonly OpportunityPlace[], facets: readonly string[], labels: MapPoints['labels']): MapPoints {
  return {
    facets: [...facets],
    labels,
    points: opportunities.map((place) => ({
      title: place.title,
      ...(place.name !== place.title ? { name: place.name } : {}),
      href: place.href,
      ...(place.lang ? { lang: place.lang } : {}),
      lat: place.lat,
      lng: place.lng,
      region: place.regionName,
      investment: place.investment,
      stage: place.stage,
      industry: place.industry,
      ...(place.validUntil ? { valid: place.validUntil } : {}),
      ...(place.expired ? { expired: true as const } : {}),
      ...(place.exact ? {} : { approximate: true as const }),
      values: facets.map((facet) => (place.facets[facet] ?? []).join(' ')),
    })),
  };
}
