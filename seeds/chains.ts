/**
 * Industry chains (产业链) and their investment maps: nodes per stage with local strength, the
 * enterprises already there and the companies the locality wants to attract.
 */
import type { ChainStage, NodeStatus } from '../src/lib/vocabulary.ts';
import type { ChainData, ChainInfo, ContentFile, NodeInfo, RegionInfo } from './model.ts';
import { createIdRegistry, enterpriseName } from './names.ts';
import type { Random } from './random.ts';
import { addDays, capitalize, decimal, inSentence, listText, sentence, titleCase, yiText } from './text.ts';
import {
  chainTemplates,
  industries,
  serviceNodes,
  sharedManufacturingNodes,
  toText,
  type ChainTemplate,
  type Term,
  type Text,
} from './vocab.ts';

const mainStages = ['upstream', 'midstream', 'downstream'] as const;

/** Orders templates so the first few chains cover as many industries as possible. */
function interleaveByIndustry(random: Random): ChainTemplate[] {
  const groups = new Map<string, ChainTemplate[]>();
  for (const template of chainTemplates) {
    groups.set(template.industry, [...(groups.get(template.industry) ?? []), template]);
  }
  const queues = random.shuffle([...groups.values()].map((group) => random.shuffle(group)));
  const ordered: ChainTemplate[] = [];
  while (queues.some((queue) => queue.length > 0)) {
    for (const queue of queues) {
      const next = queue.shift();
      if (next) ordered.push(next);
    }
  }
  return ordered;
}

/** Picks `count` distinct items, each draw weighted; used for the regions a chain is developed in. */
function weightedSample<T>(random: Random, items: readonly T[], weight: (item: T) => number, count: number): T[] {
  const remaining = [...items];
  const chosen: T[] = [];
  while (chosen.length < count && remaining.length > 0) {
    const item = random.weighted(remaining.map((candidate) => [candidate, weight(candidate)] as const));
    chosen.push(item);
    remaining.splice(remaining.indexOf(item), 1);
  }
  return chosen;
}

/** Picks `count` entries of a pool keeping the pool's order, which is the chain's natural order. */
function orderedSample(random: Random, pool: readonly Term[], count: number): Term[] {
  const keep = new Set(random.sample(pool, count));
  return pool.filter((term) => keep.has(term));
}

type MainStage = (typeof mainStages)[number];

/** The nodes a stage can draw on: the chain's own, then (for manufacturing chains) generic ones. */
function stagePool(template: ChainTemplate, stage: MainStage): { own: Term[]; shared: Term[] } {
  return { own: template.stages[stage], shared: template.services ? [] : sharedManufacturingNodes[stage] };
}

function stageCapacity(template: ChainTemplate, stage: MainStage): number {
  const { own, shared } = stagePool(template, stage);
  return own.length + shared.length;
}

/**
 * How many nodes of each stage a chain gets: 8–40 in all (or `wanted`, as far as the template
 * has names for), at least two per main stage.
 */
function nodeCounts(random: Random, template: ChainTemplate, wanted?: number): Record<ChainStage, number> {
  const available = mainStages.reduce((sum, stage) => sum + stageCapacity(template, stage), 0);
  const capacity = available + serviceNodes.length;
  const total = wanted === undefined ? random.int(8, Math.min(40, capacity)) : Math.min(Math.max(wanted, 6), capacity);
  const wantsServices = total > available || random.chance(0.4);
  const services = wantsServices ? Math.min(serviceNodes.length, Math.max(total - available, random.int(2, 4))) : 0;
  const counts: Record<ChainStage, number> = { upstream: 2, midstream: 2, downstream: 2, services };
  let toPlace = Math.max(0, total - services - 6);
  while (toPlace > 0) {
    const open = mainStages.filter((stage) => counts[stage] < stageCapacity(template, stage));
    if (open.length === 0) break;
    counts[random.pick(open)]++;
    toPlace--;
  }
  return counts;
}

function nodeStatus(random: Random): NodeStatus {
  return random.weighted<NodeStatus>([
    ['strong', 22],
    ['present', 33],
    ['weak', 25],
    ['gap', 20],
  ]);
}

/** A stage's nodes: the chain's own first; generic ones only once those run out. */
function stageTerms(random: Random, template: ChainTemplate, stage: ChainStage, count: number): Term[] {
  if (stage === 'services') return orderedSample(random, serviceNodes, count);
  const { own, shared } = stagePool(template, stage);
  return [...orderedSample(random, own, Math.min(count, own.length)), ...orderedSample(random, shared, count - own.length)];
}

