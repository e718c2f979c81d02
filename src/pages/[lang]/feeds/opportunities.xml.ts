/** `/{lang}/feeds/opportunities.xml`: an Atom feed of the newest opportunities, in one language. */
import type { APIRoute } from 'astro';
import { absoluteUrl, feedPath, getOpenData } from '../../../data/open-data.ts';
import { localePaths } from '../../../data/routes.ts';
import { plain, t } from '../../../lib/i18n.ts';
import { atomFeed, newestFirst } from '../../../lib/open-data/atom.ts';
import type { Locale } from '../../../lib/vocabulary.ts';

export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ params }) => {
  const locale = params.lang as Locale;
  const { atlas, pageUrl } = await getOpenData();
  const entries = newestFirst(atlas.opportunities, (entry) => entry.data.published);
  const xml = atomFeed({
    title: `${t(locale, 'feed.opportunities')} · ${plain(atlas.site.name, locale)}`,
    subtitle: plain(atlas.site.tagline, locale),
    self: absoluteUrl(atlas, feedPath(locale, 'opportunities')),
    page: pageUrl(locale, 'opportunities'),
    language: locale === 'zh' ? 'zh-CN' : 'en',
    author: plain(atlas.site.agency, locale),
    updated: atlas.today,
    entries: entries.map((entry) => ({
      id: pageUrl('zh', `opportunities/${entry.id}`),
      title: plain(entry.data.title, locale),
      summary: plain(entry.data.summary, locale),
      link: pageUrl(locale, `opportunities/${entry.id}`),
      published: entry.data.published,
      updated: entry.data.updated,
    })),
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
