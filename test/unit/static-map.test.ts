import world from '@surbowl/world-geo-json-zh';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildAtlas, type Atlas } from '../../src/lib/atlas.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import type { AreaGeometry } from '../../src/lib/map/geometry.ts';
import { nationalOutline } from '../../src/lib/map/outline.ts';
import { boxesOverlap, drawStaticMap, staticMapSvg, type StaticLabel } from '../../src/lib/map/static-map.ts';
import { opportunityStaticMap, overviewStaticMap, regionStaticMap } from '../../src/lib/map/static-map-content.ts';
import { regionsInTreeOrder } from '../../src/lib/order.ts';
import { sampleContent, testToday } from '../support/paths.ts';

let atlas: Atlas;
let content: Awaited<ReturnType<typeof loadContent>>;
const outline = nationalOutline(world as Parameters<typeof nationalOutline>[0], 'wgs84');
beforeAll(async () => {
  content = await loadContent(sampleContent);
  atlas = buildAtlas({ ...content, site: content.site.data }, testToday);
});

/** A square around (lat, lng), `half` degrees each way. */
const square = (lat: number, lng: number, half: number): AreaGeometry => ({
  type: 'MultiPolygon',
  coordinates: [[[[lng - half, lat - half], [lng + half, lat - half], [lng + half, lat + half], [lng - half, lat + half], [lng - half, lat - half]]]],
});

/** Every x,y pair of an SVG path made of M, L and Z. */
const pathPoints = (d: string) => [...d.matchAll(/(-?[\d.]+) (-?[\d.]+)/g)].map((match) => ({ x: Number(match[1]), y: Number(match[2]) }));

