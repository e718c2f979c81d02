/** `/data/costs.csv`: the regions' cost figures for spreadsheets, one indicator of a region per row (UTF-8 with BOM). */
import type { APIRoute } from 'astro';
import { getOpenData } from '../../data/open-data.ts';
import { costsCsv } from '../../lib/open-data/costs-csv.ts';

export const GET: APIRoute = async () => {
  const { regions } = await getOpenData();
  return new Response(costsCsv(regions), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
