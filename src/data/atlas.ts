/** The guide's content as one model, loaded once per build from the content collections. */
import { getCollection } from 'astro:content';
import { buildAtlas, type Atlas, type Entry } from '../lib/atlas.ts';
import { sameStoredEntries } from '../lib/stored-entries.ts';
import type { ArticleData } from '../schemas/article.ts';
import { buildDate } from '../lib/dates.ts';
import { useTraditionalConversion } from '../lib/i18n.ts';
import type { ZhHantOverrides } from '../schemas/zh-hant-overrides.ts';

let atlas: Promise<Atlas> | undefined;
/** The dev server's model, the collections it was built from and the day it was built for. */
let devAtlas: { collections: Collections; day: string; atlas: Promise<Atlas> } | undefined;

async function readCollections() {
  const [site, overrides, regions, chains, opportunities, policies, articles] = await Promise.all([
    getCollection('site'),
    getCollection('zhHantOverrides'),
    getCollection('regions'),
    getCollection('chains'),
    getCollection('opportunities'),
    getCollection('policies'),
    getCollection('articles'),
  ]);
  return { site, overrides, regions, chains, opportunities, policies, articles };
}

type Collections = Awaited<ReturnType<typeof readCollections>>;

async function build(collections: Collections): Promise<Atlas> {
  const [site] = collections.site;
  if (!site) throw new Error('site.yaml did not load');
  // Before any page is written: the Traditional edition converts with the guide's standard and its own overrides.
  const [overrides] = collections.overrides;
  useTraditionalConversion({ standard: site.data.traditionalChinese.standard, overrides: (overrides?.data as ZhHantOverrides | undefined)?.terms ?? {} });
  const { regions, chains, opportunities, policies, articles } = collections;
  return buildAtlas(
    { site: site.data, regions, chains, opportunities, policies, articles: articles as unknown as Entry<ArticleData>[] },
    buildDate(),
  );
}

/**
 * The dev server keeps modules alive between requests, and a page asks for the model several
 * times: build it again only when the collections changed (an edit) or the day did.
 */
async function devModel(): Promise<Atlas> {
  const collections = await readCollections();
  const day = buildDate();
  if (devAtlas?.day !== day || !sameStoredEntries(devAtlas.collections, collections)) {
    const model = { collections, day, atlas: build(collections) };
    devAtlas = model;
    // A failed build is not kept: the next request tries again and shows the error again.
    model.atlas.catch(() => {
      if (devAtlas === model) devAtlas = undefined;
    });
  }
  return devAtlas.atlas;
}

export function getAtlas(): Promise<Atlas> {
  if (import.meta.env.DEV) return devModel();
  atlas ??= load();
  return atlas;
}

async function load(): Promise<Atlas> {
  return build(await readCollections());
}
