/**
 * The opportunity list (机遇清单): projects looking for investors. Most fill a node of a chain
 * developed where they are — preferably a gap or weak node, as real lists do — the rest are
 * stand-alone tourism, logistics or infrastructure projects.
 */
import type { NodeStatus, RegionLevel } from '../src/lib/vocabulary.ts';
import type { ChainInfo, ContentFile, NodeInfo, OpportunityData, RegionInfo } from './model.ts';
import { contactFor, createIdRegistry } from './names.ts';
import type { Random } from './random.ts';
import { near } from './regions.ts';
import {
  addDays,
  capitalize,
  chineseNumeral,
  decimal,
  decimalText,
  earlierDate,
  moneyField,
  moneyText,
  referenceDate,
  romanNumeral,
  titleCase,
  wanText,
  wanToPlain,
  yearOf,
  yiText,
  type Decimal,
  type GeneratedMoney,
} from './text.ts';
import { standaloneProjects, toText, type Text } from './vocab.ts';

/** Development zones and parks carry most of a real list; the province carries none. */
const regionWeight: Record<RegionLevel, number> = { province: 0, city: 0.5, district: 1, county: 1, devzone: 2.5, park: 2 };

/** Gaps and weak nodes are what a locality advertises; strong nodes attract fewer projects. */
const nodeWeight: Record<NodeStatus, number> = { gap: 5, weak: 3, present: 1.5, strong: 1 };

type ProjectKind = 'production' | 'application' | 'service' | 'standalone';

interface Project {
  kind: ProjectKind;
  region: RegionInfo;
  industry: string;
  chain?: ChainInfo;
  node?: NodeInfo;
  /** Title without region prefix or phase. */
  title: Text;
  /** What will be built, for the summary. */
  what: Text;
  /** Distinguishes repeated projects (phases) and makes the id. */
  key: string;
  landUse: NonNullable<OpportunityData['land']>['use'];
}

// ---------------------------------------------------------------------------------------------
// Which chains an opportunity in a region can belong to
// ---------------------------------------------------------------------------------------------

/** Chains developed in a region, its ancestors or its descendants: the region's own chains. */
function chainsByRegion(regions: RegionInfo[], chains: ChainInfo[]): Map<string, ChainInfo[]> {
  const children = new Map<string, RegionInfo[]>();
  for (const region of regions) {
    if (region.parent) children.set(region.parent.id, [...(children.get(region.parent.id) ?? []), region]);
  }
  const byRegion = new Map<string, Set<ChainInfo>>(regions.map((region) => [region.id, new Set()]));
  const addDown = (region: RegionInfo, chain: ChainInfo) => {
    byRegion.get(region.id)!.add(chain);
    for (const child of children.get(region.id) ?? []) addDown(child, chain);
  };
  for (const chain of chains) {
    for (const region of chain.regions) {
      addDown(region, chain);
      for (let ancestor = region.parent; ancestor; ancestor = ancestor.parent) byRegion.get(ancestor.id)!.add(chain);
    }
  }
  return new Map([...byRegion].map(([id, set]) => [id, [...set]]));
}

function pickChain(random: Random, region: RegionInfo, local: ChainInfo[], chains: ChainInfo[]): ChainInfo {
  if (local.length > 0 && random.chance(0.85)) return random.pick(local);
  const focused = chains.filter((chain) => region.focus.includes(chain.industry));
  return random.pick(focused.length > 0 && random.chance(0.7) ? focused : chains);
}

// ---------------------------------------------------------------------------------------------
// Titles
// ---------------------------------------------------------------------------------------------

type TitlePattern = { key: string; title: (node: Text) => Text };

