/** `/data/stats/chains/<id>.csv`: the figures of the pipeline section of a chain page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAtlas } from '../../../../data/atlas.ts';
import { csvResponse, statsCsv } from '../../../../data/stats.ts';

export const getStaticPaths: GetStaticPaths = async () => (await getAtlas()).chains.map((entry) => ({ params: { id: entry.id } }));

export const GET: APIRoute = async ({ params }) => csvResponse(statsCsv(await getAtlas(), { kind: 'chains', id: params.id! }));
