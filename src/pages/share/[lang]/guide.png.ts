/** `/share/zh/guide.png`: the guide's own share card, for the home page, lists and other pages. */
import type { APIRoute } from 'astro';
import { getAtlas } from '../../../data/atlas.ts';
import { localePaths } from '../../../data/routes.ts';
import { guideCard } from '../../../lib/share-cards/content.ts';
import { cardPngAsync } from '../../../lib/share-cards/render.ts';
import type { Locale } from '../../../lib/vocabulary.ts';

export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ params }) => {
  const atlas = await getAtlas();
  return new Response(new Uint8Array(await cardPngAsync(guideCard(atlas, params.lang as Locale))), { headers: { 'content-type': 'image/png' } });
};
