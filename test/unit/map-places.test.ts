import world from '@surbowl/world-geo-json-zh';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildAtlas, type Atlas } from '../../src/lib/atlas.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import type { AtlasContent } from '../../src/lib/content/types.ts';
import { toGcj02 } from '../../src/lib/coordinates.ts';
import { opportunityFacets, opportunityFacetValues } from '../../src/lib/facets.ts';
import { displayArea, displayPoint, type AreaGeometry } from '../../src/lib/map/geometry.ts';
import { nationalOutline } from '../../src/lib/map/outline.ts';
import { mapFacetNames, mapPlaces, regionLayer, uniqueNames } from '../../src/lib/map/places.ts';
import { label, plain } from '../../src/lib/i18n.ts';
import { chooseBasemap } from '../../src/lib/map/providers.ts';
import { sampleContent, testToday } from '../support/paths.ts';

let content: AtlasContent;
let atlas: Atlas;
beforeAll(async () => {
  content = await loadContent(sampleContent);
  atlas = buildAtlas({ ...content, site: content.site.data }, testToday);
});

const everything = () => ({ regions: atlas.regions, opportunities: atlas.opportunities });

/** Ray casting: is the point inside any outer ring of the area? */
function contains(area: AreaGeometry, lat: number, lng: number): boolean {
  return area.coordinates.some(([ring]) => {
    let inside = false;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  });
}

