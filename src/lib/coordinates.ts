/**
 * Coordinates. Content stores WGS-84 (CGCS2000 is within a metre of it); points picked on Amap
 * (GCJ-02) or Baidu (BD-09) are converted once, at build. GCJ-02 is produced again only at
 * render time, for an Amap basemap.
 */
import gcoord from 'gcoord';

export const coordinateSystems = ['wgs84', 'cgcs2000', 'gcj02', 'bd09'] as const;
export type CoordinateSystem = (typeof coordinateSystems)[number];

export interface LatLng {
  lat: number;
  lng: number;
}

const gcoordSystem = {
  wgs84: gcoord.WGS84,
  cgcs2000: gcoord.WGS84,
  gcj02: gcoord.GCJ02,
  bd09: gcoord.BD09,
} as const;

/** Six decimals is about 10 cm: more precision than any picked point has. */
function roundCoordinate(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** Converts a point entered in `system` to WGS-84. */
export function toWgs84(point: LatLng, system: CoordinateSystem): LatLng {
  if (system === 'wgs84' || system === 'cgcs2000') {
    return { lat: roundCoordinate(point.lat), lng: roundCoordinate(point.lng) };
  }
  const [lng, lat] = gcoord.transform([point.lng, point.lat], gcoordSystem[system], gcoord.WGS84);
  return { lat: roundCoordinate(lat), lng: roundCoordinate(lng) };
}

/** WGS-84 to GCJ-02, for drawing on Amap tiles only. */
export function toGcj02(point: LatLng): LatLng {
  const [lng, lat] = gcoord.transform([point.lng, point.lat], gcoord.WGS84, gcoord.GCJ02);
  return { lat: roundCoordinate(lat), lng: roundCoordinate(lng) };
}

/** "34.2° N, 114.0° E", for text alternatives of map positions. */
export function formatLatLng({ lat, lng }: LatLng): string {
  const ns = lat >= 0 ? 'N' : 'S';
  const ew = lng >= 0 ? 'E' : 'W';
  return `${Math.abs(lat).toFixed(4)}° ${ns}, ${Math.abs(lng).toFixed(4)}° ${ew}`;
}
