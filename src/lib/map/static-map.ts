/**
 * Maps drawn once, at build time, as plain SVG: the national outline, region boundaries, place
 * names and the page's points with their status. They need no script, no tiles and no network,
 * so they are what print, a reader without JavaScript and the kiosk see.
 *
 * An equirectangular projection scaled by the cosine of the middle latitude: true enough at the
 * scale of a district or a province, and it keeps the arithmetic simple and exact. Shapes are
 * clipped to the drawing (lineclip's Sutherland–Hodgman), so a province's boundary on a park's
 * map costs only the vertices in view.
 */
import { clipPolygon } from 'lineclip';
import type { LatLng } from '../coordinates.ts';
import { escapeXml } from '../open-data/xml.ts';
import { areaPoints, boundsOf, type AreaGeometry, type Bounds } from './geometry.ts';
import { graticule } from './graticule.ts';

/** How a boundary is drawn: the page's own place, places within it, or the place it belongs to. */
export type AreaRole = 'focus' | 'within' | 'parent';
export interface StaticArea {
  id: string;
  role: AreaRole;
  area: AreaGeometry;
}

/** Label sizes and order: the page's own place first, then regions, parks, plots and buildings. */
export type LabelKind = 'focus' | 'region' | 'park' | 'carrier';
export interface StaticLabel {
  id: string;
  text: string;
  /** `lang` of the text when it differs from the page's (a Chinese name on an English page). */
  lang?: string;
  at: LatLng;
  kind: LabelKind;
  /** Higher wins: when two labels would overlap, the lower one is left out. */
  priority: number;
  /** Draw a small dot at `at` (a region's centre); points have their own marker. */
  dot?: boolean;
}

export type PointKind = 'opportunity' | 'carrier';
export interface StaticPoint {
  id: string;
  kind: PointKind;
  /** The opportunity's stage or the carrier's status: it decides the marker's style. */
  status: string;
  at: LatLng;
  /** Shown as the marker's tooltip. */
  name: string;
}

export interface StaticMapInput {
  /** Size of the drawing in SVG units (it scales to its box). */
  width?: number;
  height?: number;
  /** The national outline: land, the rest is sea. */
  outline?: AreaGeometry;
  areas?: readonly StaticArea[];
  labels?: readonly StaticLabel[];
  points?: readonly StaticPoint[];
  /** Places the view must hold; by default every point, label and focus or within area. */
  fit?: readonly LatLng[];
  /** The smallest span shown, in degrees of latitude, so one point still has surroundings. */
  minSpan?: number;
  /** Beyond this many points, nearby points are drawn as one counted circle. */
  maxPoints?: number;
  /** A small map of the whole outline in a corner, marking where the view is (for maps smaller than a province). */
  locator?: boolean;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedLabel {
  id: string;
  text: string;
  lang?: string;
  kind: LabelKind;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  size: number;
  /** The space the text takes (estimated from its characters), for collision tests. */
  box: Box;
}

export interface DrawnPoint {
  id: string;
  kind: PointKind;
  status: string;
  name: string;
  x: number;
  y: number;
}

export interface Cluster {
  x: number;
  y: number;
  count: number;
}

export interface StaticMap {
  width: number;
  height: number;
  /** The box in view, in degrees. */
  bounds: Bounds;
  /** The outline's land in view, as one path; empty when none. */
  land: string;
  areas: { id: string; role: AreaRole; d: string }[];
  graticule: string;
  dots: { id: string; x: number; y: number }[];
  points: DrawnPoint[];
  clusters: Cluster[];
  labels: PlacedLabel[];
  /** Ids of labels left out for lack of room. */
  dropped: string[];
  /** The corner map: its box, its land (in its own units, from the box's corner) and the view marked on it. */
  locator?: { box: Box; land: string; view: Box };
}

const labelSizes: Record<LabelKind, number> = { focus: 19, region: 15, park: 13.5, carrier: 12 };
const round = (value: number) => Math.round(value * 10) / 10;

/** Roughly how wide a text is set, in units of its font size: CJK characters are square, Latin narrower. */
export function textWidth(text: string, size: number): number {
  let ems = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code >= 0x2e80) ems += 1;
    else if (/[A-Z0-9MW]/.test(char)) ems += 0.68;
    else if (char === ' ') ems += 0.3;
    else ems += 0.56;
  }
  return ems * size;
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