function planNodes(random: Random, template: ChainTemplate, wanted?: number): NodeInfo[] {
  const counts = nodeCounts(random, template, wanted);
  const uniqueNodeId = createIdRegistry();
  const nodes = (['upstream', 'midstream', 'downstream', 'services'] as const).flatMap((stage) =>
    stageTerms(random, template, stage, counts[stage]).map((term) => ({
      id: uniqueNodeId(term.slug),
      name: { zh: term.zh, en: capitalize(term.en) },
      phrase: toText(term),
      stage,
      status: nodeStatus(random),
    })),
  );
  // Every chain has something to fill (补链): that is what the guide is for.
  if (!nodes.some((node) => node.status === 'gap')) {
    const notStrong = nodes.filter((node) => node.status !== 'strong');
    random.pick(notStrong.length > 0 ? notStrong : nodes).status = 'gap';
  }
  return nodes;
}

/** Every chain of the guide, with its regions and nodes decided (files are written later). */
export function planChains(random: Random, count: number, regions: RegionInfo[], nodesPerChain?: number): ChainInfo[] {
  const ordered = interleaveByIndustry(random);
  const uniqueId = createIdRegistry();
  const cities = regions.filter((region) => region.level === 'city');
  const candidates = regions.filter((region) => region.level !== 'province');
  const usedVariants = new Set<string>();
  return Array.from({ length: count }, (_, index) => {
    const template = ordered[index % ordered.length];
    // Past one chain per template, a city-specific variant: 江州生物药产业链 (each city once while cities last).
    const freshCities = cities.filter((candidate) => !usedVariants.has(`${candidate.id}/${template.slug}`));
    const city = index >= ordered.length ? random.pick(freshCities.length > 0 ? freshCities : cities) : undefined;
    if (city) usedVariants.add(`${city.id}/${template.slug}`);
    const baseName = { zh: `${template.name.zh}产业链`, en: `${titleCase(template.name.en)} Industry Chain` };
    const name = city ? { zh: `${city.short.zh}${baseName.zh}`, en: `${city.short.en} ${baseName.en}` } : baseName;
    const weight = (region: RegionInfo) =>
      (region.focus.includes(template.industry) ? 6 : 1) *
      (region.level === 'devzone' || region.level === 'park' ? 2 : 1) *
      (city && region.city !== city ? 0.1 : 1);
    return {
      id: uniqueId(city ? `${city.id}-${template.slug}` : template.slug),
      industry: template.industry,
      name,
      template,
      // About a third of the regions at most, so small guides still differ from region to region.
      regions: weightedSample(random, candidates, weight, random.int(2, Math.max(2, Math.min(10, Math.round(candidates.length / 3))))),
      nodes: planNodes(random, template, nodesPerChain),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Writing a chain file
// ---------------------------------------------------------------------------------------------

type ChainNodeData = ChainData['stages'][number]['nodes'][number];
type EnterpriseData = NonNullable<ChainNodeData['enterprises']>[number];

const statusSentences: Record<NodeStatus, (node: Text) => Text> = {
  strong: (node) => ({ zh: `本地已形成较强的${node.zh}配套能力`, en: `Strong local capacity in ${node.en}` }),
  present: (node) => ({ zh: `本地已有${node.zh}企业布局，规模有待提升`, en: `Local firms in ${node.en}, still small in scale` }),
  weak: (node) => ({ zh: `${node.zh}环节企业少、规模小，需重点培育`, en: `Few, small firms in ${node.en}; a priority to develop` }),
  gap: (node) => ({ zh: `本地暂无${node.zh}企业，是补链招商的重点`, en: `No local firms in ${node.en} yet; a key target for investment` }),
};

function strategyFor(random: Random, node: NodeInfo): ChainNodeData['strategy'] {
  switch (node.status) {
    case 'gap':
      return node.stage === 'downstream' && random.chance(0.3) ? 'extend' : 'fill';
    case 'weak':
      return random.pick(['fill', 'strengthen']);
    case 'strong':
      return random.weighted<ChainNodeData['strategy']>([
        ['strengthen', 6],
        ['extend', 2],
        [undefined, 2],
      ]);
    case 'present':
      return random.chance(0.4) ? 'strengthen' : undefined;
  }
}

interface ChainContext {
  random: Random;
  chain: ChainInfo;
  /** Chain leaders named so far; targets may cite them as buyers. */
  leaders: Text[];
}

function enterpriseRole(chain: ChainInfo, node: NodeInfo): Text {
  return node.stage === 'services' || chain.template.services
    ? { zh: `提供${node.phrase.zh}服务`, en: `Provides ${node.phrase.en}` }
    : { zh: `${node.phrase.zh}研发与生产`, en: `Develops and makes ${node.phrase.en}` };
}

function enterprises(context: ChainContext, node: NodeInfo): EnterpriseData[] {
  const { random, chain } = context;
  const range = { strong: [2, 5], present: [1, 3], weak: [0, 2], gap: [0, 0] }[node.status];
  return Array.from({ length: random.int(range[0], range[1]) }, (_, index) => {
    // At most three leaders a chain, and only the first firm of a strong node.
    const leader = node.status === 'strong' && index === 0 && context.leaders.length < 3 && random.chance(0.6);
    const listed = leader ? random.chance(0.7) : random.chance(0.1);
    const name = enterpriseName(random, chain.template.trades, listed);
    if (leader) context.leaders.push(name);
    const zoneRegions = chain.regions.filter((region) => region.level === 'devzone' || region.level === 'park');
    const region = random.pick(zoneRegions.length > 0 && random.chance(0.7) ? zoneRegions : chain.regions);
    return {
      name,
      ...(random.chance(0.6) ? { role: enterpriseRole(chain, node) } : {}),
      ...(leader ? { leader: true } : {}),
      ...(listed ? { listed: true } : {}),
      ...(random.chance(0.25) ? { specialized: true } : {}),
      ...(random.chance(0.85) ? { region: region.id } : {}),
    };
  });
}

function targetReason(context: ChainContext, node: NodeInfo): Text {
  const { random, chain } = context;
  const leader = context.leaders.length > 0 ? random.pick(context.leaders) : undefined;
  const region = random.pick(chain.regions);
  if (leader && random.chance(0.4)) {
    const spend = yiText(decimal(random.int(5, 300), 1));
    return {
      zh: `链主企业${leader.zh}每年采购${node.phrase.zh}超${spend.zh}，需求稳定`,
      en: `Chain leader ${leader.en} buys over ${spend.en} of ${node.phrase.en} a year`,
    };
  }
  return random.chance(0.5)
    ? {
        zh: `补齐本地${node.phrase.zh}短板，为下游企业就近配套`,
        en: `Fills the local gap in ${node.phrase.en} and supplies downstream firms nearby`,
      }
    : {
        zh: `可依托${region.name.zh}现有产业基础和用地条件快速落地`,
        en: `Can start quickly on ${region.name.en}'s existing industrial base and land`,
      };
}

function targets(context: ChainContext, node: NodeInfo): NonNullable<ChainNodeData['targets']> {
  const { random, chain } = context;
  const range = { strong: [0, 0], present: [0, 1], weak: [1, 2], gap: [1, 3] }[node.status];
  const kinds: ((name: Text) => Text)[] = [
    (name) => ({ zh: `国内${name.zh}头部企业`, en: `Leading domestic companies in ${name.en}` }),
    (name) => ({ zh: `${name.zh}领域专精特新“小巨人”企业`, en: `Specialised "little giant" firms in ${name.en}` }),
    (name) => ({ zh: `跨国公司${name.zh}在华生产基地`, en: `China bases of multinationals in ${name.en}` }),
    (name) => ({ zh: `长三角、珠三角${name.zh}配套企业`, en: `Suppliers of ${name.en} in the Yangtze and Pearl River deltas` }),
    () => enterpriseName(random, chain.template.trades, random.chance(0.5)),
  ];
  // Distinct kinds, so a node never lists the same target twice.
  return random.sample(kinds, random.int(range[0], range[1])).map((kind) => ({
    name: kind(node.phrase),
    ...(random.chance(0.7) ? { reason: targetReason(context, node) } : {}),
  }));
}

function nodeData(context: ChainContext, node: NodeInfo): ChainNodeData {
  const { random } = context;
  const strategy = strategyFor(random, node);
  const firms = enterprises(context, node);
  const wanted = targets(context, node);
  return {
    id: node.id,
    name: node.name,
    status: node.status,
    ...(strategy ? { strategy } : {}),
    ...(random.chance(0.5) ? { description: statusSentences[node.status](node.phrase) } : {}),
    ...(firms.length > 0 ? { enterprises: firms } : {}),
    ...(wanted.length > 0 ? { targets: wanted } : {}),
  };
}

function stagesData(context: ChainContext): ChainData['stages'] {
  const { random, chain } = context;
  const stages = (['upstream', 'midstream', 'downstream', 'services'] as const).filter((stage) =>
    chain.nodes.some((node) => node.stage === stage),
  );
  return stages.map((stage) => ({
    stage,
    ...(stage === 'services' && random.chance(0.3) ? { name: { zh: '配套服务与平台', en: 'Support services and platforms' } } : {}),
    nodes: chain.nodes.filter((node) => node.stage === stage).map((node) => nodeData(context, node)),
  }));
}

/** A few explicit supplier links between consecutive stages; most chains rely on the default flow. */
function edges(random: Random, chain: ChainInfo): NonNullable<ChainData['edges']> {
  if (!random.chance(0.3)) return [];
  const links = new Map<string, { from: string; to: string }>();
  for (let attempt = 0; attempt < 12 && links.size < 6; attempt++) {
    const [fromStage, toStage] = random.pick([
      ['upstream', 'midstream'],
      ['midstream', 'downstream'],
    ] as const);
    const from = random.pick(chain.nodes.filter((node) => node.stage === fromStage));
    const to = random.pick(chain.nodes.filter((node) => node.stage === toStage));
    links.set(`${from.id}>${to.id}`, { from: from.id, to: to.id });
  }
  return [...links.values()];
}

function nodeList(nodes: NodeInfo[]): Text {
  return listText(nodes.slice(0, 4).map((node) => node.phrase));
}

function summary(random: Random, chain: ChainInfo): Text {
  const gaps = chain.nodes.filter((node) => node.status === 'gap').length;
  const firms = random.int(20, 400);
  const output = yiText(decimal(random.int(50, 30000), 1));
  const regions = listText(chain.regions.slice(0, 2).map((region) => region.name));
  return {
    zh: `${chain.name.zh}主要分布在${regions.zh}等地，集聚规上企业${firms}家，年产值${output.zh}；全链${chain.nodes.length}个环节中有${gaps}个缺失环节待补。`,
    en: `Centred on ${regions.en}, the chain has ${firms} large firms and annual output of ${output.en}; ${gaps} of its ${chain.nodes.length} links are gaps to fill.`,
  };
}

function description(chain: ChainInfo, leaders: Text[]): Text {
  const byStatus = (status: NodeStatus) => chain.nodes.filter((node) => node.status === status);
  const strong = nodeList(byStatus('strong'));
  const weakOrGap = nodeList([...byStatus('gap'), ...byStatus('weak')]);
  const industry = industries.find((item) => item.slug === chain.industry)!;
  const leaderLine = leaders.length > 0 ? listText(leaders) : undefined;
  const zh = [
    `### 发展现状`,
    '',
    `${chain.name.zh}属于${industry.zh}产业${strong.zh ? `，${strong.zh}等环节具备比较优势` : ''}${leaderLine ? `，链主企业有${leaderLine.zh}` : ''}。`,
    '',
    `### 招商方向`,
    '',
    `- **补链**：${weakOrGap.zh || '暂无'}`,
    `- **强链**：${strong.zh || '培育本地龙头企业'}`,
    `- **延链**：向下游应用和配套服务延伸`,
    '',
  ];
  const en = [
    `### Where it stands`,
    '',
    sentence(
      `Part of the ${inSentence(industry.en)} industry${strong.en ? `, with strengths in ${strong.en}` : ''}${leaderLine ? `; chain leaders include ${leaderLine.en}` : ''}`,
    ),
    '',
    `### What we are looking for`,
    '',
    `- **Fill**: ${weakOrGap.en || 'none at present'}`,
    `- **Strengthen**: ${strong.en || 'growing local champions'}`,
    `- **Extend**: downstream applications and support services`,
    '',
  ];
  return { zh: zh.join('\n'), en: en.join('\n') };
}

function planSource(chain: ChainInfo, province: RegionInfo) {
  return {
    title: {
      zh: `${province.name.zh}${chain.name.zh}发展规划（2024—2030年）`,
      en: `${province.name.en} ${chain.name.en} Development Plan (2024–2030)`,
    },
    url: `https://example.org/plans/${chain.id}`,
    date: '2024-06-18',
  };
}

export function chainFile(random: Random, chain: ChainInfo, province: RegionInfo): ContentFile {
  const context: ChainContext = { random, chain, leaders: [] };
  // Stages first: they name the leaders that the description mentions.
  const stages = stagesData(context);
  const data: ChainData = {
    name: chain.name,
    summary: summary(random, chain),
    ...(random.chance(0.8) ? { description: description(chain, context.leaders) } : {}),
    industry: chain.industry,
    regions: chain.regions.map((region) => region.id),
    stages,
    edges: edges(random, chain),
    updated: addDays('2025-10-01', random.int(0, 415)),
    ...(random.chance(0.5) ? { sources: [planSource(chain, province)] } : {}),
  };
  return { path: `chains/${chain.id}.yaml`, data };
}
