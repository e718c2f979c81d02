/**
 * What each share card says, in one language: the guide card for lists and other pages, and a
 * card per region, chain (the chain poster), opportunity and policy.
 */
import type { Chain, Opportunity, Policy, Region } from '../../schemas/index.ts';
import type { Atlas, Entry } from '../atlas.ts';
import { chainMap } from '../chain-map.ts';
import { formatFigure } from '../figures.ts';
import { inLocale, label, plain, t } from '../i18n.ts';
import { formatInvestment } from '../investment.ts';
import { drawStaticMap, type StaticMapInput } from '../map/static-map.ts';
import { opportunityStaticMap, regionStaticMap, type StaticMapSources } from '../map/static-map-content.ts';
import type { Locale } from '../vocabulary.ts';
import { cardMapSize, type CardInput, type CardKind, type CardMapInput, type PosterInput } from './layout.ts';

/** An entry with a share card of its own. */
export interface ShareEntry {
  section: 'regions' | 'chains' | 'opportunities' | 'policies';
  id: string;
}

/** Path of a card's PNG: `/share/zh/opportunities/<id>.png`, `/share/en/guide.png`. */
export function cardPath(locale: Locale, entry?: ShareEntry, base = '/'): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return entry ? `${prefix}share/${locale}/${entry.section}/${entry.id}.png` : `${prefix}share/${locale}/guide.png`;
}

function frame(atlas: Atlas, locale: Locale, kind: CardKind) {
  return {
    kind,
    locale,
    guideName: plain(atlas.site.name, locale),
    host: new URL(atlas.site.url).host,
    kindLabel: t(locale, `share.kind.${kind}`),
  };
}

export function guideCard(atlas: Atlas, locale: Locale): CardInput {
  return {
    ...frame(atlas, locale, 'guide'),
    guideName: plain(atlas.site.agency, locale),
    title: plain(atlas.site.name, locale),
    note: plain(atlas.site.tagline, locale),
    facts: [t(locale, 'share.guideCounts', { opportunities: atlas.opportunities.filter(atlas.isOpen).length, chains: atlas.chains.length, regions: atlas.regions.length })],
  };
}

/** The card's map: the page's static map, drawn at the card's map size, with the review number under it. */
function cardMap(atlas: Atlas, locale: Locale, input: StaticMapInput): CardMapInput {
  const reviewNumber = atlas.site.map.reviewNumber;
  return {
    drawing: drawStaticMap({ ...input, ...cardMapSize }),
    ...(reviewNumber ? { note: t(locale, 'map.reviewNumber', { number: inLocale(locale, reviewNumber) }) } : {}),
  };
}

/**
 * A region's card; with `maps` (the outline and boundaries) it shows where the region is: its
 * name at its centre, its boundary and its parent's when they have one, the places and points
 * within it and their names.
 */
export function regionCard(atlas: Atlas, entry: Entry<Region>, locale: Locale, maps?: StaticMapSources): CardInput {
  const region = entry.data;
  const parent = region.parent ? atlas.regionById.get(region.parent) : undefined;
  const figure = region.keyFigures[0];
  return {
    ...frame(atlas, locale, 'region'),
    title: plain(region.name, locale),
    figure: figure && {
      label: figure.year === undefined ? plain(figure.label, locale) : t(locale, 'share.figureYear', { label: plain(figure.label, locale), year: figure.year }),
      value: formatFigure(figure.value, figure.unit, locale),
    },
    facts: [label(locale, 'regionLevel', region.level), parent ? plain(parent.data.name, locale) : ''],
    ...(maps ? { map: cardMap(atlas, locale, regionStaticMap(atlas, locale, entry.id, maps)) } : {}),
  };
}

export function chainCard(atlas: Atlas, entry: Entry<Chain>, locale: Locale): CardInput {
  const map = chainMap(atlas, entry, locale);
  const summary = atlas.chainSummary(entry);
  const poster: PosterInput = {
    layout: map.layout,
    nodes: Object.fromEntries([...map.nodes.values()].map((node) => [node.id, { status: node.status, leader: node.hasLeader }])),
  };
  return {
    ...frame(atlas, locale, 'chain'),
    title: plain(entry.data.name, locale),
    facts: [t(locale, 'chain.nodeCount', { count: summary.nodes }), t(locale, 'chain.gapCount', { count: summary.gaps }), t(locale, 'chain.openCount', { count: summary.openOpportunities })],
    poster,
  };
}

/** An opportunity's card; with `maps`, one that has a site shows it on a map with its region's name and boundary. */
export function opportunityCard(atlas: Atlas, entry: Entry<Opportunity>, locale: Locale, maps?: StaticMapSources): CardInput {
  const opportunity = entry.data;
  const region = atlas.regionById.get(opportunity.region);
  const industry = atlas.industryById.get(opportunity.industry);
  return {
    ...frame(atlas, locale, 'opportunity'),
    title: plain(opportunity.title, locale),
    figure: { label: t(locale, 'opportunity.investment'), value: formatInvestment(opportunity.investment, locale) },
    facts: [
      // A shared picture of an expired offer says so first (a long line is cut at its end): it travels without the page's notice.
      ...(atlas.isExpired(entry) ? [t(locale, 'opportunity.expired')] : []),
      region ? plain(region.data.name, locale) : '',
      industry ? plain(industry.name, locale) : '',
      label(locale, 'opportunityStage', opportunity.stage),
    ],
    ...(maps && opportunity.location ? { map: cardMap(atlas, locale, opportunityStaticMap(atlas, locale, entry.id, maps)) } : {}),
  };
}

export function policyCard(atlas: Atlas, entry: Entry<Policy>, locale: Locale): CardInput {
  const policy = entry.data;
  return {
    ...frame(atlas, locale, 'policy'),
    title: plain(policy.title, locale),
    figure: policy.documentNumber ? { label: t(locale, 'policy.documentNumber'), value: policy.documentNumber } : undefined,
    facts: [...(atlas.isPolicyExpired(entry) ? [label(locale, 'policyStatus', 'expired')] : []), plain(policy.issuer, locale), label(locale, 'policyLevel', policy.level)],
  };
}
