/** The open-data exports and feeds, built once per build from the loaded guide. */
import { getAtlas } from './atlas.ts';
import { getBoundaries } from './map.ts';
import type { Atlas } from '../lib/atlas.ts';
import { articleRecord, opportunityRecord, policyRecord, regionRecord, type PageUrl } from '../lib/open-data/records.ts';
import { pagePath } from '../lib/paths.ts';
import type { Locale } from '../lib/vocabulary.ts';

/** Where each export is published, under the site's base path. */
export const dataFiles = {
  opportunitiesJson: 'data/opportunities.json',
  opportunitiesCsv: 'data/opportunities.csv',
  policiesJson: 'data/policies.json',
  articlesJson: 'data/articles.json',
  regionsGeoJson: 'data/regions.geojson',
  regionsJson: 'data/regions.json',
  costsCsv: 'data/costs.csv',
} as const;

export function feedPath(locale: Locale, feed: 'opportunities' | 'policies' | 'articles'): string {
  return `${import.meta.env.BASE_URL}${locale}/feeds/${feed}.xml`;
}

export function absoluteUrl(atlas: Atlas, pathname: string): string {
  return new URL(pathname, atlas.site.url).href;
}

export function pageUrlOf(atlas: Atlas): PageUrl {
  return (locale, subpath) => absoluteUrl(atlas, pagePath(locale, subpath, import.meta.env.BASE_URL));
}

export async function getOpenData() {
  const atlas = await getAtlas();
  const pageUrl = pageUrlOf(atlas);
  return {
    atlas,
    pageUrl,
    opportunities: atlas.opportunities.map((entry) => opportunityRecord(atlas, entry, pageUrl)),
    policies: atlas.policies.map((entry) => policyRecord(atlas, entry, pageUrl)),
    articles: atlas.articles.map((entry) => articleRecord(entry, pageUrl)),
    regions: atlas.regions.map((entry) => regionRecord(entry, pageUrl)),
    boundaries: await getBoundaries(),
  };
}
