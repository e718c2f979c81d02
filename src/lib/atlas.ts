/**
 * The guide as one connected model: entries by id and the relations the pages show (a region's
 * opportunities and policies, the policies that apply to an opportunity, a node's projects).
 */
import type { ArticleData } from '../schemas/article.ts';
import type { Chain, ChainNode, Opportunity, Policy, Region, Site } from '../schemas/index.ts';
import type { ArticleKind } from './vocabulary.ts';
import { builtLocales } from './i18n.ts';
import { isPastValidity, policyStatus, type PolicyStatus } from './dates.ts';
import { isExpiredOpportunity } from './freshness.ts';
import { isOpenStage } from './pipeline.ts';

export interface Entry<Data> {
  id: string;
  data: Data;
}

export interface AtlasInput {
  site: Site;
  regions: Entry<Region>[];
  chains: Entry<Chain>[];
  opportunities: Entry<Opportunity>[];
  policies: Entry<Policy>[];
  /** Articles (news, stories, guides); none when the guide has no articles folder. */
  articles?: Entry<ArticleData>[];
}

export type Industry = Site['industries'][number];

export interface NodeRef {
  chain: Entry<Chain>;
  node: ChainNode;
  stage: Chain['stages'][number]['stage'];
}

function byId<Data>(entries: Entry<Data>[]): Map<string, Entry<Data>> {
  return new Map(entries.map((entry) => [entry.id, entry]));
}