describe('the map data builder', () => {
  test('every opportunity and region is on the map, with a link in the page language', () => {
    const places = mapPlaces(atlas, 'en', everything(), { crs: 'wgs84' });
    expect(places.opportunities).toHaveLength(atlas.opportunities.length);
    expect(places.regions).toHaveLength(atlas.regions.length);
    expect(places.opportunities[0].href).toBe(`/en/opportunities/${atlas.opportunities[0].id}/`);
    expect(places.regions[0].href).toBe(`/en/regions/${atlas.regions[0].id}/`);
    const zh = mapPlaces(atlas, 'zh', everything(), { crs: 'wgs84', base: '/guide/' });
    expect(zh.opportunities[0].href).toBe(`/guide/zh/opportunities/${atlas.opportunities[0].id}/`);
  });

  test.each(['zh', 'en'] as const)('every marker has a unique accessible name (%s)', (locale) => {
    const places = mapPlaces(atlas, locale, everything(), { crs: 'wgs84' });
    const names = [...places.regions, ...places.opportunities].map((place) => place.name);
    expect(names.every((name) => name.trim() !== '')).toBe(true);
    expect(new Set(names).size).toBe(names.length);
  });

  test('a repeated title is told apart by its region, then by a number', () => {
    const [first] = content.opportunities;
    const otherRegion = content.regions.find((region) => region.id !== first.data.region)!;
    const twin = { ...first, id: `${first.id}-twin`, data: { ...first.data, region: otherRegion.id } };
    const triplet = { ...first, id: `${first.id}-triplet` };
    const withTwins = buildAtlas({ ...content, site: content.site.data, opportunities: [first, twin, triplet] }, testToday);
    const names = mapPlaces(withTwins, 'zh', { regions: [], opportunities: withTwins.opportunities }, { crs: 'wgs84' }).opportunities.map((place) => place.name);
    const title = first.data.title.zh;
    const home = atlas.regionById.get(first.data.region)!.data.name.zh;
    expect(names).toEqual([`${title}（${home}）`, `${title}（${otherRegion.data.name.zh}）`, `${title}（${home}） 2`]);
    expect(uniqueNames([{ name: 'Park', qualifier: 'Yibin' }, { name: 'Park', qualifier: 'Meishan' }, { name: 'Zone' }], 'en')).toEqual([
      'Park (Yibin)',
      'Park (Meishan)',
      'Zone',
    ]);
  });

  test('the filter values are the opportunity list\'s, and every one is an option of the list\'s filters', () => {
    const places = mapPlaces(atlas, 'zh', everything(), { crs: 'wgs84' });
    const listFacets = opportunityFacets(atlas, 'zh', atlas.opportunities.map((opportunity) => opportunityFacetValues(atlas, opportunity)));
    places.opportunities.forEach((place, index) => {
      const listValues = opportunityFacetValues(atlas, atlas.opportunities[index]);
      expect(Object.keys(place.facets)).toEqual([...mapFacetNames]);
      for (const name of mapFacetNames) {
        expect(place.facets[name], `${place.id} ${name}`).toEqual(listValues[name]);
        const options = listFacets.find((facet) => facet.name === name)!.options.map((option) => option.value);
        for (const value of place.facets[name]) expect(options, `${place.id} ${name}`).toContain(value);
      }
    });
    // The region facet holds the whole lineage, so choosing a city finds its districts' projects.
    const inDistrict = places.opportunities.find((place) => place.facets.region.length > 1)!;
    expect(inDistrict.facets.region[0]).toBe(atlas.opportunityById.get(inDistrict.id)!.data.region);
  });

  test('an opportunity without site coordinates is drawn at its region\'s centre and marked approximate', () => {
    const places = mapPlaces(atlas, 'en', everything(), { crs: 'wgs84' });
    const withoutLocation = atlas.opportunities.filter((opportunity) => !opportunity.data.location);
    expect(withoutLocation.length).toBeGreaterThan(0);
    for (const opportunity of withoutLocation) {
      const place = places.opportunities.find((candidate) => candidate.id === opportunity.id)!;
      const centre = atlas.regionById.get(opportunity.data.region)!.data.center;
      expect(place.exact).toBe(false);
      expect({ lat: place.lat, lng: place.lng }).toEqual(displayPoint(centre, 'wgs84'));
    }
    expect(places.opportunities.filter((place) => place.exact)).toHaveLength(atlas.opportunities.length - withoutLocation.length);
  });

  test('the popup facts come with each place: region name and investment in the page language', () => {
    const [zh] = mapPlaces(atlas, 'zh', { regions: [], opportunities: [atlas.opportunityById.get('jiutai-biologics-cdmo')!] }, { crs: 'wgs84' }).opportunities;
    const [en] = mapPlaces(atlas, 'en', { regions: [], opportunities: [atlas.opportunityById.get('jiutai-biologics-cdmo')!] }, { crs: 'wgs84' }).opportunities;
    expect(zh.investment).toBe('12亿元');
    expect(en.investment).toBe('CNY 1.2 billion');
    expect(zh.regionName).toBe(atlas.regionById.get(atlas.opportunityById.get('jiutai-biologics-cdmo')!.data.region)!.data.name.zh);
  });

  test('popups also get stage, industry and validity; a region its first key figure; larger areas name first', () => {
    const places = mapPlaces(atlas, 'en', everything(), { crs: 'wgs84' });
    for (const [index, place] of places.opportunities.entries()) {
      const data = atlas.opportunities[index].data;
      expect(place.stage).toBe(label('en', 'opportunityStage', data.stage));
      expect(place.industry).toBe(plain(atlas.industryById.get(data.industry)!.name, 'en'));
      expect(place.validUntil !== undefined).toBe(data.validUntil !== undefined);
    }
    const jiutai = places.regions.find((region) => region.id === 'jiutai')!;
    expect(jiutai.figure).toMatch(/^Contracted industrial projects .*: 43/);
    const zone = places.regions.find((region) => region.id === 'jiutai-devzone')!;
    const city = places.regions.find((region) => region.id === 'changchun')!;
    expect(city.priority).toBeGreaterThan(jiutai.priority);
    expect(jiutai.priority).toBeGreaterThan(zone.priority);
  });

  test('land and buildings with a location are places with their status; those without are not', () => {
    const places = mapPlaces(atlas, 'zh', everything(), { crs: 'wgs84' });
    const located = atlas.regions.flatMap((region) => region.data.carriers.filter((carrier) => carrier.location));
    expect(places.carriers).toHaveLength(located.length);
    expect(located.length).toBeGreaterThan(0);
    for (const carrier of places.carriers) {
      expect(carrier.statusLabel).toBe(label('zh', 'carrierStatus', carrier.status));
      expect(carrier.href).toMatch(/^\/zh\/regions\/[a-z0-9-]+\/#carriers-heading$/);
    }
    // Within the bounds of the map.
    for (const carrier of places.carriers) {
      expect(carrier.lat).toBeGreaterThanOrEqual(places.bounds!.south);
      expect(carrier.lng).toBeLessThanOrEqual(places.bounds!.east);
    }
  });

  test('development zones and parks go on the parks layer, administrative areas on the regions layer', () => {
    expect(['province', 'city', 'district', 'county', 'devzone', 'park'].map((level) => regionLayer(level as never))).toEqual([
      'regions',
      'regions',
      'regions',
      'regions',
      'parks',
      'parks',
    ]);
    const places = mapPlaces(atlas, 'zh', everything(), { crs: 'wgs84' });
    expect(places.regions.find((region) => region.id === 'jiutai-devzone')?.layer).toBe('parks');
    expect(places.regions.find((region) => region.id === 'jiutai')?.layer).toBe('regions');
  });

  test('the bounds hold every place', () => {
    const places = mapPlaces(atlas, 'zh', everything(), { crs: 'wgs84' });
    for (const place of [...places.regions, ...places.opportunities]) {
      expect(place.lat).toBeGreaterThanOrEqual(places.bounds!.south);
      expect(place.lat).toBeLessThanOrEqual(places.bounds!.north);
      expect(place.lng).toBeGreaterThanOrEqual(places.bounds!.west);
      expect(place.lng).toBeLessThanOrEqual(places.bounds!.east);
    }
  });
});

describe('GCJ-02 is applied for Amap only, when the map is rendered', () => {
  test.each(['tianditu', 'osm', 'none'] as const)('%s draws the stored WGS-84 points', (provider) => {
    const { crs } = chooseBasemap(provider, 'zh', { tiandituKey: 'key' });
    const places = mapPlaces(atlas, 'zh', everything(), { crs });
    atlas.opportunities.forEach((opportunity, index) => {
      if (!opportunity.data.location) return;
      expect(places.opportunities[index].lat).toBeCloseTo(opportunity.data.location.lat, 5);
      expect(places.opportunities[index].lng).toBeCloseTo(opportunity.data.location.lng, 5);
    });
  });

  test('amap draws every point shifted to GCJ-02, and the content keeps WGS-84', () => {
    const { crs } = chooseBasemap('amap', 'zh');
    const places = mapPlaces(atlas, 'zh', everything(), { crs });
    atlas.opportunities.forEach((opportunity, index) => {
      const wgs = opportunity.data.location ?? atlas.regionById.get(opportunity.data.region)!.data.center;
      const gcj = toGcj02(wgs);
      // Drawn positions are rounded to five decimals (about a metre).
      expect(places.opportunities[index].lat).toBeCloseTo(gcj.lat, 4);
      expect(places.opportunities[index].lng).toBeCloseTo(gcj.lng, 4);
      // In China the offset is a few hundred metres: real, and not zero.
      expect(Math.hypot(gcj.lat - wgs.lat, gcj.lng - wgs.lng)).toBeGreaterThan(0.001);
    });
    const jiutai = places.regions.find((region) => region.id === 'jiutai')!;
    expect(jiutai.lat).not.toBe(atlas.regionById.get('jiutai')!.data.center.lat);
  });

  test('boundaries are converted vertex by vertex, from any GeoJSON area form', () => {
    const ring = [
      [125.6, 44.0],
      [125.9, 44.0],
      [125.9, 44.2],
      [125.6, 44.2],
      [125.6, 44.0],
    ];
    const forms = [
      { type: 'Polygon', coordinates: [ring] },
      { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: [[ring]] } },
      { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } }] },
    ];
    for (const form of forms) {
      expect(displayArea(form, 'wgs84')).toEqual({ type: 'MultiPolygon', coordinates: [[ring]] });
      const [lng, lat] = displayArea(form, 'gcj02')!.coordinates[0][0][0];
      const expected = toGcj02({ lat: 44.0, lng: 125.6 });
      expect(lng).toBeCloseTo(expected.lng, 4);
      expect(lat).toBeCloseTo(expected.lat, 4);
      expect(lng).not.toBeCloseTo(125.6, 3);
    }
    expect(displayArea({ type: 'Point', coordinates: [1, 2] }, 'wgs84')).toBeUndefined();
  });

  test('a region boundary is passed through to its place', () => {
    const boundary = { type: 'Polygon', coordinates: [[[125.6, 44.0], [125.9, 44.0], [125.9, 44.2], [125.6, 44.0]]] };
    const places = mapPlaces(atlas, 'zh', { regions: [atlas.regionById.get('jiutai')!], opportunities: [] }, { crs: 'wgs84', boundaries: new Map([['jiutai', boundary]]) });
    expect(places.regions[0].area?.coordinates).toEqual([boundary.coordinates]);
    expect(places.bounds).toMatchObject({ west: 125.6, east: 125.9 });
  });
});

