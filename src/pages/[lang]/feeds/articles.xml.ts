/** `/{lang}/feeds/articles.xml`: an Atom feed of the newest news, stories and guides, in one language. */
import type { APIRoute } from 'astro';
import { feedResponse } from '../../../data/feeds.ts';
import { localePaths } from '../../../data/routes.ts';
import type { Locale } from '../../../lib/vocabulary.ts';

export const getStaticPaths = localePaths;

export const GET: APIRoute = ({ params }) => feedResponse(params.lang as Locale, 'articles');
