/**
 * What a chain map shows, in one language: the layout plus, per node, the words drawn in its box
 * and the accessible name of its link. The component only turns this into SVG.
 */
import type { Chain } from '../schemas/index.ts';
import type { Atlas, Entry } from './atlas.ts';
import { layoutChain, type ChainLayout, type LayoutOptions } from './chain-layout.ts';
import { label, plain, t } from './i18n.ts';
import { nodeStatuses, type ChainStage, type Locale, type NodeStatus } from './vocabulary.ts';

export interface MapNode {
  id: string;
  /** The node's name in the map's language. */
  name: string;
  status: NodeStatus;
  /** "缺失 · 企业0 · 项目2" */
  meta: string;
  /** Accessible name of the node's link. */
  ariaLabel: string;
  hasLeader: boolean;
  highlighted: boolean;
}

export interface ChainMap {
  layout: ChainLayout;
  nodes: Map<string, MapNode>;
  title: string;
  description: string;
}

/** Layouts by chain and language: every opportunity page of a chain draws the same one. */
const layouts = new WeakMap<Entry<Chain>, Map<string, ChainLayout>>();

function cachedLayout(chain: Entry<Chain>, locale: Locale, options: Partial<LayoutOptions>, make: () => ChainLayout): ChainLayout {
  const byKey = layouts.get(chain) ?? new Map<string, ChainLayout>();
  layouts.set(chain, byKey);
  const key = `${locale}:${JSON.stringify(options)}`;
  let layout = byKey.get(key);
  if (!layout) byKey.set(key, (layout = make()));
  return layout;
}

export function chainMap(atlas: Atlas, chain: Entry<Chain>, locale: Locale, highlight?: string, options: Partial<LayoutOptions> = {}): ChainMap {
  const layout = cachedLayout(chain, locale, options, () => layoutChain(
    {
      stages: chain.data.stages.map((stage) => ({
        stage: stage.stage,
        title: stage.name ? plain(stage.name, locale) : label(locale, 'chainStage', stage.stage),
        nodes: stage.nodes.map((node) => ({ id: node.id, name: plain(node.name, locale), status: node.status })),
      })),
      edges: chain.data.edges,
    },
    options,
  ));

  const nodes = new Map<string, MapNode>();
  const statusCounts = Object.fromEntries(nodeStatuses.map((status) => [status, 0])) as Record<NodeStatus, number>;
  for (const stage of chain.data.stages) {
    for (const node of stage.nodes) {
      statusCounts[node.status] += 1;
      const status = label(locale, 'nodeStatus', node.status);
      const firms = node.enterprises.length;
      const projects = atlas.opportunitiesOnNode(chain.id, node.id).filter(atlas.isOpen).length;
      const hasLeader = node.enterprises.some((enterprise) => enterprise.leader);
      const highlighted = node.id === highlight;
      nodes.set(node.id, {
        id: node.id,
        name: plain(node.name, locale),
        status: node.status,
        meta: t(locale, 'chainMap.meta', { status, firms: t(locale, 'chainMap.firms', { count: firms }), projects: t(locale, 'chainMap.projects', { count: projects }) }),
        ariaLabel:
          t(locale, 'chainMap.nodeLabel', { name: plain(node.name, locale), status, firms, projects }) +
          (hasLeader ? t(locale, 'chainMap.nodeLeader') : '') +
          (highlighted ? t(locale, 'chainMap.nodeHighlight') : ''),
        hasLeader,
        highlighted,
      });
    }
  }

  const total = Object.values(statusCounts).reduce((sum, count) => sum + count, 0);
  return {
    layout,
    nodes,
    title: t(locale, 'chainMap.title', { name: plain(chain.data.name, locale) }),
    description: t(locale, 'chainMap.description', { nodes: total, ...statusCounts }),
  };
}

/** A stage of the narrow (phone) form of a chain map: its title and its nodes, top to bottom. */
export interface NarrowStage {
  stage: ChainStage;
  title: string;
  nodes: MapNode[];
}

/**
 * The same map for a narrow screen: the stages of the layout from upstream to downstream, one
 * under the other, each with its nodes in the order the wide map stacks them.
 */
export function narrowStages(map: ChainMap): NarrowStage[] {
  return map.layout.stages.map((band) => ({
    stage: band.stage,
    title: band.title,
    nodes: map.layout.boxes.filter((box) => box.stage === band.stage).map((box) => map.nodes.get(box.id)!),
  }));
}
