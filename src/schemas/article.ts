/**
 * An article (招商动态 news, 投资案例 story, 投资指南 sector guide), written in Markdown or MDX,
 * one file per language: `articles/<id>.zh.md(x)` carries every fact; `articles/<id>.en.md(x)`
 * carries only the English title and summary beside its body, so a translation can never
 * contradict a date or a reference. Without the English file the English page shows the Chinese
 * with a "translation pending" notice.
 */
import { z } from 'astro/zod';
import { articleKinds } from '../lib/vocabulary.ts';
import { entryId, isoDate, vocabulary } from './common.ts';
import { entryFields } from './entry.ts';
import { contentImage } from './image.ts';

const headline = z.string().trim().min(1);

/** The frontmatter of the Chinese file: the article's facts. */
export const articleSchema = z.strictObject({
  /** news (招商动态), story (投资案例) or guide (投资指南). */
  kind: vocabulary('articleKind', articleKinds),
  /** The headline, in Chinese. */
  title: headline,
  /** The day the article reports on or was published, YYYY-MM-DD; lists and feeds sort by it. */
  date: isoDate,
  /** One or two sentences for lists, feeds and search results, in Chinese. */
  summary: headline,
  /** Ids of the regions the article is about; their pages list it. */
  regions: z.array(entryId).default([]),
  /** Ids of the chains the article is about; their pages list it. */
  chains: z.array(entryId).default([]),
  /** Ids of the opportunities the article is about; their pages list it. */
  opportunities: z.array(entryId).default([]),
  /** Ids of the policies the article cites. */
  policies: z.array(entryId).default([]),
  /** The picture at the head of the article and on its card (optional; pages look finished without it). */
  cover: contentImage.optional(),
  ...entryFields,
});
export type Article = z.output<typeof articleSchema>;

/** Fields the English file may carry: the translated headline and summary. */
export const translatedArticleFields = ['title', 'summary'] as const;

/** The frontmatter of the English file. */
export const articleTranslationSchema = z.strictObject({
  /** The headline, in English. */
  title: headline,
  /** One or two sentences for lists, feeds and search results, in English. */
  summary: headline,
});
export type ArticleTranslation = z.output<typeof articleTranslationSchema>;

/** An article's body in one language, as written. */
export interface ArticleBody {
  /** `md` is rendered like all staff Markdown (sanitised); `mdx` may also use the guide's components. */
  format: 'md' | 'mdx';
  /** The Markdown or MDX after the frontmatter. */
  text: string;
  /** The file it was read from, for messages. */
  file: string;
}

/** An article as the guide uses it: the Chinese file's facts, with the texts of both languages. */
export interface ArticleData extends Omit<Article, 'title' | 'summary'> {
  title: { zh: string; en?: string };
  summary: { zh: string; en?: string };
  body: { zh: ArticleBody; en?: ArticleBody };
}
