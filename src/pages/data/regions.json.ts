/** `/data/regions.json`: the regions with their cost of doing business (value, unit, year, source) as open data. */
import type { APIRoute } from 'astro';
import { getOpenData } from '../../data/open-data.ts';
import { dataset } from '../../lib/open-data/records.ts';

export const GET: APIRoute = async () => {
  const { atlas, regions } = await getOpenData();
  return new Response(JSON.stringify(dataset(atlas, 'regions', regions), null, 1), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
