/**
 * `/{lang}/map/opportunities.json`: the map page's opportunities for a guide too long to list
 * them in the page (see src/lib/map/points.ts). Only such a guide has one.
 */
import type { APIRoute } from 'astro';
import { mapPagePoints, mapPointsPaths } from '../../../data/map-page.ts';
import type { Locale } from '../../../lib/vocabulary.ts';

export const getStaticPaths = mapPointsPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(await mapPagePoints(params.lang as Locale)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
