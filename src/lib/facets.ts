/** The facets of the opportunity and policy lists, and each entry's values for them. */
import type { Opportunity, Policy } from '../schemas/index.ts';
import type { Atlas, Entry } from './atlas.ts';
import { countValues, type Facet, type FacetOption, type FacetValues } from './filters.ts';
import { collator, label, plain, t } from './i18n.ts';
import { investmentBand, investmentBands } from './money.ts';
import { cooperationModes, opportunityStages, policyLevels, type Locale } from './vocabulary.ts';

export const opportunityFacetNames = ['region', 'chain', 'industry', 'band', 'cooperation', 'stage'] as const;
export const policyFacetNames = ['level', 'issuer', 'chain', 'status'] as const;

export function opportunityFacetValues(atlas: Atlas, opportunity: Entry<Opportunity>): FacetValues {
  const { region, chain, industry, investment, cooperation, stage } = opportunity.data;
  return {
    region: atlas.lineage(region),
    chain: chain ? [chain] : [],
    industry: [industry],
    band: [investmentBand(investment, atlas.site.exchangeRate.cnyPerUsd)],
    cooperation,
    stage: [stage],
  };
}

function optionsFrom(values: { value: string; label: string; depth?: number }[], counts: Map<string, number>): FacetOption[] {
  return values
    .map((option) => ({ ...option, depth: option.depth ?? 0, count: counts.get(option.value) ?? 0 }))
    .filter((option) => option.count > 0);
}

/** Regions in tree order (each followed by the regions under it), with their depth. */
function regionTree(atlas: Atlas, locale: Locale): { value: string; label: string; depth: number }[] {
  const order = collator(locale);
  const visit = (parent: string | undefined, depth: number): { value: string; label: string; depth: number }[] =>
    atlas
      .childRegions(parent)
      .sort((a, b) => order.compare(plain(a.data.name, locale), plain(b.data.name, locale)))
      .flatMap((region) => [
        { value: region.id, label: plain(region.data.name, locale), depth },
        ...visit(region.id, depth + 1),
      ]);
  return visit(undefined, 0);
}

export function opportunityFacets(atlas: Atlas, locale: Locale, items: FacetValues[]): Facet[] {
  const order = collator(locale);
  const byName = <Item extends { label: string }>(list: Item[]) => list.sort((a, b) => order.compare(a.label, b.label));
  const counted = (name: string, values: { value: string; label: string; depth?: number }[]) => ({
    name,
    label: t(locale, `filter.${name}` as Parameters<typeof t>[1]),
    options: optionsFrom(values, countValues(items, name)),
  });
  return [
    counted('region', regionTree(atlas, locale)),
    counted('chain', byName(atlas.chains.map((chain) => ({ value: chain.id, label: plain(chain.data.name, locale) })))),
    counted('industry', byName(atlas.site.industries.map((industry) => ({ value: industry.id, label: plain(industry.name, locale) })))),
    counted('band', investmentBands.map((band) => ({ value: band.id, label: label(locale, 'investmentBand', band.id) }))),
    counted('cooperation', cooperationModes.map((mode) => ({ value: mode, label: label(locale, 'cooperation', mode) }))),
    counted('stage', opportunityStages.map((stage) => ({ value: stage, label: label(locale, 'opportunityStage', stage) }))),
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
  };
}

export function policyFacets(atlas: Atlas, locale: Locale, items: FacetValues[], issuers: Map<string, string>): Facet[] {
  const order = collator(locale);
  const issuerLabels = atlas.policies.map((policy) => ({
    value: issuers.get(policy.data.issuer.zh) ?? '',
    label: plain(policy.data.issuer, locale),
  }));
  const uniqueIssuers = [...new Map(issuerLabels.map((issuer) => [issuer.value, issuer])).values()].sort((a, b) =>
    order.compare(a.label, b.label),
  );
  const counted = (name: string, values: { value: string; label: string }[]) => ({
    name,
    label: t(locale, `filter.${name}` as Parameters<typeof t>[1]),
    options: optionsFrom(values, countValues(items, name)),
  });
  return [
    counted('level', policyLevels.map((level) => ({ value: level, label: label(locale, 'policyLevel', level) }))),
    counted('issuer', uniqueIssuers),
    counted('chain', atlas.chains.map((chain) => ({ value: chain.id, label: plain(chain.data.name, locale) }))),
    counted('status', (['in-force', 'pending', 'expired'] as const).map((status) => ({ value: status, label: label(locale, 'policyStatus', status) }))),
  ];
}
