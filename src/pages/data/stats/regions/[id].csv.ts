/** `/data/stats/regions/<id>.csv`: the figures of the pipeline section of a region page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAtlas } from '../../../../data/atlas.ts';
import { csvResponse, statsCsv } from '../../../../data/stats.ts';

export const getStaticPaths: GetStaticPaths = async () => (await getAtlas()).regions.map((entry) => ({ params: { id: entry.id } }));

export const GET: APIRoute = async ({ params }) => csvResponse(statsCsv(await getAtlas(), { kind: 'regions', id: params.id! }));
