import { beforeAll, describe, expect, test } from 'vitest';
import { buildAtlas, type Atlas } from '../../src/lib/atlas.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { noScriptFilterLimit } from '../../src/lib/filters.ts';
import { mapFacetNames, mapPlaces } from '../../src/lib/map/places.ts';
import { mapLoadsPoints, mapPoints, mapPointsPath } from '../../src/lib/map/points.ts';
import { sampleContent, testToday } from '../support/paths.ts';

let atlas: Atlas;
beforeAll(async () => {
  const content = await loadContent(sampleContent);
  atlas = buildAtlas({ ...content, site: content.site.data }, testToday);
});

const labels = { approximateShort: 'at region centre', expired: 'Expired' };

describe("the map page's data file of opportunities", () => {
  test('only a guide too long to list on one page loads its points from a file', () => {
    expect(mapLoadsPoints(noScriptFilterLimit)).toBe(false);
    expect(mapLoadsPoints(noScriptFilterLimit + 1)).toBe(true);
    expect(mapPointsPath('zh')).toBe('/zh/map/opportunities.json');
    expect(mapPointsPath('en', '/guide/')).toBe('/guide/en/map/opportunities.json');
  });

  test('every place becomes a point with what its marker, popup, filters and list line show', () => {
    const places = mapPlaces(atlas, 'en', { regions: atlas.regions, opportunities: atlas.opportunities }, { crs: 'wgs84' });
    const file = mapPoints(places.opportunities, mapFacetNames, labels);
    expect(file.facets).toEqual([...mapFacetNames]);
    expect(file.labels).toEqual(labels);
    expect(file.points).toHaveLength(atlas.opportunities.length);
    places.opportunities.forEach((place, index) => {
      const point = file.points[index]!;
      expect(point).toMatchObject({ title: place.title, href: place.href, lat: place.lat, lng: place.lng, region: place.regionName, investment: place.investment, stage: place.stage, industry: place.industry });
      expect(point.name).toBe(place.name === place.title ? undefined : place.name);
      expect(point.valid).toBe(place.validUntil);
      expect(point.expired).toBe(place.expired ? true : undefined);
      expect(point.approximate).toBe(place.exact ? undefined : true);
      expect(point.values).toEqual(mapFacetNames.map((facet) => (place.facets[facet] ?? []).join(' ')));
    });
    // The sample has both kinds: opportunities at their site and at their region's centre.
    expect(file.points.some((point) => point.approximate)).toBe(true);
    expect(file.points.some((point) => !point.approximate)).toBe(true);
  });
});
