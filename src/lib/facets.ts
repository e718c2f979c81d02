/** The facets of the opportunity and policy lists, and each entry's values for them. */
import type { ArticleData } from '../schemas/article.ts';
import type { Opportunity, Policy } from '../schemas/index.ts';
import type { Atlas, Entry } from './atlas.ts';
import { countValues, type Facet, type FacetValues } from './filters.ts';
import { defaultExpiredChoice, expiredChoices, expiredFacetName, expiredFacetValues } from './freshness.ts';
import { collator, label, plain, t } from './i18n.ts';
import { investmentBandOf } from './investment.ts';
import { isOpenStage } from './pipeline.ts';
import { investmentBands } from './money.ts';
import { regionsInTreeOrder } from './order.ts';
import { articleKinds, cooperationModes, opportunityStages, policyLevels, type Locale } from './vocabulary.ts';

export const opportunityFacetNames = ['region', 'chain', 'industry', 'band', 'cooperation', 'stage', expiredFacetName] as const;
export const policyFacetNames = ['level', 'issuer', 'chain', 'status', expiredFacetName] as const;

export function opportunityFacetValues(atlas: Atlas, opportunity: Entry<Opportunity>): FacetValues {
  const { region, chain, industry, investment, cooperation, stage } = opportunity.data;
  return {
    region: atlas.lineage(region),
    chain: chain ? [chain] : [],
    industry: [industry],
    band: [investmentBandOf(investment, atlas.site.exchangeRate.cnyPerUsd)],
    cooperation,
    stage: [stage],
    [expiredFacetName]: expiredFacetValues(!atlas.isOpen(opportunity)),
  };
}

type OptionSource = { value: string; label: string; depth?: number; showsExpired?: boolean };

/** Items a list shows by default: expired entries are hidden until the reader asks for them. */
function shownByDefault(items: FacetValues[]): FacetValues[] {
  return items.filter((item) => (item[expiredFacetName] ?? [defaultExpiredChoice]).includes(defaultExpiredChoice));
}

/**
 * A facet with its label, and those of its options that some item carries. Counts are of the
 * entries the list shows by default (expired ones left out), except for an option that asks for
 * expired entries, which counts them.
 */
function facet(name: string, values: OptionSource[], items: FacetValues[], locale: Locale): Facet {
  const present = countValues(items, name);
  const counts = countValues(shownByDefault(items), name);
  return {
    name,
    label: t(locale, `filter.${name}` as Parameters<typeof t>[1]),
    options: values
      .filter((option) => (present.get(option.value) ?? 0) > 0)
      .map((option) => ({ ...option, depth: option.depth ?? 0, count: (option.showsExpired ? present : counts).get(option.value) ?? 0 })),
  };
}

/**
 * The show/hide-expired filter: "hide" first and chosen by default; offered only when the list
 * has entries it hides. Its options name how many entries each choice shows. For opportunities
 * it hides every one that is not a current offer (expired, or signed and later) and says so.
 */
function expiredFacet(items: FacetValues[], locale: Locale, kind: 'opportunities' | 'policies'): Facet[] {
  const expired = items.filter((item) => !(item[expiredFacetName] ?? []).includes('hide')).length;
  if (expired === 0) return [];
  const shown = { hide: items.length - expired, show: items.length };
  return [
    {
      name: expiredFacetName,
      label: t(locale, kind === 'opportunities' ? 'filter.notOpen' : 'filter.expired'),
      defaultValue: defaultExpiredChoice,
      options: expiredChoices.map((choice) => ({
        value: choice,
        label: t(locale, kind === 'opportunities' ? `filter.notOpen.${choice}` : `filter.expired.${choice}`, { count: expired }),
        count: shown[choice],
        depth: 0,
      })),
    },
  ];
}

/** Options sorted by their label as readers of `locale` expect (pinyin for Chinese). */
function byName<Item extends { label: string }>(list: Item[], locale: Locale): Item[] {
  const order = collator(locale);
  return list.sort((a, b) => order.compare(a.label, b.label));
}

