/**
 * The kiosk's map, drawn at build as plain SVG from the same GeoJSON outline the offline basemap
 * uses: nothing to load, nothing to pan, so it works offline and never drifts from where the
 * idle reset left it. An equirectangular projection, scaled by the cosine of the middle
 * latitude, is true enough at country scale for orientation.
 */
import type { LatLng } from '../coordinates.ts';
import { areaPoints, boundsOf, type AreaGeometry, type Bounds } from '../map/geometry.ts';

export interface Projection {
  width: number;
  height: number;
  project(point: LatLng): { x: number; y: number };
}

/** A projection that fits `bounds` into `width` units across, with `padding` units around. */
export function fitProjection(bounds: Bounds, width: number, padding = 10): Projection {
  const cos = Math.cos((((bounds.north + bounds.south) / 2) * Math.PI) / 180);
  const spanX = (bounds.east - bounds.west) * cos;
  const spanY = bounds.north - bounds.south;
  const scale = (width - 2 * padding) / spanX;
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    width,
    height: Math.ceil(spanY * scale + 2 * padding),
    project: ({ lat, lng }) => ({ x: round(padding + (lng - bounds.west) * cos * scale), y: round(padding + (bounds.north - lat) * scale) }),
  };
}

/** The projection of a whole outline. */
export function outlineProjection(outline: AreaGeometry, width: number): Projection {
  const bounds = boundsOf(areaPoints(outline));
  if (!bounds) throw new Error('the outline has no points');
  return fitProjection(bounds, width);
}

/**
 * The outline as one SVG path; vertices closer than `minStep` units to the one before are
 * dropped (invisible at kiosk size, and they would only make every page heavier).
 */
export function outlinePath(outline: AreaGeometry, projection: Projection, minStep = 1.5): string {
  const parts: string[] = [];
  for (const polygon of outline.coordinates) {
    for (const ring of polygon) {
      const points = ring.map(([lng, lat]) => projection.project({ lat, lng }));
      const kept = points.slice(0, 1);
      for (const point of points.slice(1, -1)) {
        const last = kept[kept.length - 1];
        if (Math.hypot(point.x - last.x, point.y - last.y) >= minStep) kept.push(point);
      }
      // Rings smaller than a few units (the smallest islands) are invisible at this size.
      if (kept.length < 3) continue;
      parts.push(`M${kept.map((point) => `${point.x} ${point.y}`).join('L')}Z`);
    }
  }
  return parts.join('');
}
