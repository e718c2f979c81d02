/** `/data/stats/guide.csv`: every figure of the guide's pipeline statistics page. */
import type { APIRoute } from 'astro';
import { getAtlas } from '../../../data/atlas.ts';
import { csvResponse, statsCsv } from '../../../data/stats.ts';

export const GET: APIRoute = async () => csvResponse(statsCsv(await getAtlas(), { kind: 'guide' }));
