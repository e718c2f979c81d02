/** `/data/policies.json`: the incentive policies and their measures as open data. */
import type { APIRoute } from 'astro';
import { getOpenData } from '../../data/open-data.ts';
import { dataset } from '../../lib/open-data/records.ts';

export const GET: APIRoute = async () => {
  const { atlas, policies } = await getOpenData();
  return new Response(JSON.stringify(dataset(atlas, 'policies', policies), null, 1), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
