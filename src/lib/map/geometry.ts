/**
 * Geometry for maps: places and boundaries in the coordinate system the map draws in, rounded
 * so that pages stay small. Content is WGS-84; GCJ-02 is produced here, at render time, only
 * for Amap's tiles.
 */
import { toGcj02, type LatLng } from '../coordinates.ts';
import type { DisplayCrs } from './providers.ts';

/** A GeoJSON area, as drawn: always a MultiPolygon ([lng, lat] pairs). */
export interface AreaGeometry {
  type: 'MultiPolygon';
  coordinates: number[][][][];
}

/** Five decimals is about a metre: finer than any boundary drawn at these scales. */
const decimals = 1e5;
const round = (value: number) => Math.round(value * decimals) / decimals;

/** A WGS-84 point as the map draws it. */
export function displayPoint(point: LatLng, crs: DisplayCrs): LatLng {
  const shown = crs === 'gcj02' ? toGcj02(point) : point;
  return { lat: round(shown.lat), lng: round(shown.lng) };
}

type Ring = number[][];

function polygonsOf(value: unknown): Ring[][] {
  if (value === null || typeof value !== 'object') return [];
  const geo = value as { type?: string; coordinates?: unknown; geometry?: unknown; features?: unknown[] };
  switch (geo.type) {
    case 'Polygon':
      return [geo.coordinates as Ring[]];
    case 'MultiPolygon':
      return geo.coordinates as Ring[][];
    case 'Feature':
      return polygonsOf(geo.geometry);
    case 'FeatureCollection':
      return (geo.features ?? []).flatMap(polygonsOf);
    default:
      return [];
  }
}

/**
 * The areas of a boundary file (Polygon, MultiPolygon, Feature or FeatureCollection) as one
 * MultiPolygon in the display system, with consecutive duplicate vertices dropped after rounding.
 */
export function displayArea(geojson: unknown, crs: DisplayCrs): AreaGeometry | undefined {
  const polygons = polygonsOf(geojson).map((polygon) =>
    polygon.map((ring) => {
      const shown: Ring = [];
      for (const [lng, lat] of ring) {
        const point = displayPoint({ lat, lng }, crs);
        const last = shown[shown.length - 1];
        if (!last || last[0] !== point.lng || last[1] !== point.lat) shown.push([point.lng, point.lat]);
      }
      return shown;
    }),
  );
  const usable = polygons.filter((polygon) => polygon.length > 0 && polygon[0].length >= 4);
  return usable.length === 0 ? undefined : { type: 'MultiPolygon', coordinates: usable };
}

export interface Bounds {
  south: number;
  west: number;
  north: number;
  east: number;
}

/** The smallest box holding every point, or undefined for none. */
export function boundsOf(points: readonly LatLng[]): Bounds | undefined {
  if (points.length === 0) return undefined;
  const bounds = { south: Infinity, west: Infinity, north: -Infinity, east: -Infinity };
  for (const { lat, lng } of points) {
    bounds.south = Math.min(bounds.south, lat);
    bounds.north = Math.max(bounds.north, lat);
    bounds.west = Math.min(bounds.west, lng);
    bounds.east = Math.max(bounds.east, lng);
  }
  return bounds;
}

/** Every vertex of an area, as points. */
export function areaPoints(area: AreaGeometry): LatLng[] {
  return area.coordinates.flatMap((polygon) => polygon.flatMap((ring) => ring.map(([lng, lat]) => ({ lat, lng }))));
}