function groupBy<Item>(items: Item[], keys: (item: Item) => (string | undefined)[]): Map<string, Item[]> {
  const groups = new Map<string, Item[]>();
  for (const item of items) {
    for (const key of keys(item)) {
      if (key === undefined) continue;
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

export function buildAtlas(input: AtlasInput, today: string) {
  const regionById = byId(input.regions);
  const chainById = byId(input.chains);
  const opportunityById = byId(input.opportunities);
  const policyById = byId(input.policies);
  // Newest first: every list of articles reads like a news page.
  const articles = [...(input.articles ?? [])].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
  const articleById = byId(articles);
  const industryById = new Map(input.site.industries.map((industry) => [industry.id, industry]));

  /** The region and its ancestors, nearest first. */
  const lineage = (regionId: string): string[] => {
    const chain: string[] = [];
    for (let current: string | undefined = regionId; current !== undefined && !chain.includes(current); ) {
      chain.push(current);
      current = regionById.get(current)?.data.parent;
    }
    return chain;
  };

  const childrenByParent = groupBy(input.regions, (region) => [region.data.parent]);
  const opportunitiesByRegion = groupBy(input.opportunities, (opportunity) => lineage(opportunity.data.region));
  const opportunitiesByNode = groupBy(input.opportunities, (opportunity) =>
    opportunity.data.chain && opportunity.data.node ? [`${opportunity.data.chain}/${opportunity.data.node}`] : [],
  );
  const opportunitiesByChain = groupBy(input.opportunities, (opportunity) => [opportunity.data.chain]);
  // An article about a park is also about the district and city around it.
  const articlesByRegion = groupBy(articles, (article) => [...new Set(article.data.regions.flatMap(lineage))]);
  const articlesByChain = groupBy(articles, (article) => article.data.chains);
  const articlesByOpportunity = groupBy(articles, (article) => article.data.opportunities);

  const statusOf = (policy: Entry<Policy>): PolicyStatus => policyStatus(policy.data, today);
  /** Still on offer: before signing (signed or later is a record) and not past its closing date. */
  const isOpen = (opportunity: Entry<Opportunity>): boolean =>
    isOpenStage(opportunity.data.stage) && !isPastValidity(opportunity.data.validUntil, today);

  /** Past its `validUntil` date: marked everywhere, hidden from lists by default, never counted. */
  const isExpired = (opportunity: Entry<Opportunity>): boolean => isExpiredOpportunity(opportunity.data, today);
  const isPolicyExpired = (policy: Entry<Policy>): boolean => statusOf(policy) === 'expired';
  /**
   * A current offer, the one lists, maps and search show by default: the same as `isOpen`.
   * Expired offers and projects signed or later stay on record behind the show/hide filter.
   */
  const isCurrent = isOpen;

  /** A policy applies to a place when it names no regions, or names the place or one of its ancestors. */
  const coversRegion = (policy: Entry<Policy>, regionId: string): boolean =>
    policy.data.regions.length === 0 || lineage(regionId).some((id) => policy.data.regions.includes(id));

  const nodeRef = (chainId: string | undefined, nodeId: string | undefined): NodeRef | undefined => {
    const chain = chainId === undefined ? undefined : chainById.get(chainId);
    if (!chain || nodeId === undefined) return undefined;
    for (const stage of chain.data.stages) {
      const node = stage.nodes.find((candidate) => candidate.id === nodeId);
      if (node) return { chain, node, stage: stage.stage };
    }
    return undefined;
  };

  return {
    today,
    site: input.site,
    /** The languages this guide is built in (the Traditional edition when site.yaml asks for it). */
    locales: builtLocales(input.site),
    regions: input.regions,
    chains: input.chains,
    opportunities: input.opportunities,
    policies: input.policies,
    articles,
    regionById,
    chainById,
    opportunityById,
    policyById,
    articleById,
    industryById,
    lineage,
    statusOf,
    isOpen,
    isExpired,
    isPolicyExpired,
    isCurrent,
    nodeRef,

    /** Regions directly under `regionId`, or the top-level regions when it is undefined. */
    childRegions(regionId: string | undefined): readonly Entry<Region>[] {
      if (regionId === undefined) return input.regions.filter((region) => !region.data.parent || !regionById.has(region.data.parent));
      return childrenByParent.get(regionId) ?? [];
    },

    /** Opportunities in the region or any region under it. */
    opportunitiesInRegion(regionId: string): readonly Entry<Opportunity>[] {
      return opportunitiesByRegion.get(regionId) ?? [];
    },

    opportunitiesOnNode(chainId: string, nodeId: string): readonly Entry<Opportunity>[] {
      return opportunitiesByNode.get(`${chainId}/${nodeId}`) ?? [];
    },

    opportunitiesInChain(chainId: string): readonly Entry<Opportunity>[] {
      return opportunitiesByChain.get(chainId) ?? [];
    },

    /** Chains the region leads in, plus chains that name the region or one of its ancestors. */
    chainsOfRegion(regionId: string): readonly Entry<Chain>[] {
      const lineageIds = lineage(regionId);
      const leading = regionById.get(regionId)?.data.leadingChains ?? [];
      return input.chains.filter(
        (chain) => leading.includes(chain.id) || chain.data.regions.some((id) => lineageIds.includes(id)),
      );
    },

    /** Policies that cover the region (including guide-wide ones), in force or upcoming first. */
    policiesForRegion(regionId: string): readonly Entry<Policy>[] {
      return input.policies.filter((policy) => coversRegion(policy, regionId));
    },

    /** Policies an investor in this project could use: covering its place, chain and industry, not expired. */
    policiesForOpportunity(opportunity: Entry<Opportunity>): readonly Entry<Policy>[] {
      const { region, chain, industry } = opportunity.data;
      return input.policies.filter(
        (policy) =>
          statusOf(policy) !== 'expired' &&
          coversRegion(policy, region) &&
          (policy.data.chains.length === 0 || (chain !== undefined && policy.data.chains.includes(chain))) &&
          (policy.data.industries.length === 0 || policy.data.industries.includes(industry)),
      );
    },

    /** Policies naming the chain explicitly. */
    policiesForChain(chainId: string): readonly Entry<Policy>[] {
      return input.policies.filter((policy) => policy.data.chains.includes(chainId));
    },

    /** Articles of one kind, newest first. */
    articlesOfKind(kind: ArticleKind): readonly Entry<ArticleData>[] {
      return articles.filter((article) => article.data.kind === kind);
    },

    /** Articles naming the region or a region within it, newest first. */
    articlesAboutRegion(regionId: string): readonly Entry<ArticleData>[] {
      return articlesByRegion.get(regionId) ?? [];
    },

    articlesAboutChain(chainId: string): readonly Entry<ArticleData>[] {
      return articlesByChain.get(chainId) ?? [];
    },

    articlesAboutOpportunity(opportunityId: string): readonly Entry<ArticleData>[] {
      return articlesByOpportunity.get(opportunityId) ?? [];
    },

    /** Number of gap nodes and of open opportunities, for chain cards. */
    chainSummary(chain: Entry<Chain>): { nodes: number; gaps: number; openOpportunities: number } {
      const nodes = chain.data.stages.flatMap((stage) => stage.nodes);
      return {
        nodes: nodes.length,
        gaps: nodes.filter((node) => node.status === 'gap').length,
        openOpportunities: (opportunitiesByChain.get(chain.id) ?? []).filter(isOpen).length,
      };
    },
  };
}

export type Atlas = ReturnType<typeof buildAtlas>;
