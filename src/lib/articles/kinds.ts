/** The article kinds and the address of each kind's list (`/zh/articles/news/` …). */
import type { ArticleKind } from '../vocabulary.ts';

/** The path segment of each kind's list under `articles/`. */
export const articleListSegment: Record<ArticleKind, string> = {
  news: 'news',
  story: 'stories',
  guide: 'guides',
};

/** Segments taken by the kind lists, so no article may use them as its id. */
export const articleListSegments = Object.values(articleListSegment);
