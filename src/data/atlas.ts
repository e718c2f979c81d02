/** The guide's content as one model, loaded once per build from the content collections. */
import { getCollection } from 'astro:content';
import { buildAtlas, type Atlas, type Entry } from '../lib/atlas.ts';
import type { ArticleData } from '../schemas/article.ts';
import { buildDate } from '../lib/dates.ts';
import { useTraditionalConversion } from '../lib/i18n.ts';
import type { ZhHantOverrides } from '../schemas/zh-hant-overrides.ts';

let atlas: Promise<Atlas> | undefined;

async function load(): Promise<Atlas> {
  const [site] = await getCollection('site');
  if (!site) throw new Error('site.yaml did not load');
  // Before any page is written: the Traditional edition converts with the guide's standard and its own overrides.
  const [overrides] = await getCollection('zhHantOverrides');
  useTraditionalConversion({ standard: site.data.traditionalChinese.standard, overrides: (overrides?.data as ZhHantOverrides | undefined)?.terms ?? {} });
  const [regions, chains, opportunities, policies, articles] = await Promise.all([
    getCollection('regions'),
    getCollection('chains'),
    getCollection('opportunities'),
    getCollection('policies'),
    getCollection('articles'),
  ]);
  return buildAtlas(
    { site: site.data, regions, chains, opportunities, policies, articles: articles as unknown as Entry<ArticleData>[] },
    buildDate(),
  );
}

export function getAtlas(): Promise<Atlas> {
  // The dev server keeps modules alive between requests; reload so edits show up.
  if (import.meta.env.DEV) return load();
  atlas ??= load();
  return atlas;
}