describe('the national outline of the offline basemap', () => {
  const outline = nationalOutline(world, 'wgs84');

  test.each([
    ['Beijing', 39.9, 116.4],
    ['Jiutai', 44.15, 125.84],
    ['Taipei', 25.03, 121.56],
    ['Hainan', 19.2, 109.7],
    ['Ürümqi', 43.8, 87.6],
    // Drawn as on China's standard map, not as Natural Earth's de facto lines.
    ['Tawang (藏南)', 27.58, 91.86],
    ['Aksai Chin', 35.0, 79.2],
    ['the Diaoyu Islands', 25.745, 123.47],
  ])('includes %s', (_name, lat, lng) => {
    expect(contains(outline, lat, lng)).toBe(true);
  });

  test('draws the South China Sea islands and the ten-dash line, and leaves out neighbours', () => {
    // Parts in the South China Sea, south of Hainan.
    const southern = outline.coordinates.filter((polygon) => polygon[0].every(([lng, lat]) => lat < 17 && lng > 108 && lng < 123));
    expect(southern.length).toBeGreaterThanOrEqual(10);
    expect(contains(outline, 37.5, 127.0)).toBe(false); // Seoul
    expect(contains(outline, 21.0, 105.8)).toBe(false); // Hanoi
  });

  test('stays small enough to fetch on every map', () => {
    expect(JSON.stringify(outline).length).toBeLessThan(16_000);
  });
});