interface View {
  width: number;
  height: number;
  bounds: Bounds;
  project(point: LatLng): { x: number; y: number };
}

/** Fits `points` into width × height with a margin, keeping north up and distances true at the middle latitude. */
export function fitView(points: readonly LatLng[], width: number, height: number, minSpan: number): View {
  const box = boundsOf(points) ?? { south: 18, west: 73, north: 54, east: 135 };
  const midLat = (box.north + box.south) / 2;
  const midLng = (box.east + box.west) / 2;
  const cos = Math.max(Math.cos((midLat * Math.PI) / 180), 0.2);
  // Spans in "latitude degrees", padded by a sixth on each side so labels fit beside points.
  const spanY = Math.max(box.north - box.south, minSpan) * 1.34;
  const spanX = Math.max((box.east - box.west) * cos, minSpan) * 1.34;
  const scale = Math.min(width / spanX, height / spanY);
  const halfLat = height / 2 / scale;
  const halfLng = width / 2 / scale / cos;
  return {
    width,
    height,
    bounds: { south: midLat - halfLat, north: midLat + halfLat, west: midLng - halfLng, east: midLng + halfLng },
    project: ({ lat, lng }) => ({ x: round(width / 2 + (lng - midLng) * cos * scale), y: round(height / 2 - (lat - midLat) * scale) }),
  };
}

/**
 * An area as an SVG path, clipped to `clip` (a box in drawing units). Vertices closer than
 * `minStep` to the one before are dropped: invisible at this size, they only make pages heavier.
 */
export function areaPath(area: AreaGeometry, project: View['project'], clip: Box, minStep = 0.8): string {
  const bbox = [clip.x, clip.y, clip.x + clip.width, clip.y + clip.height];
  const parts: string[] = [];
  for (const polygon of area.coordinates) {
    for (const ring of polygon) {
      const projected = ring.map(([lng, lat]) => {
        const { x, y } = project({ lat, lng });
        return [x, y];
      });
      const clipped = clipPolygon(projected, bbox) as number[][];
      const kept: number[][] = [];
      for (const point of clipped) {
        const last = kept[kept.length - 1];
        if (!last || Math.hypot(point[0] - last[0], point[1] - last[1]) >= minStep) kept.push([round(point[0]), round(point[1])]);
      }
      if (kept.length < 3) continue;
      parts.push(`M${kept.map(([x, y]) => `${x} ${y}`).join('L')}Z`);
    }
  }
  return parts.join('');
}

function graticulePath(view: View): string {
  const lines = graticule(view.bounds, 3);
  const { south, north, west, east } = view.bounds;
  const segments = [
    ...lines.lats.map((lat) => [view.project({ lat, lng: west }), view.project({ lat, lng: east })]),
    ...lines.lngs.map((lng) => [view.project({ lat: south, lng }), view.project({ lat: north, lng })]),
  ];
  return segments.map(([a, b]) => `M${a.x} ${a.y}L${b.x} ${b.y}`).join('');
}

/** Where a label may go around its anchor, in order of preference. */
function candidates(kind: LabelKind, x: number, y: number, text: string, size: number, centred: boolean) {
  const width = textWidth(text, size);
  const height = size * 1.25;
  const gap = kind === 'carrier' ? 7 : 8;
  const at = (anchor: PlacedLabel['anchor'], tx: number, baseline: number) => {
    const left = anchor === 'start' ? tx : anchor === 'end' ? tx - width : tx - width / 2;
    return { anchor, x: round(tx), y: round(baseline), box: { x: left, y: baseline - size * 0.95, width, height } };
  };
  const right = at('start', x + gap, y + size * 0.35);
  const left = at('end', x - gap, y + size * 0.35);
  const above = at('middle', x, y - gap);
  const below = at('middle', x, y + gap + size * 0.9);
  // Then the corners around the anchor, for names crowded by points on every side.
  const corners = [at('start', x + gap * 0.7, y - gap * 0.7), at('end', x - gap * 0.7, y - gap * 0.7), at('start', x + gap * 0.7, y + gap * 0.7 + size * 0.9), at('end', x - gap * 0.7, y + gap * 0.7 + size * 0.9)];
  return [...(centred ? [above, below, right, left] : [right, left, above, below]), ...corners];
}