const titlePatterns: Record<Exclude<ProjectKind, 'standalone'>, TitlePattern[]> = {
  production: [
    { key: 'base', title: (node) => ({ zh: `${node.zh}生产基地项目`, en: `${titleCase(node.en)} Production Base` }) },
    { key: 'rd', title: (node) => ({ zh: `${node.zh}研发及产业化项目`, en: `${titleCase(node.en)} R&D and Industrialisation Project` }) },
    { key: 'smart', title: (node) => ({ zh: `${node.zh}智能制造项目`, en: `${titleCase(node.en)} Smart Manufacturing Project` }) },
    { key: 'expansion', title: (node) => ({ zh: `${node.zh}扩能改造项目`, en: `${titleCase(node.en)} Capacity Expansion Project` }) },
  ],
  application: [
    { key: 'project', title: (node) => ({ zh: `${node.zh}项目`, en: `${titleCase(node.en)} Project` }) },
    { key: 'demo', title: (node) => ({ zh: `${node.zh}示范项目`, en: `${titleCase(node.en)} Demonstration Project` }) },
  ],
  service: [
    { key: 'platform', title: (node) => ({ zh: `${node.zh}平台建设项目`, en: `${titleCase(node.en)} Platform Project` }) },
    { key: 'centre', title: (node) => ({ zh: `${node.zh}中心项目`, en: `${titleCase(node.en)} Centre Project` }) },
  ],
};

function chainProject(random: Random, region: RegionInfo, chain: ChainInfo): Project {
  const node = random.weighted(chain.nodes.map((candidate) => [candidate, nodeWeight[candidate.status]] as const));
  // Service chains (logistics, tourism, care …) build venues and platforms, never production lines.
  const kind: ProjectKind =
    node.stage === 'services' ? 'service' : chain.template.services || node.stage === 'downstream' ? 'application' : 'production';
  const pattern = random.pick(titlePatterns[kind]);
  const phrase = node.phrase;
  const what: Record<Exclude<ProjectKind, 'standalone'>, Text> = {
    production: { zh: `${phrase.zh}生产线及配套设施`, en: `${phrase.en} production lines and supporting facilities` },
    application: { zh: `${phrase.zh}相关设施`, en: `facilities for ${phrase.en}` },
    service: { zh: `${phrase.zh}公共服务平台`, en: `a shared platform for ${phrase.en}` },
  };
  return {
    kind,
    region,
    industry: chain.industry,
    chain,
    node,
    title: pattern.title(phrase),
    what: what[kind],
    key: `${chain.id}/${node.id}/${pattern.key}`,
    landUse: kind === 'service' ? random.pick(['commercial', 'mixed'] as const) : random.chance(0.9) ? 'industrial' : 'mixed',
  };
}

function standaloneProject(random: Random, region: RegionInfo): Project {
  const project = random.pick(standaloneProjects);
  return {
    kind: 'standalone',
    region,
    industry: project.industry,
    title: toText(project.title),
    what: toText(project.what),
    key: project.slug,
    landUse: project.land,
  };
}

function fullTitle(random: Random, project: Project, phase: number): Text {
  const prefix = random.chance(0.6) ? project.region.short : undefined;
  const zhBase = prefix ? `${prefix.zh}${project.title.zh}` : project.title.zh;
  const enBase = prefix ? `${prefix.en} ${project.title.en}` : project.title.en;
  return phase > 1
    ? { zh: `${zhBase}（${chineseNumeral(phase)}期）`, en: `${enBase}, Phase ${romanNumeral(phase)}` }
    : { zh: zhBase, en: enBase };
}

// ---------------------------------------------------------------------------------------------
// Money, land, returns
// ---------------------------------------------------------------------------------------------

/** Mostly 亿元 with 0–2 decimals, some 万元, a few in US dollars — as mixed as real lists are. */
function investment(random: Random): GeneratedMoney {
  const unit = random.weighted<GeneratedMoney['unit']>([
    ['亿元', 70],
    ['万元', 18],
    ['万美元', 8],
    ['USD', 4],
  ]);
  switch (unit) {
    case '亿元': {
      const scale = random.weighted([
        [0, 4],
        [1, 4],
        [2, 2],
      ] as const);
      return { unit, amount: decimal(random.int(1, 80 * 10 ** scale), scale) };
    }
    case '万元':
      return { unit, amount: random.chance(0.8) ? decimal(random.int(10, 196) * 50) : decimal(random.int(5000, 98000), 1) };
    case '万美元':
      return { unit, amount: decimal(random.int(30, 900) * 10) };
    case 'USD':
      return { unit, amount: decimal(random.int(4, 180) * 500_000) };
  }
}

