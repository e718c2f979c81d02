/** `/share/zh/opportunities/<id>.png`: an entry's share card, the picture a shared link shows. */
import type { APIRoute } from 'astro';
import { getAtlas } from '../../../../data/atlas.ts';
import { entryCard, entryCardPaths, type CardSection } from '../../../../data/share-cards.ts';
import { cardPngAsync } from '../../../../lib/share-cards/render.ts';
import type { Locale } from '../../../../lib/vocabulary.ts';

export const getStaticPaths = entryCardPaths;

export const GET: APIRoute = async ({ params }) => {
  const atlas = await getAtlas();
  const card = await entryCard(atlas, params.section as CardSection, params.id!, params.lang as Locale);
  if (!card) return new Response(null, { status: 404 });
  try {
    return new Response(new Uint8Array(await cardPngAsync(card)), { headers: { 'content-type': 'image/png' } });
  } catch (error) {
    throw new Error(`分享图片 / share card ${params.lang}/${params.section}/${params.id}: ${(error as Error).message}`, { cause: error });
  }
};