/**
 * A label's spot moved sideways (and no further) to lie within `width`: long names near an edge.
 * The text is then anchored at that edge, so a font wider than the estimate runs into the map,
 * never out of it.
 */
function slideInside(spot: ReturnType<typeof candidates>[number], width: number): ReturnType<typeof candidates>[number] {
  if (spot.box.x < 2) return { ...spot, anchor: 'start', x: 2, box: { ...spot.box, x: 2 } };
  if (spot.box.x + spot.box.width > width - 2) return { ...spot, anchor: 'end', x: width - 2, box: { ...spot.box, x: width - 2 - spot.box.width } };
  return spot;
}

function clusterPoints(points: DrawnPoint[], cell: number): { points: DrawnPoint[]; clusters: Cluster[] } {
  const cells = new Map<string, DrawnPoint[]>();
  for (const point of points) {
    const key = `${Math.floor(point.x / cell)}:${Math.floor(point.y / cell)}`;
    cells.set(key, [...(cells.get(key) ?? []), point]);
  }
  const single: DrawnPoint[] = [];
  const clusters: Cluster[] = [];
  for (const members of cells.values()) {
    if (members.length === 1) {
      single.push(members[0]);
      continue;
    }
    const x = members.reduce((sum, point) => sum + point.x, 0) / members.length;
    const y = members.reduce((sum, point) => sum + point.y, 0) / members.length;
    clusters.push({ x: round(x), y: round(y), count: members.length });
  }
  return { points: single, clusters };
}

/**
 * The corner map's land, in the corner map's own units (drawn shifted into its corner): the
 * same for every map of a build, so it is clipped and simplified once per outline and size.
 */
const insetCache = new WeakMap<AreaGeometry, Map<string, string>>();
function insetLand(outline: AreaGeometry, inset: View): string {
  const sizes = insetCache.get(outline) ?? new Map<string, string>();
  insetCache.set(outline, sizes);
  const key = `${inset.width}x${inset.height}`;
  if (!sizes.has(key)) sizes.set(key, areaPath(outline, inset.project, { x: 0, y: 0, width: inset.width, height: inset.height }, 2.5));
  return sizes.get(key)!;
}

