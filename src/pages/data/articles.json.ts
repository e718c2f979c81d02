/** `/data/articles.json`: the articles' facts and texts (kind, date, titles, summaries, references) as open data. */
import type { APIRoute } from 'astro';
import { getOpenData } from '../../data/open-data.ts';
import { dataset } from '../../lib/open-data/records.ts';

export const GET: APIRoute = async () => {
  const { atlas, articles } = await getOpenData();
  return new Response(JSON.stringify(dataset(atlas, 'articles', articles), null, 1), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
