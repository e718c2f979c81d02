/**
 * `/{lang}/opportunities/index.json`: the JSON index of a paged opportunity list, which the filter
 * script loads when a reader filters or sorts (see src/lib/list-index.ts). Only a paged list has one.
 */
import type { APIRoute } from 'astro';
import { getAtlas } from '../../../data/atlas.ts';
import { listIndexPaths } from '../../../data/opportunity-list.ts';
import { opportunityIndex } from '../../../lib/list-records.ts';
import type { Locale } from '../../../lib/vocabulary.ts';

export const getStaticPaths = listIndexPaths;

export const GET: APIRoute = async ({ params }) => {
  const index = opportunityIndex(await getAtlas(), params.lang as Locale, import.meta.env.BASE_URL);
  return new Response(JSON.stringify(index), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
