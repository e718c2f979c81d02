/**
 * The slides of the kiosk's attract loop, chosen from the content and the kiosk settings: the
 * totals, the featured open opportunities, the pipeline's funnel, every chain and the top-level regions, in the order
 * the settings give. Investor stories (articles of kind `story`) are slides of their own.
 */
import type { Atlas, Entry } from '../atlas.ts';
import { featuredFirst, featuredOpportunities } from '../highlights.ts';
import { sumInvestments, type Money } from '../money.ts';
import type { KioskSlideKind } from '../vocabulary.ts';
import type { Opportunity, Site } from '../../schemas/index.ts';
import type { ContentImage } from '../../schemas/image.ts';

export type KioskSection = 'opportunities' | 'chains' | 'regions' | 'articles';

/** Slides of the whole guide (no entry of their own) and slides of one entry. */
export type KioskSlide = { kind: 'totals' } | { kind: 'funnel' } | { kind: KioskSection; id: string };

/** The most opportunities the loop shows: a visitor watches a loop of minutes, not an hour. */
export const maxOpportunitySlides = 12;

/** The newest investor stories the loop shows. */
export const maxStorySlides = 6;

/**
 * How many open opportunities a region's kiosk page lists. A screen shows a few dozen; a
 * province's page listing all of them (40 000 titles at 50 000 opportunities, 4.4 MB) is too
 * long to read and too large for the kiosk to keep offline. The page's QR code opens the full list.
 */
export const maxRegionListed = 24;

/** The open opportunities of a region and the regions within it, featured then newest first, as many as its kiosk page lists, and how many more there are. */
export function kioskRegionOpportunities(atlas: Atlas, regionId: string): { listed: Entry<Opportunity>[]; more: number } {
  const open = featuredFirst(atlas.opportunitiesInRegion(regionId).filter(atlas.isOpen));
  return { listed: open.slice(0, maxRegionListed), more: Math.max(0, open.length - maxRegionListed) };
}

/** Open opportunities flagged `featured`, newest first; when none is flagged, the newest open ones. */
export function kioskOpportunities(atlas: Atlas): Entry<Opportunity>[] {
  const chosen = featuredOpportunities(atlas, maxOpportunitySlides);
  const flagged = chosen.filter((entry) => entry.data.featured);
  return flagged.length > 0 ? flagged : chosen;
}

export function kioskSlides(atlas: Atlas, settings: Pick<Site['kiosk'], 'slides'>): KioskSlide[] {
  const of = (kind: KioskSlideKind): KioskSlide[] => {
    switch (kind) {
      case 'totals':
        return [{ kind: 'totals' }];
      case 'funnel':
        return [{ kind: 'funnel' }];
      case 'opportunities':
        return kioskOpportunities(atlas).map((entry) => ({ kind, id: entry.id }));
      case 'chains':
        return atlas.chains.map((entry) => ({ kind, id: entry.id }));
      case 'regions':
        return atlas.childRegions(undefined).map((entry) => ({ kind, id: entry.id }));
      case 'stories':
        return atlas.articlesOfKind('story').slice(0, maxStorySlides).map((entry) => ({ kind: 'articles' as const, id: entry.id }));
    }
  };
  // A kind listed twice still shows its slides once.
  return [...new Set(settings.slides)].flatMap(of);
}

export interface KioskTotals {
  openOpportunities: number;
  /** Their investment added up, one amount per currency. */
  openInvestment: Money[];
  /** Open opportunities left out of `openInvestment` because their investment is negotiable. */
  negotiableLeftOut: number;
  regions: number;
  chains: number;
  policiesInForce: number;
  gaps: number;
}

/** The headline counts of the totals slide. */
export function kioskTotals(atlas: Atlas): KioskTotals {
  const open = atlas.opportunities.filter(atlas.isOpen);
  const investment = sumInvestments(open.map((entry) => entry.data.investment));
  return {
    openOpportunities: open.length,
    openInvestment: investment.totals,
    negotiableLeftOut: investment.negotiable,
    regions: atlas.regions.length,
    chains: atlas.chains.length,
    policiesInForce: atlas.policies.filter((policy) => atlas.statusOf(policy) === 'in-force').length,
    gaps: atlas.chains.reduce((sum, chain) => sum + atlas.chainSummary(chain).gaps, 0),
  };
}

/**
 * The picture a slide is shown over: the cover of its opportunity or region. Chain slides keep
 * their map, which needs the whole slide; the totals slide has no entry.
 */
export function slideCover(atlas: Atlas, slide: KioskSlide): ContentImage | undefined {
  if (slide.kind === 'opportunities') return atlas.opportunityById.get(slide.id)?.data.images?.cover;
  if (slide.kind === 'regions') return atlas.regionById.get(slide.id)?.data.images?.cover;
  if (slide.kind === 'articles') return atlas.articles.find((article) => article.id === slide.id)?.data.cover;
  return undefined;
}
