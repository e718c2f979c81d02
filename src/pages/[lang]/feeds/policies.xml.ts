/** `/{lang}/feeds/policies.xml`: an Atom feed of the newest policies, in one language. */
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
  const entries = newestFirst(atlas.policies, (entry) => entry.data.issued);
  const xml = atomFeed({
    title: `${t(locale, 'feed.policies')} · ${plain(atlas.site.name, locale)}`,
    subtitle: plain(atlas.site.tagline, locale),
    self: absoluteUrl(atlas, feedPath(locale, 'policies')),
    page: pageUrl(locale, 'policies'),
    language: locale === 'zh' ? 'zh-CN' : 'en',
    author: plain(atlas.site.agency, locale),
    updated: atlas.today,
    entries: entries.map((entry) => ({
      id: pageUrl('zh', `policies/${entry.id}`),
      title: plain(entry.data.title, locale),
      summary: plain(entry.data.summary, locale),
      link: pageUrl(locale, `policies/${entry.id}`),
      published: entry.data.issued,
      updated: entry.data.updated,
    })),
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