/** Lays out a static map: what is drawn where, and which labels fit. */
export function drawStaticMap(input: StaticMapInput): StaticMap {
  const width = input.width ?? 800;
  const height = input.height ?? 500;
  const areas = input.areas ?? [];
  const labels = input.labels ?? [];
  const points = input.points ?? [];
  const fitPoints = input.fit ?? [
    ...points.map((point) => point.at),
    ...labels.filter((label) => label.kind !== 'carrier').map((label) => label.at),
    ...areas.filter((area) => area.role !== 'parent').flatMap((area) => areaPoints(area.area)),
  ];
  const view = fitView(fitPoints, width, height, input.minSpan ?? 0.06);
  const frame: Box = { x: 0, y: 0, width, height };
  const inside = (p: { x: number; y: number }, margin = 0) => p.x >= margin && p.y >= margin && p.x <= width - margin && p.y <= height - margin;

  const land = input.outline ? areaPath(input.outline, view.project, frame) : '';
  const order: AreaRole[] = ['parent', 'within', 'focus'];
  const drawnAreas = order.flatMap((role) =>
    areas.filter((area) => area.role === role).flatMap((area) => {
      const d = areaPath(area.area, view.project, frame);
      return d ? [{ id: area.id, role, d }] : [];
    }),
  );

  let drawn: DrawnPoint[] = points
    .map((point) => ({ id: point.id, kind: point.kind, status: point.status, name: point.name, ...view.project(point.at) }))
    .filter((point) => inside(point));
  let clusters: Cluster[] = [];
  if (drawn.length > (input.maxPoints ?? 400)) ({ points: drawn, clusters } = clusterPoints(drawn, 24));

  const dots = labels.filter((label) => label.dot).map((label) => ({ id: label.id, ...view.project(label.at) })).filter((dot) => inside(dot));

  // A corner map of the whole outline, in the corner with the fewest points, when the view is small.
  let locator: StaticMap['locator'];
  const obstacles: Box[] = [];
  const spanLng = view.bounds.east - view.bounds.west;
  if (input.locator !== false && input.outline && spanLng < 12) {
    const outlineBox = boundsOf(areaPoints(input.outline))!;
    const inset = fitView(
      [
        { lat: outlineBox.south, lng: outlineBox.west },
        { lat: outlineBox.north, lng: outlineBox.east },
      ],
      Math.round(width * 0.2),
      Math.round(width * 0.16),
      1,
    );
    const corners: Box[] = [
      { x: width - inset.width - 6, y: height - inset.height - 6, width: inset.width, height: inset.height },
      { x: 6, y: height - inset.height - 6, width: inset.width, height: inset.height },
      { x: width - inset.width - 6, y: 6, width: inset.width, height: inset.height },
      { x: 6, y: 6, width: inset.width, height: inset.height },
    ];
    const crowd = (box: Box) => [...drawn, ...dots].filter((point) => boxesOverlap(box, { x: point.x - 6, y: point.y - 6, width: 12, height: 12 })).length;
    const box = corners.reduce((best, corner) => (crowd(corner) < crowd(best) ? corner : best));
    const a = inset.project({ lat: view.bounds.north, lng: view.bounds.west });
    const b = inset.project({ lat: view.bounds.south, lng: view.bounds.east });
    // The view is marked at least 4 units wide, so a district still shows as a mark.
    const cx = (a.x + b.x) / 2;
    const cy = (a.y + b.y) / 2;
    const w = Math.max(b.x - a.x, 4);
    const h = Math.max(b.y - a.y, 4);
    locator = {
      box,
      land: insetLand(input.outline, inset),
      view: { x: round(box.x + cx - w / 2), y: round(box.y + cy - h / 2), width: round(w), height: round(h) },
    };
    obstacles.push(box);
  }

  // Labels: highest priority first; each takes the first free place around its anchor, or is left out.
  const markers: Box[] = [...drawn, ...dots].map((point) => ({ x: point.x - 5, y: point.y - 5, width: 10, height: 10 }));
  const placed: PlacedLabel[] = [];
  const dropped: string[] = [];
  const sorted = [...labels].sort((a, b) => b.priority - a.priority);
  for (const label of sorted) {
    const anchor = view.project(label.at);
    const ownMarker = (box: Box) => Math.abs(box.x + 5 - anchor.x) < 0.01 && Math.abs(box.y + 5 - anchor.y) < 0.01;
    const fits = (spot: ReturnType<typeof candidates>[number], overMarkers: boolean) =>
      spot.box.x >= 2 &&
      spot.box.y >= 2 &&
      spot.box.x + spot.box.width <= width - 2 &&
      spot.box.y + spot.box.height <= height - 2 &&
      !placed.some((other) => boxesOverlap(spot.box, other.box)) &&
      !obstacles.some((other) => boxesOverlap(spot.box, other)) &&
      (overMarkers || !markers.some((marker) => !ownMarker(marker) && boxesOverlap(spot.box, marker)));
    // The page's own place is named at all costs: smaller when its name is long for the map.
    const sizes = label.kind === 'focus' ? [labelSizes.focus, labelSizes.region] : [labelSizes[label.kind]];
    let size = sizes[0];
    let free: ReturnType<typeof candidates>[number] | undefined;
    for (const tried of sizes) {
      const spots = inside(anchor) ? candidates(label.kind, anchor.x, anchor.y, label.text, tried, label.kind === 'focus' && !label.dot) : [];
      // A name slid along the edge it would cross; the page's own place, as a last resort, over points (its halo keeps both legible).
      const slid = spots.filter((spot) => spot.anchor === 'middle').map((spot) => slideInside(spot, width));
      free = spots.find((spot) => fits(spot, false)) ?? slid.find((spot) => fits(spot, false)) ?? (label.kind === 'focus' ? [...spots, ...slid].find((spot) => fits(spot, true)) : undefined);
      size = tried;
      if (free) break;
    }
    if (!free) {
      dropped.push(label.id);
      continue;
    }
    placed.push({ id: label.id, text: label.text, ...(label.lang ? { lang: label.lang } : {}), kind: label.kind, size, ...free });
  }

  return { width, height, bounds: view.bounds, land, areas: drawnAreas, graticule: graticulePath(view), dots, points: drawn, clusters, labels: placed, dropped, ...(locator ? { locator } : {}) };
}

