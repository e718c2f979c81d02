/**
 * The guide's collections. Each is filled from the top-level content folder (or ATLAS_CONTENT)
 * by the atlas loader, which validates every file and every cross-reference first. Articles are
 * in `articles` (facts and texts of both languages); the MDX bodies among them are compiled into
 * `articleBodies` for rendering.
 */
import { defineCollection } from 'astro:content';
import { articleBodiesLoader } from './loaders/article-bodies-loader.ts';
import { atlasLoader } from './loaders/atlas-loader.ts';
import { chainSchema } from './schemas/chain.ts';
import { opportunitySchema } from './schemas/opportunity.ts';
import { policySchema } from './schemas/policy.ts';
import { regionSchema } from './schemas/region.ts';
import { siteSchema } from './schemas/site.ts';

export const collections = {
  site: defineCollection({ loader: atlasLoader('site'), schema: siteSchema }),
  regions: defineCollection({ loader: atlasLoader('regions'), schema: regionSchema }),
  chains: defineCollection({ loader: atlasLoader('chains'), schema: chainSchema }),
  opportunities: defineCollection({ loader: atlasLoader('opportunities'), schema: opportunitySchema }),
  policies: defineCollection({ loader: atlasLoader('policies'), schema: policySchema }),
  // Checked by the atlas loader (src/schemas/article.ts); the entries are `ArticleData`.
  articles: defineCollection({ loader: atlasLoader('articles') }),
  articleBodies: defineCollection({ loader: articleBodiesLoader() }),
  // The Traditional edition's corrections to the conversion (src/schemas/zh-hant-overrides.ts), checked by the atlas loader.
  zhHantOverrides: defineCollection({ loader: atlasLoader('zhHantOverrides') }),
};
