/** Article pages: one per article per language, by the format of the Chinese file, and the body each language shows. */
import type { Entry } from '../lib/atlas.ts';
import { writtenLocale, type Locale, type WrittenLocale } from '../lib/vocabulary.ts';
import type { ArticleBody, ArticleData } from '../schemas/article.ts';
import { getAtlas } from './atlas.ts';

/**
 * The pages of the Markdown or of the MDX articles. The English body may differ in format from
 * the Chinese one only by renaming; the route follows the body the page shows.
 */
export async function articlePaths(format: ArticleBody['format']) {
  const atlas = await getAtlas();
  return atlas.articles.flatMap((entry) =>
    atlas.locales.flatMap((lang) => (articleBody(entry, lang).body.format === format ? [{ params: { lang, id: entry.id }, props: { entry } }] : [])),
  );
}

/**
 * The body a page in `locale` shows: its own language, or the Chinese while the English is
 * pending. The Traditional page shows the Chinese body, converted as it is written into the page.
 */
export function articleBody(entry: Entry<ArticleData>, locale: Locale): { body: ArticleBody; bodyLocale: WrittenLocale; pending: boolean } {
  const english = writtenLocale(locale) === 'en' ? entry.data.body.en : undefined;
  return english ? { body: english, bodyLocale: 'en', pending: false } : { body: entry.data.body.zh, bodyLocale: 'zh', pending: locale === 'en' };
}
