/** `/data/regions.geojson`: regions (centres and boundaries) and opportunity sites as GeoJSON. */
import type { APIRoute } from 'astro';
import { getOpenData } from '../../data/open-data.ts';
import { regionsGeoJson } from '../../lib/open-data/geojson.ts';

export const GET: APIRoute = async () => {
  const { atlas, opportunities, boundaries, pageUrl } = await getOpenData();
  return new Response(JSON.stringify(regionsGeoJson(atlas, opportunities, boundaries, pageUrl)), {
    headers: { 'content-type': 'application/geo+json; charset=utf-8' },
  });
};