function chainOptions(atlas: Atlas, locale: Locale): OptionSource[] {
  return byName(atlas.chains.map((chain) => ({ value: chain.id, label: plain(chain.data.name, locale) })), locale);
}

/** Region options in tree order, indented by depth. */
function regionTree(atlas: Atlas, locale: Locale): { value: string; label: string; depth: number }[] {
  return regionsInTreeOrder(atlas, locale).map(({ region, depth }) => ({ value: region.id, label: plain(region.data.name, locale), depth }));
}

export function opportunityFacets(atlas: Atlas, locale: Locale, items: FacetValues[]): Facet[] {
  return [
    facet('region', regionTree(atlas, locale), items, locale),
    facet('chain', chainOptions(atlas, locale), items, locale),
    facet('industry', byName(atlas.site.industries.map((industry) => ({ value: industry.id, label: plain(industry.name, locale) })), locale), items, locale),
    facet('band', [...investmentBands.map((band) => band.id), 'negotiable'].map((band) => ({ value: band, label: label(locale, 'investmentBand', band) })), items, locale),
    facet('cooperation', cooperationModes.map((mode) => ({ value: mode, label: label(locale, 'cooperation', mode) })), items, locale),
    // Choosing a stage signed or later asks for those records: it lifts the default hiding, as
    // a policy status "expired" does, so that choice never empties the list.
    facet('stage', opportunityStages.map((stage) => ({ value: stage, label: label(locale, 'opportunityStage', stage), showsExpired: !isOpenStage(stage) })), items, locale),
    ...expiredFacet(items, locale, 'opportunities'),
  ];
}

/** Issuers are free text; each distinct issuer gets a stable attribute-safe value. */
export function issuerValues(policies: Entry<Policy>[]): Map<string, string> {
  const issuers = [...new Set(policies.map((policy) => policy.data.issuer.zh))].sort();
  return new Map(issuers.map((issuer, index) => [issuer, `issuer-${index + 1}`]));
}

export function policyFacetValues(atlas: Atlas, policy: Entry<Policy>, issuers: Map<string, string>): FacetValues {
  return {
    level: [policy.data.level],
    issuer: [issuers.get(policy.data.issuer.zh) ?? ''],
    chain: policy.data.chains,
    status: [atlas.statusOf(policy)],
    [expiredFacetName]: expiredFacetValues(atlas.statusOf(policy) === 'expired'),
  };
}

export function policyFacets(atlas: Atlas, locale: Locale, items: FacetValues[], issuers: Map<string, string>): Facet[] {
  const issuerOptions = new Map(
    atlas.policies.map((policy) => {
      const value = issuers.get(policy.data.issuer.zh) ?? '';
      return [value, { value, label: plain(policy.data.issuer, locale) }];
    }),
  );
  return [
    facet('level', policyLevels.map((level) => ({ value: level, label: label(locale, 'policyLevel', level) })), items, locale),
    facet('issuer', byName([...issuerOptions.values()], locale), items, locale),
    facet('chain', chainOptions(atlas, locale), items, locale),
    facet('status', (['in-force', 'pending', 'expired'] as const).map((status) => ({ value: status, label: label(locale, 'policyStatus', status), showsExpired: status === 'expired' })), items, locale),
    ...expiredFacet(items, locale, 'policies'),
  ];
}

export const articleFacetNames = ['kind', 'region', 'chain'] as const;

export function articleFacetValues(atlas: Atlas, article: Entry<ArticleData>): FacetValues {
  return {
    kind: [article.data.kind],
    region: [...new Set(article.data.regions.flatMap(atlas.lineage))],
    chain: article.data.chains,
  };
}

/** The article list's facets; a list of one kind leaves out the kind facet. */
export function articleFacets(atlas: Atlas, locale: Locale, items: FacetValues[], { withKind = true } = {}): Facet[] {
  return [
    ...(withKind ? [facet('kind', articleKinds.map((kind) => ({ value: kind, label: label(locale, 'articleKind', kind) })), items, locale)] : []),
    facet('region', regionTree(atlas, locale), items, locale),
    facet('chain', chainOptions(atlas, locale), items, locale),
  ];
}
