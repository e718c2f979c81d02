/**
 * One spreadsheet row → one opportunity entry, or the reasons it cannot become one. The entry is
 * checked against the opportunity schema before anything is written, so an imported file is
 * never one `npm run check` would reject (but for a new industry, which site.yaml must then get).
 * Whatever the row does not say exactly — an industry matched by synonym or closest name, an
 * open cooperation mode, an amount still to be negotiated, a stage left empty — is listed in
 * `guesses`, for staff to check.
 */
import { bi, unpack, type Bilingual } from '../content/bilingual.ts';
import { formatPath } from '../content/problems.ts';
import { bilingualErrorMap } from '../content/zod-messages.ts';
import type { MoneyUnit } from '../money.ts';
import { opportunitySchema } from '../../schemas/opportunity.ts';
import { normalizeNumberText, parseAmount } from './amount.ts';
import type { ImportField } from './columns.ts';
import zhLabels from '../../i18n/zh.json' with { type: 'json' };
import { parseCooperation } from './cooperation.ts';
import { matchIndustry } from './industry.ts';
import { matchNamed, matchRegion, matchStage, normalizeDate, preparationLevel, type Named } from './matching.ts';
import { emptySynonyms, normalizeWord, type SynonymTable } from './synonyms.ts';
import { landUses } from '../vocabulary.ts';

export type RowValues = Partial<Record<ImportField, string>>;

export interface ImportContext {
  regions: readonly Named[];
  industries: readonly Named[];
  chains: readonly (Named & { industry: string })[];
  /** `--region`: used when the row's place names no known region. */
  defaultRegion?: string;
  /** Unit from the investment column heading, for bare numbers. */
  investmentUnit?: MoneyUnit;
  /** The import date (YYYY-MM-DD): `published` and `updated` of new entries. */
  today: string;
  /** Words of `import-synonyms.yaml`. */
  synonyms?: SynonymTable;
}

export type RowResult =
  | {
      ok: true;
      title: string;
      data: Record<string, unknown>;
      /** What the row did not say exactly and the import decided, for staff to check. */
      guesses: Bilingual[];
      /** An industry site.yaml does not have yet (its id is in `data.industry`). */
      newIndustry?: { id: string; name: string };
    }
  | { ok: false; reasons: Bilingual[] };

const zh = zhLabels as Record<string, string>;
const stageLabel = (stage: string) => zh[`enum.opportunityStage.${stage}`] ?? stage;
const preparationLabel = (level: string) => zh[`enum.preparation.${level}`] ?? level;
const landUseLabel = (use: string) => zh[`enum.landUse.${use}`] ?? use;

type LandUse = (typeof landUses)[number];

/** A land use written as its key or Chinese label (`工业`, `工业用地`), or through the synonym table. */
function matchLandUse(text: string, synonyms: SynonymTable): { use: LandUse; bySynonym: boolean } | undefined {
  const cell = text.trim().replace(/用地$/, '');
  const direct = landUses.find((use) => use === cell.toLowerCase() || landUseLabel(use) === cell);
  if (direct) return { use: direct, bySynonym: false };
  const synonym = synonyms.landUses.get(normalizeWord(text)) ?? synonyms.landUses.get(normalizeWord(cell));
  return synonym ? { use: synonym, bySynonym: true } : undefined;
}

function text(zh: string | undefined, en: string | undefined): { zh: string; en?: string } | undefined {
  if (!zh) return undefined;
  return en ? { zh, en } : { zh };
}

/** The first sentence of the construction content, for cards, when the sheet has no summary. */
export function summaryFrom(content: string): string {
  const first = content.split(/(?<=[。！？；;])|\n/)[0].trim();
  return first.length > 120 ? `${first.slice(0, 119)}…` : first;
}

function shorten(text: string): string {
  return text.length > 24 ? `${text.slice(0, 23)}…` : text;
}

function number(textValue: string): number | undefined {
  const match = /^约?\s*(-?\d+(?:\.\d+)?)\s*(亩|°)?$/.exec(normalizeNumberText(textValue));
  return match ? Number(match[1]) : undefined;
}

/** A decimal as a YAML number when that is exact, else as the quoted decimal the schema also accepts. */
function plainNumber(decimal: string): number | string {
  return String(Number(decimal)) === decimal ? Number(decimal) : decimal;
}

