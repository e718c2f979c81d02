/** The search page's filters and their options, labelled for one language. */
import type { Atlas } from '../atlas.ts';
import { collator, label, plain, t } from '../i18n.ts';
import { investmentBands } from '../money.ts';
import { regionsInTreeOrder } from '../order.ts';
import { policyLevels, type Locale } from '../vocabulary.ts';
import { defaultExpiredChoice, expiredChoices } from '../freshness.ts';
import { entryTypes, type SearchFilterName } from './names.ts';

export interface SearchFilterOption {
  value: string;
  label: string;
  /** Nesting depth (regions under their city). */
  depth: number;
}

export interface SearchFilter {
  name: SearchFilterName;
  label: string;
  options: SearchFilterOption[];
  /** The value chosen when the URL names none (no "all" option then): expired entries hidden. */
  defaultValue?: string;
}

function byLabel(options: SearchFilterOption[], locale: Locale): SearchFilterOption[] {
  const order = collator(locale);
  return options.sort((a, b) => order.compare(a.label, b.label));
}

export function searchFilters(atlas: Atlas, locale: Locale): SearchFilter[] {
  const flat = (value: string, text: string): SearchFilterOption => ({ value, label: text, depth: 0 });
  return [
    { name: 'type', label: t(locale, 'search.filter.type'), options: entryTypes.map((type) => flat(type, t(locale, `search.type.${type}`))) },
    {
      name: 'region',
      label: t(locale, 'filter.region'),
      options: regionsInTreeOrder(atlas, locale).map(({ region, depth }) => ({ value: region.id, label: plain(region.data.name, locale), depth })),
    },
    { name: 'chain', label: t(locale, 'filter.chain'), options: byLabel(atlas.chains.map((chain) => flat(chain.id, plain(chain.data.name, locale))), locale) },
    {
      name: 'industry',
      label: t(locale, 'filter.industry'),
      options: byLabel(atlas.site.industries.map((industry) => flat(industry.id, plain(industry.name, locale))), locale),
    },
    {
      name: 'band',
      label: t(locale, 'filter.band'),
      options: [...investmentBands.map((band) => band.id), 'negotiable'].map((band) => flat(band, label(locale, 'investmentBand', band))),
    },
    { name: 'level', label: t(locale, 'filter.level'), options: policyLevels.map((level) => flat(level, label(locale, 'policyLevel', level))) },
    {
      name: 'status',
      label: t(locale, 'filter.status'),
      options: (['in-force', 'pending', 'expired'] as const).map((status) => flat(status, label(locale, 'policyStatus', status))),
    },
    ...expiredFilter(atlas, locale),
  ];
}

/**
 * Hide (the default) or show what is not current: expired policies and opportunities that are
 * no longer on offer (past their closing date, or signed and later); offered when the guide has
 * some. Its wording names signed projects when there are any.
 */
function expiredFilter(atlas: Atlas, locale: Locale): SearchFilter[] {
  const closed = atlas.opportunities.filter((opportunity) => !atlas.isOpen(opportunity));
  const hidden = closed.length + atlas.policies.filter(atlas.isPolicyExpired).length;
  if (hidden === 0) return [];
  const signed = closed.some((opportunity) => !atlas.isExpired(opportunity));
  return [
    {
      name: 'expired',
      label: t(locale, signed ? 'search.filter.notOpen' : 'search.filter.expired'),
      defaultValue: defaultExpiredChoice,
      options: expiredChoices.map((choice) => ({
        value: choice,
        label: t(locale, signed ? `search.filter.notOpen.${choice}` : `filter.expired.${choice}`, { count: hidden }),
        depth: 0,
      })),
    },
  ];
}