/** Rough size in yuan, only to scale land, returns and jobs (the amount itself stays exact). */
function approximateYuan(money: GeneratedMoney): number {
  const perUnit = { 亿元: 1e8, 万元: 1e4, 万美元: 7.1e4, USD: 7.1 }[money.unit];
  return (money.amount.digits / 10 ** money.amount.scale) * perUnit;
}

function landArea(random: Random, project: Project): Decimal {
  const range = { production: [20, 500], application: [10, 300], service: [5, 120], standalone: [50, 2000] }[project.kind];
  return random.chance(0.25) ? decimal(random.int(range[0] * 10, range[1] * 10), 1) : decimal(random.int(range[0], range[1]));
}

const landNotes: ((random: Random) => Text)[] = [
  () => ({ zh: '已完成土地收储，具备“七通一平”条件', en: 'Land banked; utilities connected and site levelled' }),
  () => ({ zh: '已纳入年度供地计划', en: "Included in this year's land supply plan" }),
  () => ({ zh: '可先行租赁标准厂房投产', en: 'Standard factories can be leased to start production early' }),
  (random) => {
    const year = random.pick([2027, 2028]);
    return { zh: `需完成土地征收，预计${year}年供地`, en: `Land acquisition pending; expected to be available in ${year}` };
  },
];

function land(random: Random, project: Project): OpportunityData['land'] {
  const chance = { production: 0.85, application: 0.7, service: 0.5, standalone: 0.9 }[project.kind];
  if (!random.chance(chance)) return undefined;
  const area = landArea(random, project);
  return {
    area: Number(decimalText(area)),
    ...(random.chance(0.9) ? { use: project.landUse } : {}),
    ...(random.chance(0.6) ? { note: random.pick(landNotes)(random) } : {}),
  };
}

function returnsText(random: Random, money: GeneratedMoney): Text {
  const yuan = approximateYuan(money);
  const output = decimal(Math.max(1, Math.round((yuan * (0.8 + 1.7 * random.next())) / 1e7)), 1);
  const outputYuan = (output.digits / 10) * 1e8;
  const tax = decimal(Math.max(10, Math.round((outputYuan * (0.02 + 0.04 * random.next())) / 1e4)));
  const jobs = Math.min(3000, Math.max(20, Math.round((yuan / 1e6) * (0.5 + random.next()))));
  const outputText = yiText(output);
  const taxText = wanText(tax);
  return {
    zh: `达产后预计年产值${outputText.zh}，年纳税${taxText.zh}，新增就业${jobs}人。`,
    en: `At full capacity: annual output of about ${outputText.en}, tax of ${taxText.en} a year and ${decimalText(decimal(jobs), true)} new jobs.`,
  };
}

// ---------------------------------------------------------------------------------------------
// Construction content (Markdown)
// ---------------------------------------------------------------------------------------------

function contentText(random: Random, project: Project, area: Decimal | undefined): Text {
  const site = project.region.name;
  const landZh = area ? `规划用地约${decimalText(area)}亩，` : '';
  const landEn = area ? ` on about ${decimalText(area, true)} mu of land` : '';
  if (project.kind === 'production') {
    const lines = random.int(1, 8);
    const floor = decimal(random.int(5, 300), 1);
    const phases = random.int(1, 3);
    const years = random.int(1, 4);
    return {
      zh: [
        `项目选址于${site.zh}，${landZh}总建筑面积约${decimalText(floor)}万平方米。主要建设内容：`,
        '',
        `- ${project.node!.phrase.zh}生产线${lines}条及配套生产车间；`,
        '- 研发中心、质检中心和智能仓储中心；',
        '- 动力站房、环保处理设施等公用工程。',
        '',
        `项目分${chineseNumeral(phases)}期建设，建设期${years}年。`,
        '',
      ].join('\n'),
      en: [
        `The project is sited in ${site.en}${landEn}, with a total floor area of about ${wanToPlain(floor)} m². It comprises:`,
        '',
        `- ${lines} ${project.node!.phrase.en} production line${lines > 1 ? 's' : ''} with workshops;`,
        '- an R&D centre, a quality-control centre and an automated warehouse;',
        '- utilities and environmental-protection facilities.',
        '',
        `It will be built in ${phases} phase${phases > 1 ? 's' : ''} over ${years} year${years > 1 ? 's' : ''}.`,
        '',
      ].join('\n'),
    };
  }
  const floorArea = random.int(20, 600) * 100;
  const served = random.int(20, 500);
  return {
    zh: [
      `项目选址于${site.zh}，${landZh}主要建设${project.what.zh}，包括：`,
      '',
      `- 业务用房及展示中心约${floorArea}平方米；`,
      '- 信息化管理系统和数据平台；',
      '- 停车、餐饮等配套设施。',
      '',
      `建成后可服务区域内企业和客户${served}家以上。`,
      '',
    ].join('\n'),
    en: [
      `The project will build ${project.what.en} in ${site.en}${landEn}, including:`,
      '',
      `- about ${decimalText(decimal(floorArea), true)} m² of operating space and a showroom;`,
      '- management information systems and a data platform;',
      '- parking, catering and other facilities.',
      '',
      `Once complete it can serve more than ${served} firms and customers in the region.`,
      '',
    ].join('\n'),
  };
}