export function rowToEntry(row: RowValues, context: ImportContext): RowResult {
  const reasons: Bilingual[] = [];
  const fail = (zh: string, en: string) => reasons.push({ zh, en });
  const value = (field: ImportField) => row[field]?.trim() ?? '';

  const title = value('title');
  if (!title) fail('缺少项目名称', 'the project name is missing');

  const guesses: Bilingual[] = [];
  const guess = (zhText: string, enText: string) => guesses.push({ zh: zhText, en: enText });
  const synonyms = context.synonyms ?? emptySynonyms();

  let region: string | undefined;
  if (value('region')) region = context.regions.find((candidate) => candidate.id === value('region'))?.id;
  if (!region && value('location')) {
    const matched = matchRegion(value('location'), context.regions);
    region = matched?.id;
    // `长春市九台区` names 九台区 outright; `甘孜州康定市` only by a short form, which staff should see.
    if (matched && !value('location').includes(matched.name.zh) && value('location') !== matched.id) {
      guess(`建设地点“${value('location')}”归入地区 ${matched.name.zh}`, `place "${value('location')}" placed in the region ${matched.name.en ?? matched.name.zh}`);
    }
  }
  if (!region && context.defaultRegion) {
    region = context.defaultRegion;
    guess(`建设地点“${value('location')}”未对应任何地区，按 --region ${region} 导入`, `place "${value('location')}" names no region; placed in ${region} as --region says`);
  }
  if (!region) {
    fail(
      `建设地点 "${value('location')}" 与任何地区都不匹配：写上地区名称（如 ${context.regions[0]?.name.zh ?? '九台区'}），或用 --region 指定`,
      `the place "${value('location')}" names no region of the guide: write a region's name, or give --region`,
    );
  }

  let chain = value('chain') ? matchNamed(value('chain'), context.chains) : undefined;
  if (value('chain') && !chain) fail(`找不到产业链 "${value('chain')}"`, `no industry chain called "${value('chain')}"`);
  let industry: string | undefined;
  let newIndustry: { id: string; name: string } | undefined;
  const industryMatch = matchIndustry(value('industry'), context.industries, context.chains, synonyms.industries);
  if (industryMatch?.kind === 'unknown') {
    industry = industryMatch.id;
    newIndustry = { id: industryMatch.id, name: industryMatch.name };
    guess(
      `所属产业“${industryMatch.name}”不在 site.yaml 中，也不在同义词表中：按新产业 ${industryMatch.id} 导入；加 --add-industries 把它加入 site.yaml（英文待补），或在 import-synonyms.yaml 中把它归入已有产业`,
      `industry "${industryMatch.name}" is neither in site.yaml nor in the synonym table: imported as a new industry, ${industryMatch.id}; --add-industries adds it to site.yaml (English pending), or file it under an existing industry in import-synonyms.yaml`,
    );
  } else if (industryMatch) {
    industry = industryMatch.id;
    if (industryMatch.kind !== 'exact') guesses.push(industryMatch.guess);
    if (industryMatch.kind === 'chain' && !chain) chain = context.chains.find((candidate) => candidate.id === industryMatch.chain);
  } else if (chain) {
    industry = chain.industry;
  }
  if (!industry) {
    const known = context.industries.map((entry) => entry.name.zh).join('、');
    fail(`缺少所属产业（可选：${known}）`, 'the industry is missing');
  }

  const amount = parseAmount(value('investment'), context.investmentUnit);
  if (!amount.ok) reasons.push(amount.reason);
  else if ('negotiable' in amount && amount.indicative) {
    const { amount: low, unit } = amount.indicative;
    guess(
      `总投资“${value('investment')}”是一个范围：按面议导入（negotiable），参考金额 ${low}${unit}，不计入合计`,
      `total investment "${value('investment')}" is a range: imported as to be negotiated, indicative ${low} ${unit}, left out of totals`,
    );
  } else if ('negotiable' in amount) {
    guess(
      value('investment') ? `总投资“${value('investment')}”：按面议导入（negotiable），不计入合计` : '总投资为空：按面议导入（negotiable），不计入合计',
      value('investment') ? `total investment "${value('investment')}": imported as to be negotiated, left out of totals` : 'no total investment given: imported as to be negotiated, left out of totals',
    );
  } else if (amount.approximate) {
    guess(`总投资“${value('investment')}”是约数：按 ${amount.amount}${amount.unit} 导入`, `total investment "${value('investment')}" is approximate: imported as ${amount.amount} ${amount.unit}`);
  }

  const cooperation = parseCooperation(value('cooperation'), synonyms.cooperation);
  if (cooperation.ok && cooperation.guess) guesses.push(cooperation.guess);
  if (!cooperation.ok) {
    fail(
      `无法识别合作方式 "${cooperation.unknown.join('、')}"：可用 独资、合资、合作、PPP、租赁、特许经营、股权合作，或在 import-synonyms.yaml 的 cooperation 中添加这个词`,
      `unknown cooperation mode "${cooperation.unknown.join(', ')}": use 独资, 合资, 合作, PPP, 租赁, 特许经营 or 股权合作, or add the word under cooperation in import-synonyms.yaml`,
    );
  }

  const content = value('content');
  if (!content) fail('缺少建设内容', 'the construction content is missing');

  const stage = matchStage(value('stage'));
  // Said per row only when the sheet has the column; a sheet without one is noted once, above the rows.
  if (stage && !value('stage') && 'stage' in row) guess(`项目阶段为空，按 ${stageLabel(stage)} 导入`, `no stage given; imported as ${stage}`);
  if (!stage) fail(`无法识别项目阶段 "${value('stage')}"：可用 谋划中、招商中、洽谈中、已签约、已落地、已开工、已投产`, `unknown stage "${value('stage')}": use 谋划中, 招商中, 洽谈中, 已签约, 已落地, 已开工 or 已投产`);

  const dates: Record<'published' | 'validUntil', string | undefined> = { published: undefined, validUntil: undefined };
  for (const field of ['published', 'validUntil'] as const) {
    if (!value(field)) continue;
    dates[field] = normalizeDate(value(field));
    if (!dates[field]) fail(`日期 "${value(field)}" 应写作 2027-12-31`, `the date "${value(field)}" should be written 2027-12-31`);
  }

  let land: { area: number; use?: LandUse } | undefined;
  // `120亩（工业用地）`: the area, with the land use in brackets.
  const landCell = /^(.*?)\s*[（(]([^)）]+)[)）]\s*$/.exec(value('land'));
  const landText = landCell ? landCell[1] : value('land');
  const landUseText = value('landUse') || (landCell?.[2] ?? '');
  if (landText) {
    const area = number(landText);
    if (area === undefined) fail(`用地面积 "${value('land')}" 应为亩数，如 120`, `land area "${value('land')}" should be a number of mu, e.g. 120`);
    else land = { area };
  }
  if (land && landUseText) {
    const use = matchLandUse(landUseText, synonyms);
    if (use) {
      land.use = use.use;
      if (use.bySynonym) guess(`用地性质“${landUseText}”按同义词表读作 ${landUseLabel(use.use)}`, `land use "${landUseText}" read as ${use.use} by the synonym table`);
    } else {
      guess(`用地性质“${landUseText}”无法识别，未填写（可在 import-synonyms.yaml 的 landUses 中添加）`, `land use "${landUseText}" not recognised and left out (add it under landUses in import-synonyms.yaml)`);
    }
  }

  let location: { lat: number; lng: number } | undefined;
  if (value('lat') || value('lng')) {
    const lat = number(value('lat'));
    const lng = number(value('lng'));
    if (lat === undefined || lng === undefined) fail('经度和纬度要一起填写，且为数字', 'latitude and longitude go together, as numbers');
    else location = { lat, lng };
  }

  const phone = value('phone').split(/[/、,，;；]/)[0]?.trim();
  const contactName = value('contactName');
  if (!contactName) fail('缺少联系人', 'the contact person is missing');
  if (!phone && !value('email')) fail('缺少联系电话或邮箱', 'the contact has no telephone number or e-mail');

  if (reasons.length > 0) return { ok: false, reasons };

  const level = preparationLevel(value('preparation'));
  const statesLevel = value('preparation').replace(/[。.]$/, '') === preparationLabel(level);
  if (value('preparation') && !statesLevel) guess(`前期工作“${shorten(value('preparation'))}”判为 ${preparationLabel(level)}`, `preparation judged ${level} from "${shorten(value('preparation'))}"`);

  const data: Record<string, unknown> = {
    title: text(title, value('titleEn')),
    summary: text(value('summary') || summaryFrom(content), value('summaryEn')),
    region,
    ...(chain ? { chain: chain.id } : {}),
    industry,
    investment: !amount.ok
      ? undefined
      : 'negotiable' in amount
        ? { negotiable: true, ...(amount.indicative ? { amount: plainNumber(amount.indicative.amount), unit: amount.indicative.unit } : {}) }
        : { amount: plainNumber(amount.amount), unit: amount.unit },
    cooperation: cooperation.ok ? cooperation.modes : [],
    content: text(content, value('contentEn')),
    ...(land ? { land } : {}),
    preparation: { level, ...(value('preparation') ? { notes: { zh: value('preparation') } } : {}) },
    stage,
    ...(value('returns') ? { returns: { zh: value('returns') } } : {}),
    contact: {
      name: { zh: contactName },
      ...(phone ? { phone } : {}),
      ...(value('email') ? { email: value('email') } : {}),
    },
    ...(value('batch') ? { batch: { zh: value('batch') } } : {}),
    published: dates.published ?? context.today,
    ...(dates.validUntil ? { validUntil: dates.validUntil } : {}),
    ...(location ? { location } : {}),
    updated: context.today,
  };
  const checked = opportunitySchema.safeParse(data, { error: bilingualErrorMap });
  if (!checked.success) {
    return {
      ok: false,
      reasons: checked.error.issues.map((issue) => {
        const message = unpack(issue.message);
        const field = formatPath(issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol'));
        return unpack(bi(`${field}：${message.zh}`, `${field}: ${message.en}`));
      }),
    };
  }
  return { ok: true, title, data, guesses, ...(newIndustry ? { newIndustry } : {}) };
}
