/**
 * Checks across entries and collections: every reference resolves, ids are unique, nodes exist
 * in their chain. Astro only logs a dangling reference; the guide must not be built with one.
 */
import { articleListSegments } from '../articles/kinds.ts';
import type { ComponentUse } from './articles.ts';
import { bi } from './bilingual.ts';
import type { FieldPath } from './problems.ts';
import type { AtlasContent, ContentEntry } from './types.ts';

/** A problem before its line is looked up: absolute file, field path, packed bilingual message. */
export interface RawProblem {
  file: string;
  path: FieldPath;
  message: string;
  /** The line, when the check knows it (a component in an MDX body); otherwise looked up from `path`. */
  line?: number;
}

const collectionNames = {
  regions: ['地区', 'region'],
  chains: ['产业链', 'chain'],
  opportunities: ['机遇', 'opportunity'],
  policies: ['政策', 'policy'],
  industries: ['行业', 'industry'],
} as const;

type Referenced = keyof typeof collectionNames;

function unknownReference(kind: Referenced, id: string, known: Iterable<string>): string {
  const [zh, en] = collectionNames[kind];
  const suggestions = [...known].filter((candidate) => candidate.includes(id) || id.includes(candidate)).slice(0, 3);
  const hintZh = suggestions.length > 0 ? `；是否想写 ${suggestions.join('、')}？` : '';
  const hintEn = suggestions.length > 0 ? `; did you mean ${suggestions.join(', ')}?` : '';
  return bi(`找不到编号为 "${id}" 的${zh}${hintZh}`, `no ${en} with id "${id}"${hintEn}`);
}

/** Ids of every file found, valid or not, so a broken file is not also reported as missing. */
export interface DeclaredIds {
  regions: ReadonlySet<string>;
  chains: ReadonlySet<string>;
  opportunities?: ReadonlySet<string>;
  policies?: ReadonlySet<string>;
}

export function checkIntegrity(content: AtlasContent, declared?: DeclaredIds, componentUses: readonly ComponentUse[] = []): RawProblem[] {
  const problems: RawProblem[] = [];
  const report = (entry: ContentEntry<unknown>, path: FieldPath, message: string) =>
    problems.push({ file: entry.file, path, message });

  const ids = {
    regions: declared?.regions ?? new Set(content.regions.map((entry) => entry.id)),
    chains: declared?.chains ?? new Set(content.chains.map((entry) => entry.id)),
    opportunities: declared?.opportunities ?? new Set(content.opportunities.map((entry) => entry.id)),
    policies: declared?.policies ?? new Set(content.policies.map((entry) => entry.id)),
    industries: new Set(content.site.data.industries.map((industry) => industry.id)),
  };
  const expect = (entry: ContentEntry<unknown>, path: FieldPath, kind: keyof typeof ids, id: string | undefined) => {
    if (id !== undefined && !ids[kind].has(id)) report(entry, path, unknownReference(kind, id, ids[kind]));
  };

  checkDuplicateIndustries(content, report);

  for (const region of content.regions) {
    const { parent, leadingChains } = region.data;
    if (parent === region.id) report(region, ['parent'], bi('上级地区不能是自己', 'a region cannot be its own parent'));
    else expect(region, ['parent'], 'regions', parent);
    leadingChains.forEach((chain, index) => expect(region, ['leadingChains', index], 'chains', chain));
  }
  checkParentCycles(content, report);

  for (const chain of content.chains) {
    expect(chain, ['industry'], 'industries', chain.data.industry);
    chain.data.regions.forEach((region, index) => expect(chain, ['regions', index], 'regions', region));
    checkChainStructure(chain, report, (path, region) => expect(chain, path, 'regions', region));
  }

  const nodesByChain = new Map(
    content.chains.map((chain) => [chain.id, new Set(chain.data.stages.flatMap((stage) => stage.nodes.map((node) => node.id)))]),
  );
  for (const opportunity of content.opportunities) {
    const { region, chain, node, industry } = opportunity.data;
    expect(opportunity, ['region'], 'regions', region);
    expect(opportunity, ['industry'], 'industries', industry);
    expect(opportunity, ['chain'], 'chains', chain);
    if (node !== undefined && chain === undefined) {
      report(opportunity, ['node'], bi('写了 node 就必须同时写 chain', '`node` needs `chain` to say which chain it belongs to'));
    }
    const chainNodes = chain === undefined ? undefined : nodesByChain.get(chain);
    if (node !== undefined && chainNodes !== undefined && !chainNodes.has(node)) {
      report(
        opportunity,
        ['node'],
        bi(
          `产业链 "${chain}" 中没有环节 "${node}"；可选：${[...chainNodes].join('、')}`,
          `chain "${chain}" has no node "${node}"; its nodes are: ${[...chainNodes].join(', ')}`,
        ),
      );
    }
  }

  for (const policy of content.policies) {
    policy.data.chains.forEach((chain, index) => expect(policy, ['chains', index], 'chains', chain));
    policy.data.regions.forEach((region, index) => expect(policy, ['regions', index], 'regions', region));
    policy.data.industries.forEach((industry, index) => expect(policy, ['industries', index], 'industries', industry));
  }

  for (const article of content.articles ?? []) {
    if ((articleListSegments as readonly string[]).includes(article.id)) {
      report(article, [], bi(`文章编号不能用 "${article.id}"：它是文章分类列表的地址`, `"${article.id}" cannot be an article id: it is the address of an article list`));
    }
    for (const kind of ['regions', 'chains', 'opportunities', 'policies'] as const) {
      article.data[kind].forEach((id, index) => expect(article, [kind, index], kind, id));
    }
  }
  for (const use of componentUses) {
    for (const reference of use.references) {
      if (!ids[reference.collection].has(reference.id)) {
        problems.push({ file: use.file, path: [reference.prop], line: use.line, message: unknownReference(reference.collection, reference.id, ids[reference.collection]) });
      }
    }
    const chainNodes = use.node && nodesByChain.get(use.node.chain);
    if (use.node && chainNodes && !chainNodes.has(use.node.id)) {
      problems.push({
        file: use.file,
        path: ['highlight'],
        line: use.line,
        message: bi(`产业链 "${use.node.chain}" 中没有环节 "${use.node.id}"`, `chain "${use.node.chain}" has no node "${use.node.id}"`),
      });
    }
  }
  return problems;
}

