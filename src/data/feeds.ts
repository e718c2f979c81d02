/** The Atom feeds of new opportunities, new policies and new articles, one per language. */
import { absoluteUrl, feedPath, getOpenData } from './open-data.ts';
import { label, languageTags, plain, t } from '../lib/i18n.ts';
import { atomFeed, latest } from '../lib/open-data/atom.ts';
import type { Atlas } from '../lib/atlas.ts';
import { writtenLocale, type Locale } from '../lib/vocabulary.ts';

export type Feed = 'opportunities' | 'policies' | 'articles';

/** A feed entry past its date says so in its title: feed readers show no page notice. */
function expiredSuffix(atlas: Atlas, feed: Feed, id: string, locale: Locale): string {
  const opportunity = feed === 'opportunities' ? atlas.opportunityById.get(id) : undefined;
  const policy = feed === 'policies' ? atlas.policyById.get(id) : undefined;
  const words = opportunity && atlas.isExpired(opportunity) ? t(locale, 'opportunity.expired') : policy && atlas.isPolicyExpired(policy) ? label(locale, 'policyStatus', 'expired') : undefined;
  if (words === undefined) return '';
  return writtenLocale(locale) === 'zh' ? `（${words}）` : ` (${words})`;
}

export async function feedResponse(locale: Locale, feed: Feed): Promise<Response> {
  const { atlas, pageUrl } = await getOpenData();
  // An opportunity is new when it is published; a policy when it is issued; an article on its date.
  const entries =
    feed === 'opportunities'
      ? latest(atlas.opportunities, (entry) => entry.data.published).map((entry) => ({ entry, published: entry.data.published }))
      : feed === 'policies'
        ? latest(atlas.policies, (entry) => entry.data.issued).map((entry) => ({ entry, published: entry.data.issued }))
        : latest(atlas.articles, (entry) => entry.data.date).map((entry) => ({ entry, published: entry.data.date }));
  const xml = atomFeed({
    title: `${t(locale, `feed.${feed}`)} · ${plain(atlas.site.name, locale)}`,
    subtitle: plain(atlas.site.tagline, locale),
    self: absoluteUrl(atlas, feedPath(locale, feed)),
    page: pageUrl(locale, feed),
    language: languageTags[locale],
    author: plain(atlas.site.agency, locale),
    updated: atlas.today,
    entries: entries.map(({ entry, published }) => ({
      id: pageUrl('zh', `${feed}/${entry.id}`),
      title: plain(entry.data.title, locale) + expiredSuffix(atlas, feed, entry.id, locale),
      summary: plain(entry.data.summary, locale),
      link: pageUrl(locale, `${feed}/${entry.id}`),
      published,
      updated: entry.data.updated,
    })),
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
}