// ---------------------------------------------------------------------------------------------
// Stage, preparation, dates
// ---------------------------------------------------------------------------------------------

const preparationNotes: Record<string, Text> = {
  concept: { zh: '已完成项目策划和初步选址', en: 'Project concept and preliminary site selection done' },
  feasibility: { zh: '已编制可行性研究报告', en: 'Feasibility study completed' },
  approved: { zh: '已完成立项备案，正在办理环评手续', en: 'Project registered; environmental assessment under way' },
  'shovel-ready': {
    zh: '规划、环评、能评手续齐全，具备开工条件',
    en: 'Planning, environmental and energy approvals in place; ready to build',
  },
};

function stageAndPreparation(random: Random): Pick<OpportunityData, 'stage' | 'preparation'> {
  const stage = random.weighted([
    ['seeking', 55],
    ['negotiating', 20],
    ['concept', 15],
    ['signed', 10],
  ] as const);
  // A project still being conceived cannot already be shovel-ready.
  const level =
    stage === 'concept'
      ? random.pick(['concept', 'feasibility'] as const)
      : random.weighted([
          ['concept', 10],
          ['feasibility', 30],
          ['approved', 35],
          ['shovel-ready', 25],
        ] as const);
  return { stage, preparation: { level, ...(random.chance(0.7) ? { notes: preparationNotes[level] } : {}) } };
}

/** Lists appear a few times a year; most entries belong to one. */
const batches = [
  { year: 2025, number: 1, date: '2025-03-18' },
  { year: 2025, number: 2, date: '2025-07-09' },
  { year: 2025, number: 3, date: '2025-11-12' },
  { year: 2026, number: 1, date: '2026-03-16' },
  { year: 2026, number: 2, date: '2026-07-08' },
  { year: 2026, number: 3, date: '2026-11-04' },
];

function dates(random: Random): Pick<OpportunityData, 'batch' | 'published' | 'validUntil' | 'updated'> {
  const batch = random.chance(0.85) ? random.pick(batches) : undefined;
  const published = batch ? addDays(batch.date, random.int(0, 10)) : addDays('2025-01-06', random.int(0, 675));
  const year = yearOf(published);
  // Some lists are valid to the end of the year they appear in, so part of 2025 has expired by 2026-11-23.
  const validUntil = random.weighted<string | undefined>([
    [`${year}-12-31`, 25],
    [`${year + 1}-12-31`, 45],
    [`${year + 2}-06-30`, 15],
    [undefined, 15],
  ]);
  const updated = earlierDate(addDays(published, random.int(0, 400)), addDays(referenceDate, -1));
  return {
    ...(batch
      ? {
          batch: {
            zh: `${batch.year}年第${chineseNumeral(batch.number)}批机遇清单`,
            en: `${batch.year} Opportunity List, Batch ${batch.number}`,
          },
        }
      : {}),
    published,
    ...(validUntil ? { validUntil } : {}),
    updated: updated < published ? published : updated,
  };
}