type Report = (entry: ContentEntry<unknown>, path: FieldPath, message: string) => void;

function checkDuplicateIndustries(content: AtlasContent, report: Report): void {
  const seen = new Set<string>();
  content.site.data.industries.forEach((industry, index) => {
    if (seen.has(industry.id)) {
      report(content.site, ['industries', index, 'id'], bi(`行业编号 "${industry.id}" 重复`, `industry id "${industry.id}" is used twice`));
    }
    seen.add(industry.id);
  });
}

/** A region may not be its own ancestor: that would make breadcrumbs and roll-ups loop forever. */
function checkParentCycles(content: AtlasContent, report: Report): void {
  const parentOf = new Map(content.regions.map((region) => [region.id, region.data.parent]));
  for (const region of content.regions) {
    const visited = new Set([region.id]);
    let current = region.data.parent;
    while (current !== undefined && parentOf.has(current)) {
      if (visited.has(current)) {
        report(region, ['parent'], bi(`上级地区形成了循环：${[...visited].join(' → ')}`, `parent regions form a loop: ${[...visited].join(' → ')}`));
        break;
      }
      visited.add(current);
      current = parentOf.get(current);
    }
  }
}

function checkChainStructure(
  chain: AtlasContent['chains'][number],
  report: Report,
  expectRegion: (path: FieldPath, region: string | undefined) => void,
): void {
  const seenStages = new Set<string>();
  const seenNodes = new Set<string>();
  chain.data.stages.forEach((stage, stageIndex) => {
    if (seenStages.has(stage.stage)) {
      report(chain, ['stages', stageIndex, 'stage'], bi(`环节阶段 "${stage.stage}" 出现了两次`, `stage "${stage.stage}" appears twice`));
    }
    seenStages.add(stage.stage);
    stage.nodes.forEach((node, nodeIndex) => {
      const path = ['stages', stageIndex, 'nodes', nodeIndex];
      if (seenNodes.has(node.id)) {
        report(chain, [...path, 'id'], bi(`环节编号 "${node.id}" 在本产业链中重复`, `node id "${node.id}" is used twice in this chain`));
      }
      seenNodes.add(node.id);
      node.enterprises.forEach((enterprise, index) => expectRegion([...path, 'enterprises', index, 'region'], enterprise.region));
    });
  });
  chain.data.edges.forEach((edge, index) => {
    for (const end of ['from', 'to'] as const) {
      if (!seenNodes.has(edge[end])) {
        report(chain, ['edges', index, end], bi(`连线指向不存在的环节 "${edge[end]}"`, `edge points at unknown node "${edge[end]}"`));
      }
    }
  });
}
