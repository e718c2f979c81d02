/** Builds the JSON index of the paged opportunity list (see list-index.ts) from the atlas. */
import type { Opportunity } from '../schemas/index.ts';
import type { Atlas, Entry } from './atlas.ts';
import { opportunityFacetNames } from './facets.ts';
import type { FacetValues } from './filters.ts';
import { isExpiredOpportunity } from './freshness.ts';
import { label, plain } from './i18n.ts';
import { formatInvestment } from './investment.ts';
import type { ListIndex, ListRecord } from './list-index.ts';
import { fixedAmount, sortValueInYuan } from './money.ts';
import { opportunityList } from './opportunity-list.ts';
import { sectionPath } from './paths.ts';
import type { Locale } from './vocabulary.ts';

/** Yuan, for sorting; '' for a negotiable investment, which the list puts last either way. */
export function investmentSortValue(atlas: Atlas, opportunity: Entry<Opportunity>): string {
  const fixed = fixedAmount(opportunity.data.investment);
  return fixed ? String(sortValueInYuan(fixed, atlas.site.exchangeRate.cnyPerUsd)) : '';
}

export function opportunityRecord(atlas: Atlas, opportunity: Entry<Opportunity>, values: FacetValues, locale: Locale): ListRecord {
  const data = opportunity.data;
  const region = atlas.regionById.get(data.region);
  const node = atlas.nodeRef(data.chain, data.node);
  const expired = isExpiredOpportunity(data, atlas.today);
  return {
    id: opportunity.id,
    title: plain(data.title, locale),
    place: [region && plain(region.data.name, locale), node && plain(node.node.name, locale)].filter(Boolean).join(' · '),
    investment: formatInvestment(data.investment, locale),
    stage: label(locale, 'opportunityStage', data.stage),
    published: data.published,
    yuan: investmentSortValue(atlas, opportunity),
    values: opportunityFacetNames.map((facet) => [...(values[facet] ?? [])]),
    ...(expired ? { expired: true as const } : {}),
    // An expired offer is no longer promoted: its featured flag is not shown (as on the card).
    ...(data.featured && !expired ? { featured: true as const } : {}),
  };
}

/** The index of every opportunity, expired ones included, newest first: the list the pages show, sorted and classified once. */
export function opportunityIndex(atlas: Atlas, locale: Locale, base = '/'): ListIndex {
  const { opportunities, values } = opportunityList(atlas);
  return {
    path: sectionPath(locale, 'opportunities', base),
    facets: [...opportunityFacetNames],
    records: opportunities.map((opportunity, index) => opportunityRecord(atlas, opportunity, values[index]!, locale)),
  };
}