describe('static maps', () => {
  test('labels never overlap: a crowded map keeps the more important names and leaves the others out', () => {
    const labels: StaticLabel[] = Array.from({ length: 30 }, (_, index) => ({
      id: `place-${index}`,
      text: index % 2 === 0 ? `第${index}号产业园区` : `Industrial Park No. ${index}`,
      at: { lat: 44.1 + (index % 5) * 0.002, lng: 125.8 + Math.floor(index / 5) * 0.002 },
      kind: index === 0 ? 'focus' : 'park',
      priority: index === 0 ? 100 : 50 - index,
      dot: true,
    }));
    const map = drawStaticMap({ outline, labels, fit: [{ lat: 44.05, lng: 125.7 }, { lat: 44.15, lng: 125.9 }] });
    expect(map.dropped.length).toBeGreaterThan(0);
    expect(map.labels.length + map.dropped.length).toBe(labels.length);
    expect(map.labels.map((label) => label.id)).toContain('place-0');
    for (const [index, a] of map.labels.entries()) {
      expect(a.box.x).toBeGreaterThanOrEqual(0);
      expect(a.box.y).toBeGreaterThanOrEqual(0);
      expect(a.box.x + a.box.width).toBeLessThanOrEqual(map.width);
      expect(a.box.y + a.box.height).toBeLessThanOrEqual(map.height);
      for (const b of map.labels.slice(index + 1)) expect(boxesOverlap(a.box, b.box), `${a.id} and ${b.id}`).toBe(false);
      if (map.locator) expect(boxesOverlap(a.box, map.locator.box)).toBe(false);
    }
    // A dropped label never outranks a kept one that it collided with: the focus is always named.
    const kept = Math.min(...map.labels.map((label) => labels.find((item) => item.id === label.id)!.priority));
    expect(kept).toBeGreaterThan(0);
  });

  test('the place a map is about is named even on a small, crowded map: moved around, set smaller or over points', () => {
    const at = { lat: 44.15, lng: 125.84 };
    const points = Array.from({ length: 12 }, (_, index) => ({
      id: `site-${index}`,
      kind: 'opportunity' as const,
      status: 'seeking',
      name: `site ${index}`,
      at: { lat: at.lat + Math.sin(index) * 0.01, lng: at.lng + Math.cos(index) * 0.012 },
    }));
    const text = 'Changchun Jiutai Economic Development Zone';
    const map = drawStaticMap({ width: 440, height: 275, labels: [{ id: 'focus', text, at, kind: 'focus', priority: 100, dot: true }], points, fit: [{ lat: 44.1, lng: 125.78 }, { lat: 44.2, lng: 125.9 }] });
    expect(map.labels.map((label) => label.text)).toEqual([text]);
    const [label] = map.labels;
    expect(label.box.x).toBeGreaterThanOrEqual(0);
    expect(label.box.x + label.box.width).toBeLessThanOrEqual(440);
    expect(label.box.y + label.box.height).toBeLessThanOrEqual(275);
  });

  test('boundaries are clipped to the drawing: a parent far larger than the view stays inside the viewBox', () => {
    const map = drawStaticMap({
      outline,
      areas: [
        { id: 'province', role: 'parent', area: square(44, 125, 3) },
        { id: 'park', role: 'focus', area: square(44.1, 125.8, 0.02) },
      ],
    });
    expect(map.areas.map((area) => area.role)).toEqual(['parent', 'focus']);
    for (const area of map.areas) {
      const points = pathPoints(area.d);
      expect(points.length).toBeGreaterThanOrEqual(3);
      for (const point of points) {
        expect(point.x).toBeGreaterThanOrEqual(0);
        expect(point.x).toBeLessThanOrEqual(map.width);
        expect(point.y).toBeGreaterThanOrEqual(0);
        expect(point.y).toBeLessThanOrEqual(map.height);
      }
    }
    // The whole focus area is in view, with room around it.
    const focus = pathPoints(map.areas[1].d);
    expect(Math.min(...focus.map((point) => point.x))).toBeGreaterThan(10);
    expect(Math.max(...focus.map((point) => point.y))).toBeLessThan(map.height - 10);
    // The national outline, too, only where it is in view: the view lies inland, so it is all land.
    for (const point of pathPoints(map.land)) expect(point.x >= 0 && point.x <= map.width && point.y >= 0 && point.y <= map.height).toBe(true);
    expect(map.land.length).toBeLessThan(200);
  });

  test('points are drawn with their kind and status, inside the view, and named for the accessible list', () => {
    const map = drawStaticMap({
      outline,
      points: [
        { id: 'a', kind: 'opportunity', status: 'seeking', at: { lat: 44.12, lng: 125.81 }, name: '疫苗灌装项目' },
        { id: 'b', kind: 'opportunity', status: 'negotiating', at: { lat: 44.16, lng: 125.86 }, name: 'B' },
        { id: 'c', kind: 'carrier', status: 'available', at: { lat: 44.1, lng: 125.79 }, name: '标准厂房' },
      ],
    });
    const svg = parse(staticMapSvg(map, '九台区地图'));
    const root = svg.querySelector('svg')!;
    expect(root.getAttribute('role')).toBe('img');
    expect(root.getAttribute('aria-label')).toBe('九台区地图');
    const markers = svg.querySelectorAll('.static-map-point');
    expect(markers.map((marker) => `${marker.tagName.toLowerCase()}:${marker.getAttribute('data-status')}`)).toEqual(['circle:seeking', 'circle:negotiating', 'rect:available']);
    expect(markers[0].getAttribute('fill')).not.toBe(markers[1].getAttribute('fill'));
    for (const point of map.points) {
      expect(point.x).toBeGreaterThan(0);
      expect(point.x).toBeLessThan(map.width);
      expect(point.y).toBeGreaterThan(0);
      expect(point.y).toBeLessThan(map.height);
    }
    // A map smaller than a province gets a corner map of the country marking where it is.
    expect(svg.querySelector('.static-map-locator')).not.toBeNull();
  });

  test('thousands of points are gathered into counted circles, so a page stays light', () => {
    const points = Array.from({ length: 2000 }, (_, index) => ({
      id: `p${index}`,
      kind: 'opportunity' as const,
      status: 'seeking',
      at: { lat: 30 + (index % 40) * 0.3, lng: 105 + Math.floor(index / 40) * 0.3 },
      name: `p${index}`,
    }));
    const map = drawStaticMap({ outline, points, maxPoints: 400 });
    const total = map.points.length + map.clusters.reduce((sum, cluster) => sum + cluster.count, 0);
    expect(total).toBe(2000);
    expect(map.points.length + map.clusters.length).toBeLessThan(600);
    expect(staticMapSvg(map, 'all').length).toBeLessThan(120_000);
  });

  test('a text cannot break out of the drawing: names are escaped', () => {
    const map = drawStaticMap({ labels: [{ id: 'x', text: '<script>alert(1)</script>&', at: { lat: 30, lng: 104 }, kind: 'focus', priority: 1 }] });
    const svg = staticMapSvg(map, 'a "map"');
    expect(svg).not.toContain('<script>');
    const parsed = parse(svg);
    expect(parsed.querySelector('script')).toBeNull();
    expect(parsed.querySelector('text')!.text).toBe('<script>alert(1)</script>&');
  });
});

