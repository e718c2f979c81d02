/**
 * Regions and opportunities as one GeoJSON FeatureCollection (RFC 7946: WGS-84, [lng, lat]).
 * Each region is a point at its centre, plus its boundary as a second feature when the content
 * has one; each opportunity with a site is a point.
 */
import type { Atlas } from '../atlas.ts';
import type { OpportunityRecord, PageUrl } from './records.ts';

type Geometry = { type: string; coordinates?: unknown; geometries?: unknown };

interface Feature {
  type: 'Feature';
  id: string;
  geometry: Geometry;
  properties: Record<string, unknown>;
}

/** The Polygon or MultiPolygon in a boundary file, bare or wrapped in a Feature / FeatureCollection. */
export function boundaryGeometry(value: unknown): Geometry | undefined {
  const geo = value as { type?: string; geometry?: unknown; features?: { geometry?: unknown }[] } | null;
  if (!geo || typeof geo !== 'object') return undefined;
  if (geo.type === 'Polygon' || geo.type === 'MultiPolygon') return geo as Geometry;
  if (geo.type === 'Feature') return boundaryGeometry(geo.geometry);
  if (geo.type === 'FeatureCollection' && Array.isArray(geo.features)) {
    const areas = geo.features.map((feature) => boundaryGeometry(feature.geometry)).filter((area): area is Geometry => area !== undefined);
    if (areas.length === 1) return areas[0];
    if (areas.length > 1) return { type: 'GeometryCollection', geometries: areas };
  }
  return undefined;
}

export function regionsGeoJson(atlas: Atlas, opportunities: readonly OpportunityRecord[], boundaries: ReadonlyMap<string, unknown>, pageUrl: PageUrl) {
  const features: Feature[] = [];
  for (const region of atlas.regions) {
    const properties = {
      kind: 'region',
      id: region.id,
      name_zh: region.data.name.zh,
      name_en: region.data.name.en ?? null,
      level: region.data.level,
      parent: region.data.parent ?? null,
      url_zh: pageUrl('zh', `regions/${region.id}`),
      url_en: pageUrl('en', `regions/${region.id}`),
    };
    features.push({ type: 'Feature', id: `region/${region.id}`, geometry: { type: 'Point', coordinates: [region.data.center.lng, region.data.center.lat] }, properties });
    const boundary = boundaryGeometry(boundaries.get(region.id));
    if (boundary) features.push({ type: 'Feature', id: `boundary/${region.id}`, geometry: boundary, properties: { ...properties, kind: 'boundary' } });
  }
  for (const record of opportunities) {
    if (!record.location) continue;
    features.push({
      type: 'Feature',
      id: `opportunity/${record.id}`,
      geometry: { type: 'Point', coordinates: [record.location.lng, record.location.lat] },
      properties: {
        kind: 'opportunity',
        id: record.id,
        name_zh: record.title.zh,
        name_en: record.title.en,
        region: record.region.id,
        industry: record.industry.id,
        chain: record.chain?.id ?? null,
        investment_amount: record.investment.amount,
        investment_unit: record.investment.unit,
        investment_negotiable: record.investment.negotiable,
        stage: record.stage,
        open: record.open,
        url_zh: record.url.zh,
        url_en: record.url.en,
      },
    });
  }
  return { type: 'FeatureCollection', features };
}
