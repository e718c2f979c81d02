/**
 * What the search index holds about an entry page besides its text: the facts a result shows
 * (type, region, investment, issuer, date), the values it can be filtered by and the numbers it
 * can be sorted by. Values are ids or numbers, never display text, so filters and sorting work
 * the same in both languages; the result list turns them back into labels.
 */
import type { ArticleData } from '../../schemas/article.ts';
import type { Chain, Opportunity, Policy, Region } from '../../schemas/index.ts';
import type { Atlas, Entry } from '../atlas.ts';
import { formatDate } from '../dates.ts';
import { expiredFacetValues } from '../freshness.ts';
import { label, plain, t } from '../i18n.ts';
import { formatInvestment, investmentBandOf } from '../investment.ts';
import { fixedAmount, sortValueInYuan } from '../money.ts';
import { writtenLocale, type Locale } from '../vocabulary.ts';
import { searchSortNames, type SearchFilterName } from './names.ts';
import { pinyinSpellings } from './pinyin.ts';

export interface SearchRecord {
  /**
   * Shown with the result: `type` always; `region`, `investment`, `issuer`, `date` where they
   * apply; `expired`, the badge's words, on an expired opportunity or policy.
   */
  meta: Record<string, string>;
  filters: Partial<Record<SearchFilterName, string[]>>;
  sort: Partial<Record<(typeof searchSortNames)[number], string>>;
  /** Extra words for the index only: pinyin of Chinese names on Chinese pages. */
  extraWords: string[];
}

/** `2024-08-01` as the number 20240801: Pagefind sorts numbers numerically. */
function dateSortValue(iso: string): string {
  return iso.replaceAll('-', '');
}

function regionLabel(atlas: Atlas, regionId: string | undefined, locale: Locale): string | undefined {
  const region = regionId === undefined ? undefined : atlas.regionById.get(regionId);
  return region ? plain(region.data.name, locale) : undefined;
}

function withoutEmpty(record: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).filter((pair): pair is [string, string] => pair[1] !== undefined && pair[1] !== ''));
}

/** Pinyin of the (Simplified) Chinese names, for the Chinese editions only: the English pages carry the English names. */
function pinyinOf(names: string[], locale: Locale): string[] {
  if (writtenLocale(locale) !== 'zh') return [];
  return [...new Set(names.flatMap(pinyinSpellings))];
}

export function regionRecord(atlas: Atlas, entry: Entry<Region>, locale: Locale): SearchRecord {
  const region = entry.data;
  const enterprises = atlas.chains.flatMap((chain) =>
    chain.data.stages.flatMap((stage) => stage.nodes.flatMap((node) => node.enterprises.filter((firm) => firm.region === entry.id))),
  );
  return {
    meta: withoutEmpty({ type: 'region', region: regionLabel(atlas, region.parent, locale), date: formatDate(region.updated, locale) }),
    filters: { type: ['region'], region: atlas.lineage(entry.id), expired: expiredFacetValues(false) },
    sort: { date: dateSortValue(region.updated) },
    extraWords: pinyinOf([region.name.zh, ...enterprises.map((firm) => firm.name.zh)], locale),
  };
}

export function chainRecord(atlas: Atlas, entry: Entry<Chain>, locale: Locale): SearchRecord {
  const chain = entry.data;
  const industry = atlas.industryById.get(chain.industry);
  const enterprises = chain.stages.flatMap((stage) => stage.nodes.flatMap((node) => node.enterprises));
  return {
    meta: withoutEmpty({ type: 'chain', industry: industry && plain(industry.name, locale), date: formatDate(chain.updated, locale) }),
    filters: {
      type: ['chain'],
      chain: [entry.id],
      industry: [chain.industry],
      region: [...new Set(chain.regions.flatMap((id) => atlas.lineage(id)))],
      expired: expiredFacetValues(false),
    },
    sort: { date: dateSortValue(chain.updated) },
    extraWords: pinyinOf(enterprises.map((firm) => firm.name.zh), locale),
  };
}

/**
 * Pagefind leaves a page without the sort key out of sorted results, so a negotiable investment
 * sorts as 0: last in the search's largest-first order, and still found.
 */
function investmentSortValue(investment: Opportunity['investment'], cnyPerUsd: number): string {
  const fixed = fixedAmount(investment);
  return fixed ? String(Math.round(sortValueInYuan(fixed, cnyPerUsd))) : '0';
}

export function opportunityRecord(atlas: Atlas, entry: Entry<Opportunity>, locale: Locale): SearchRecord {
  const opportunity = entry.data;
  const cnyPerUsd = atlas.site.exchangeRate.cnyPerUsd;
  return {
    meta: withoutEmpty({
      type: 'opportunity',
      region: regionLabel(atlas, opportunity.region, locale),
      investment: formatInvestment(opportunity.investment, locale),
      date: formatDate(opportunity.published, locale),
      expired: atlas.isExpired(entry) ? t(locale, 'opportunity.expired') : undefined,
    }),
    filters: {
      type: ['opportunity'],
      region: atlas.lineage(opportunity.region),
      chain: opportunity.chain ? [opportunity.chain] : [],
      industry: [opportunity.industry],
      band: [investmentBandOf(opportunity.investment, cnyPerUsd)],
      // Hidden by default unless a current offer: expired, or signed and later (a record).
      expired: expiredFacetValues(!atlas.isOpen(entry)),
    },
    sort: { date: dateSortValue(opportunity.published), investment: investmentSortValue(opportunity.investment, cnyPerUsd) },
    extraWords: [],
  };
}

export function policyRecord(atlas: Atlas, entry: Entry<Policy>, locale: Locale): SearchRecord {
  const policy = entry.data;
  return {
    meta: withoutEmpty({
      type: 'policy',
      region: policy.regions.length === 1 ? regionLabel(atlas, policy.regions[0], locale) : undefined,
      issuer: plain(policy.issuer, locale),
      date: formatDate(policy.issued, locale),
      expired: atlas.isPolicyExpired(entry) ? label(locale, 'policyStatus', 'expired') : undefined,
    }),
    filters: {
      type: ['policy'],
      region: [...new Set(policy.regions.flatMap((id) => atlas.lineage(id)))],
      chain: policy.chains,
      industry: policy.industries,
      level: [policy.level],
      status: [atlas.statusOf(entry)],
      expired: expiredFacetValues(atlas.isPolicyExpired(entry)),
    },
    sort: { date: dateSortValue(policy.issued) },
    extraWords: [],
  };
}

export function articleRecord(atlas: Atlas, entry: Entry<ArticleData>, locale: Locale): SearchRecord {
  const article = entry.data;
  return {
    meta: withoutEmpty({
      type: 'article',
      region: article.regions.length === 1 ? regionLabel(atlas, article.regions[0], locale) : undefined,
      date: formatDate(article.date, locale),
    }),
    filters: {
      type: ['article'],
      region: [...new Set(article.regions.flatMap((id) => atlas.lineage(id)))],
      chain: article.chains,
      expired: expiredFacetValues(false),
    },
    sort: { date: dateSortValue(article.date) },
    extraWords: [],
  };
}