/** How each kind and status of point is drawn: circles for opportunities, squares for carriers; filled or hollow so it reads in grey too. */
export const pointStyles: Record<PointKind, Record<string, { fill: string; stroke: string }>> = {
  opportunity: {
    concept: { fill: '#ffffff', stroke: '#0b4f8a' },
    seeking: { fill: '#0b4f8a', stroke: '#ffffff' },
    negotiating: { fill: '#b3261e', stroke: '#ffffff' },
    signed: { fill: '#6b7683', stroke: '#ffffff' },
  },
  carrier: {
    available: { fill: '#1d6b3a', stroke: '#ffffff' },
    building: { fill: '#8a5a00', stroke: '#ffffff' },
    reserved: { fill: '#ffffff', stroke: '#1d6b3a' },
  },
};

const fallbackStyle = { fill: '#515e6d', stroke: '#ffffff' };
const fontFamily = "system-ui, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif";

/** One point's marker as SVG, centred on (x, y); also used for the legend's swatches. */
export function markerSvg(kind: PointKind, status: string, x: number, y: number, title?: string): string {
  const style = pointStyles[kind][status] ?? fallbackStyle;
  const tip = title ? `<title>${escapeXml(title)}</title>` : '';
  const common = `fill="${style.fill}" stroke="${style.stroke}" stroke-width="${style.fill === '#ffffff' ? 2.5 : 1.5}" data-kind="${kind}" data-status="${escapeXml(status)}"`;
  return kind === 'carrier'
    ? `<rect class="static-map-point" x="${round(x - 5.5)}" y="${round(y - 5.5)}" width="11" height="11" rx="1.5" ${common}>${tip}</rect>`
    : `<circle class="static-map-point" cx="${x}" cy="${y}" r="6" ${common}>${tip}</circle>`;
}

/** How a label is drawn: its colour, weight and the white halo that keeps it readable over lines. */
export interface LabelStyle {
  fill: string;
  weight: number;
  halo: { colour: string; width: number };
}

export interface StaticMapSvgOptions {
  /** Where the drawing sits in an enclosing SVG (a share card), in that SVG's units. */
  place?: Box;
  /**
   * Draws each label as something other than a text element: a share card draws text as the
   * font's outlines, since its renderer has no fonts.
   */
  paintLabel?: (label: PlacedLabel, style: LabelStyle) => string;
}

const halo = { colour: '#ffffff', width: 3 };
function labelStyle(label: PlacedLabel): LabelStyle {
  return { weight: label.kind === 'focus' ? 700 : label.kind === 'carrier' ? 400 : 600, fill: label.kind === 'carrier' ? '#1d4d2f' : '#1b2430', halo };
}

