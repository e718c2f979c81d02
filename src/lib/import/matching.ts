/**
 * Matching free text from a spreadsheet to the guide's own ids: a 建设地点 to a region, a
 * 所属产业 to an industry (or an industry chain), a 项目阶段 or 前期工作 to its closed list.
 */
import type { OpportunityStage } from '../vocabulary.ts';

export interface Named {
  id: string;
  name: { zh: string; en?: string };
}

const regionSuffixes = /(经济技术开发区|高新技术产业开发区|高新区|开发区|新区|产业园区|园区|自治州|自治县|地区|省|市|区|县|州|旗)$/;

/** `甘孜藏族自治州` is written `甘孜州` or `甘孜` in lists: the people's name goes with the suffix. */
const autonomousName = /^(.{2,}?)(?:[\u4e00-\u9fff]{1,3}族)+自治(?:州|县|旗)$/;

function variants(entry: Named): string[] {
  const names = [entry.name.zh, entry.name.en ?? '', entry.id].map((name) => name.trim().toLowerCase()).filter(Boolean);
  for (const short of [entry.name.zh.replace(regionSuffixes, ''), autonomousName.exec(entry.name.zh)?.[1] ?? '']) {
    if (short.length >= 2 && short !== entry.name.zh && !names.includes(short.toLowerCase())) names.push(short.toLowerCase());
  }
  return names;
}

/**
 * The region a place description names. Addresses run from the larger place to the smaller
 * (`长春市九台区卡伦湖街道`), so the name that ends last is the most specific; between names
 * ending at the same place, the longer one wins.
 */
export function matchRegion(text: string, regions: readonly Named[]): Named | undefined {
  const haystack = text.trim().toLowerCase();
  if (haystack === '') return undefined;
  let best: { region: Named; end: number; length: number } | undefined;
  for (const region of regions) {
    for (const name of variants(region)) {
      const start = haystack.lastIndexOf(name);
      if (start < 0) continue;
      const end = start + name.length;
      if (!best || end > best.end || (end === best.end && name.length > best.length)) best = { region, end, length: name.length };
    }
  }
  return best?.region;
}

const industryNoise = /(产业链|产业|行业|industry chain|industry|sector)$/i;

function simplify(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ').replace(industryNoise, '').trim();
}

/** An industry or chain by id or name, exactly or when one name contains the other. */
export function matchNamed<Entry extends Named>(text: string, entries: readonly Entry[]): Entry | undefined {
  const wanted = simplify(text);
  if (wanted === '') return undefined;
  const names = (entry: Entry) => [entry.id, entry.name.zh, entry.name.en ?? ''].map(simplify).filter(Boolean);
  return (
    entries.find((entry) => names(entry).includes(wanted)) ??
    entries.find((entry) => names(entry).some((name) => name.length >= 2 && (wanted.includes(name) || name.includes(wanted))))
  );
}

const stageWords: [RegExp, OpportunityStage][] = [
  [/^(谋划中|谋划|策划|策划中|储备|concept)$/i, 'concept'],
  [/^(招商中|待招商|招商|寻求合作|seeking|open)$/i, 'seeking'],
  [/^(洽谈中|在谈|洽谈|对接中|negotiating|in talks)$/i, 'negotiating'],
  [/^(已签约|签约|signed)$/i, 'signed'],
  [/^(已落地|落地|已注册|landed)$/i, 'landed'],
  [/^(已开工|开工|在建|建设中|started|under construction)$/i, 'started'],
  [/^(已投产|投产|达产|已达产|producing|in production)$/i, 'producing'],
];

/** The stage of a project; an empty cell means the list is still seeking investors. */
export function matchStage(text: string): OpportunityStage | undefined {
  const value = text.trim();
  if (value === '') return 'seeking';
  return stageWords.find(([pattern]) => pattern.test(value))?.[1];
}

/**
 * The preparation level a 前期工作 description reaches, judged by its furthest milestone:
 * ready to build, approved (立项/备案/核准), feasibility study done, or only an idea.
 */
export function preparationLevel(text: string): 'concept' | 'feasibility' | 'approved' | 'shovel-ready' {
  if (/具备开工条件|开工条件|三通一平|五通一平|七通一平|shovel/i.test(text)) return 'shovel-ready';
  if (/立项|备案|核准|approved/i.test(text)) return 'approved';
  if (/可研|可行性研究|feasibility/i.test(text)) return 'feasibility';
  return 'concept';
}

/** A date as staff type it (2027-12-31, 2027/12/31, 2027.12.31, 2027年12月31日) as YYYY-MM-DD. */
export function normalizeDate(text: string): string | undefined {
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text.trim());
  if (!match) return undefined;
  return `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}`;
}
