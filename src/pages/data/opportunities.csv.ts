/** `/data/opportunities.csv`: the opportunity list for spreadsheets (UTF-8 with BOM, for Excel). */
import type { APIRoute } from 'astro';
import { getOpenData } from '../../data/open-data.ts';
import { opportunitiesCsv } from '../../lib/open-data/csv.ts';

export const GET: APIRoute = async () => {
  const { opportunities } = await getOpenData();
  return new Response(opportunitiesCsv(opportunities), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