function location(random: Random, region: RegionInfo): OpportunityData['location'] {
  if (!random.chance(0.85)) return undefined;
  const radius = { province: 1, city: 0.2, district: 0.08, county: 0.15, devzone: 0.04, park: 0.02 }[region.level];
  const point = near(random, region.center, radius, 6);
  // A few points were picked on Amap (GCJ-02), as staff often do; the build converts them.
  return random.chance(0.03) ? { ...point, crs: 'gcj02' } : point;
}

// ---------------------------------------------------------------------------------------------
// Putting it together
// ---------------------------------------------------------------------------------------------

function opportunityData(random: Random, project: Project, phase: number, featured: boolean): OpportunityData {
  const money = investment(random);
  // A few lists leave the amount open (待定, 面议), as real ones do.
  const negotiable = random.chance(0.03);
  const landData = land(random, project);
  const area = landData ? decimal(Math.round(Number(landData.area) * 10), 1) : undefined;
  const moneyWords = negotiable ? { zh: '面议', en: 'to be negotiated' } : moneyText(money);
  const region = project.region;
  const point = location(random, region);
  const modes = random.weighted([
    [['sole'], 30],
    [['sole', 'jv'], 25],
    [['jv', 'cooperation'], 15],
    [['cooperation'], 10],
    [['equity', 'jv'], 8],
    [['ppp', 'franchise'], project.kind === 'standalone' ? 20 : 1],
    [['lease'], project.kind === 'service' ? 10 : 2],
  ] as const);
  return {
    title: fullTitle(random, project, phase),
    summary: {
      zh: `在${region.name.zh}建设${project.what.zh}，总投资${moneyWords.zh}，诚邀${project.node ? `${project.node.phrase.zh}领域` : '有实力的'}企业投资合作。`,
      en: `${capitalize(project.what.en)} in ${region.name.en}, total investment ${moneyWords.en}; we welcome ${project.node ? `investors in ${project.node.phrase.en}` : 'qualified investors'}.`,
    },
    region: region.id,
    ...(project.chain ? { chain: project.chain.id } : {}),
    ...(project.node ? { node: project.node.id } : {}),
    industry: project.industry,
    investment: negotiable ? { negotiable: true } : moneyField(money),
    cooperation: [...modes],
    content: contentText(random, project, area),
    ...(landData ? { land: landData } : {}),
    ...stageAndPreparation(random),
    ...(random.chance(0.75) ? { returns: returnsText(random, money) } : {}),
    contact: contactFor(random, { organization: region.office, areaCode: region.areaCode, emailPrefix: `invest.${region.id}` }),
    ...dates(random),
    ...(point ? { location: point } : {}),
    ...(featured ? { featured: true } : {}),
  };
}

export interface OpportunityOptions {
  count: number;
  /** Put each file in a folder named after its region (large lists stay browsable). */
  nested: boolean;
}

export function opportunityFiles(random: Random, regions: RegionInfo[], chains: ChainInfo[], options: OpportunityOptions): ContentFile[] {
  const local = chainsByRegion(regions, chains);
  const regionEntries = regions.map((region) => [region, regionWeight[region.level]] as const);
  const featuredCount = Math.min(options.count, Math.max(3, Math.min(60, Math.round(options.count / 100))));
  const featured = new Set(random.sample([...Array(options.count).keys()], featuredCount));
  const phases = new Map<string, number>();
  const uniqueId = createIdRegistry();

  return Array.from({ length: options.count }, (_, index) => {
    const region = random.weighted(regionEntries);
    const standalone = chains.length === 0 || random.chance(0.12);
    const project = standalone
      ? standaloneProject(random, region)
      : chainProject(random, region, pickChain(random, region, local.get(region.id)!, chains));
    const phaseKey = `${region.id}/${project.key}`;
    const phase = (phases.get(phaseKey) ?? 0) + 1;
    phases.set(phaseKey, phase);
    const id = uniqueId(`${region.id}-${project.node?.id ?? project.key}${phase > 1 ? `-phase-${phase}` : ''}`);
    const folder = options.nested ? `opportunities/${region.id}` : 'opportunities';
    return { path: `${folder}/${id}.yaml`, data: opportunityData(random, project, phase, featured.has(index)) };
  });
}