describe('static maps of the sample guide', () => {
  test("a region's map names the region and its parks and draws its open opportunities and carriers", () => {
    const map = drawStaticMap(regionStaticMap(atlas, 'zh', 'jiutai', { outline }));
    const names = map.labels.map((label) => label.text);
    expect(names).toContain('九台区');
    expect(map.labels.find((label) => label.text === '九台区')!.kind).toBe('focus');
    expect(map.points.some((point) => point.kind === 'opportunity')).toBe(true);
    expect(map.points.some((point) => point.kind === 'carrier')).toBe(true);
    const english = drawStaticMap(regionStaticMap(atlas, 'en', 'jiutai', { outline }));
    expect(english.labels.map((label) => label.text)).toContain('Jiutai District');
  });

  test("a region's map is the same whichever language's pages listed its sub-regions first", () => {
    // Two parks whose order differs by language: 安 before 张 in pinyin, Alpha before Zeta in English.
    const [template] = content.regions.filter((region) => region.data.parent === 'jiutai');
    const park = (id: string, zh: string, en: string, lng: number) => ({
      ...template,
      id,
      data: { ...template.data, name: { zh, en }, center: { ...template.data.center, lng: template.data.center.lng + lng } },
    });
    const regions = [...content.regions, park('anping-park', '安平产业园', 'Zeta Park', 0.05), park('zhangcun-park', '张村产业园', 'Alpha Park', -0.05)];
    const guide = buildAtlas({ ...content, regions, site: content.site.data }, testToday);
    const before = guide.childRegions('jiutai').map((region) => region.id);
    const svg = () => staticMapSvg(drawStaticMap(regionStaticMap(guide, 'en', 'jiutai', { outline })), 'map');
    const drawn = svg();
    // What every region page and list does in its language while a build renders pages side by side.
    for (const locale of ['en', 'zh', 'en'] as const) regionsInTreeOrder(guide, locale);
    expect(guide.childRegions('jiutai').map((region) => region.id)).toEqual(before);
    expect(svg()).toBe(drawn);
  });

  test("a park's map draws its parent's boundary, dashed, around its own", () => {
    const park = atlas.regions.find((region) => region.data.parent && (region.data.level === 'devzone' || region.data.level === 'park'))!;
    const parent = atlas.regionById.get(park.data.parent!)!;
    const boundaries = new Map<string, unknown>([
      [parent.id, square(parent.data.center.lat, parent.data.center.lng, 0.5)],
      [park.id, square(park.data.center.lat, park.data.center.lng, 0.03)],
    ]);
    const map = drawStaticMap(regionStaticMap(atlas, 'zh', park.id, { outline, boundaries }));
    expect(map.areas.map((area) => `${area.role}:${area.id}`)).toEqual([`parent:${parent.id}`, `focus:${park.id}`]);
    expect(staticMapSvg(map, 'x')).toContain('data-role="parent"');
  });

  test("an opportunity's map shows its site with its stage and names its region", () => {
    const opportunity = atlas.opportunities.find((entry) => entry.data.location)!;
    const map = drawStaticMap(opportunityStaticMap(atlas, 'en', opportunity.id, { outline }));
    expect(map.points).toHaveLength(1);
    expect(map.points[0].status).toBe(opportunity.data.stage);
    expect(map.labels.length).toBeGreaterThan(0);
  });

  test('the overview shows every open offer that has a site (not the expired or signed ones) and names regions without overlaps', () => {
    const map = drawStaticMap(overviewStaticMap(atlas, 'zh', { outline }));
    const sited = atlas.opportunities.filter((entry) => entry.data.location && atlas.isOpen(entry)).length;
    expect(sited).toBeLessThan(atlas.opportunities.filter((entry) => entry.data.location).length);
    expect(map.points.length + map.clusters.reduce((sum, cluster) => sum + cluster.count, 0)).toBe(sited);
    for (const [index, a] of map.labels.entries()) for (const b of map.labels.slice(index + 1)) expect(boxesOverlap(a.box, b.box)).toBe(false);
    expect(map.locator).toBeUndefined();
  });
});