/** The whole map as an SVG element: `role="img"` with `label` as its accessible name. */
export function staticMapSvg(map: StaticMap, label: string, options: StaticMapSvgOptions = {}): string {
  const { width, height } = map;
  const out: string[] = [];
  const place = options.place ? ` x="${options.place.x}" y="${options.place.y}" width="${options.place.width}" height="${options.place.height}"` : '';
  out.push(`<svg class="static-map-svg"${place} viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(label)}" font-family="${escapeXml(fontFamily)}">`);
  out.push(`<rect width="${width}" height="${height}" fill="${map.land ? '#d6e4ef' : '#f1efe8'}"/>`);
  if (map.land) out.push(`<path d="${map.land}" fill="#f7f5ef" stroke="#8fa3b5" stroke-width="1" fill-rule="evenodd"/>`);
  out.push(`<path d="${map.graticule}" fill="none" stroke="#9fb2c4" stroke-width="0.6" stroke-dasharray="3 4" opacity="0.7"/>`);
  const areaStyle: Record<AreaRole, string> = {
    parent: 'fill="none" stroke="#6b7683" stroke-width="1.6" stroke-dasharray="7 4"',
    within: 'fill="#0b4f8a" fill-opacity="0.06" stroke="#0b4f8a" stroke-width="1" stroke-dasharray="4 3"',
    focus: 'fill="#0b4f8a" fill-opacity="0.1" stroke="#0b4f8a" stroke-width="2.2"',
  };
  for (const area of map.areas) out.push(`<path class="static-map-area" data-role="${area.role}" data-id="${escapeXml(area.id)}" d="${area.d}" ${areaStyle[area.role]} fill-rule="evenodd"/>`);
  for (const dot of map.dots) out.push(`<circle cx="${dot.x}" cy="${dot.y}" r="3.5" fill="#1b2430" stroke="#ffffff" stroke-width="1.2"/>`);
  for (const point of map.points) out.push(markerSvg(point.kind, point.status, point.x, point.y, point.name));
  for (const cluster of map.clusters) {
    const r = Math.min(9 + Math.log2(cluster.count) * 2.5, 20);
    out.push(`<g class="static-map-cluster"><circle cx="${cluster.x}" cy="${cluster.y}" r="${round(r)}" fill="#0b4f8a" stroke="#ffffff" stroke-width="1.5"/><text x="${cluster.x}" y="${round(cluster.y + 4)}" text-anchor="middle" font-size="11" font-weight="700" fill="#ffffff">${cluster.count}</text></g>`);
  }
  if (options.paintLabel) {
    for (const text of map.labels) out.push(options.paintLabel(text, labelStyle(text)));
  } else {
    // The halo every label shares is set once, on the group.
    out.push(`<g stroke="${halo.colour}" stroke-width="${halo.width}" stroke-linejoin="round" paint-order="stroke">`);
    for (const text of map.labels) {
      const { weight, fill } = labelStyle(text);
      const lang = text.lang ? ` lang="${escapeXml(text.lang)}"` : '';
      const anchor = text.anchor === 'start' ? '' : ` text-anchor="${text.anchor}"`;
      out.push(`<text class="static-map-label" data-kind="${text.kind}" x="${text.x}" y="${text.y}"${anchor} font-size="${text.size}" font-weight="${weight}" fill="${fill}"${lang}>${escapeXml(text.text)}</text>`);
    }
    out.push('</g>');
  }
  if (map.locator) {
    const { box, land, view } = map.locator;
    out.push(
      `<g class="static-map-locator"><rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" fill="#d6e4ef" stroke="#515e6d" stroke-width="1"/><path transform="translate(${box.x} ${box.y})" d="${land}" fill="#f7f5ef" stroke="#8fa3b5" stroke-width="0.6"/><rect x="${view.x}" y="${view.y}" width="${view.width}" height="${view.height}" fill="none" stroke="#b3261e" stroke-width="2"/></g>`,
    );
  }
  out.push(`<rect x="0.75" y="0.75" width="${width - 1.5}" height="${height - 1.5}" fill="none" stroke="#8fa3b5" stroke-width="1.5"/>`);
  out.push('</svg>');
  return out.join('');
}
