/** `/data/opportunities.json`: the opportunity list as open data (documented on the Data page). */
import type { APIRoute } from 'astro';
import { getOpenData } from '../../data/open-data.ts';
import { dataset } from '../../lib/open-data/records.ts';

export const GET: APIRoute = async () => {
  const { atlas, opportunities } = await getOpenData();
  return new Response(JSON.stringify(dataset(atlas, 'opportunities', opportunities), null, 1), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
