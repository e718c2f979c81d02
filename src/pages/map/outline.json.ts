/**
 * `/map/outline.json`: the national outline of the offline basemap, shared by every map page
 * and fetched only when a map draws without tiles. In GCJ-02 when the site uses Amap, so it
 * lines up with the places if Amap's tiles fail.
 */
import world from '@surbowl/world-geo-json-zh';
import type { APIRoute } from 'astro';
import { getBasemap } from '../../data/map.ts';
import { nationalOutline } from '../../lib/map/outline.ts';

export const GET: APIRoute = async () => {
  const { crs } = await getBasemap('zh');
  const outline = nationalOutline(world as Parameters<typeof nationalOutline>[0], crs);
  return new Response(JSON.stringify({ type: 'Feature', properties: { iso_a2: 'CN' }, geometry: outline }), {
    headers: { 'content-type': 'application/json' },
  });
};
