/**
 * `/map/basemap.pmtiles`: the site's vector basemap (provider `pmtiles`), copied from the content
 * folder so that the guide serves its own tiles and no map host is needed. Not written at all
 * for other providers.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getBasemapFile } from '../../data/map.ts';
import { pmtilesPath } from '../../lib/map/providers.ts';

export const getStaticPaths: GetStaticPaths = async () =>
  (await getBasemapFile()) === null ? [] : [{ params: { basemap: pmtilesPath.slice('map/'.length) } }];

export const GET: APIRoute = async () => {
  const bytes = await getBasemapFile();
  if (bytes === null) return new Response(null, { status: 404 });
  return new Response(new Uint8Array(bytes), { headers: { 'content-type': 'application/vnd.pmtiles' } });
};
