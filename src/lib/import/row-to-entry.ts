/**
 * One spreadsheet row → one opportunity entry, or the reasons it cannot become one. The entry is
 * checked against the opportunity schema before anything is written, so an imported file is
 * never one `npm run check` would reject.
 */
import { bi, unpack, type Bilingual } from '../content/bilingual.ts';
import { formatPath } from '../content/problems.ts';
import { bilingualErrorMap } from '../content/zod-messages.ts';
import type { MoneyUnit } from '../money.ts';
import { opportunitySchema } from '../../schemas/opportunity.ts';
import { normalizeNumberText, parseAmount } from './amount.ts';
import type { ImportField } from './columns.ts';
import { parseCooperation } from './cooperation.ts';
import { matchNamed, matchRegion, matchStage, normalizeDate, preparationLevel, type Named } from './matching.ts';

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
}

export type RowResult = { ok: true; title: string; data: Record<string, unknown> } | { ok: false; reasons: Bilingual[] };

function text(zh: string | undefined, en: string | undefined): { zh: string; en?: string } | undefined {
  if (!zh) return undefined;
  return en ? { zh, en } : { zh };
}

/** The first sentence of the construction content, for cards, when the sheet has no summary. */
export function summaryFrom(content: string): string {
  const first = content.split(/(?<=[。！？；;])|\n/)[0].trim();
  return first.length > 120 ? `${first.slice(0, 119)}…` : first;
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

  let region: string | undefined;
  if (value('region')) region = context.regions.find((candidate) => candidate.id === value('region'))?.id;
  region ??= matchRegion(value('location'), context.regions)?.id ?? context.defaultRegion;
  if (!region) {
    fail(
      `建设地点 "${value('location')}" 与任何地区都不匹配：写上地区名称（如 ${context.regions[0]?.name.zh ?? '九台区'}），或用 --region 指定`,
      `the place "${value('location')}" names no region of the guide: write a region's name, or give --region`,
    );
  }

  let chain = value('chain') ? matchNamed(value('chain'), context.chains) : undefined;
  if (value('chain') && !chain) fail(`找不到产业链 "${value('chain')}"`, `no industry chain called "${value('chain')}"`);
  let industry = matchNamed(value('industry'), context.industries)?.id;
  if (!industry && value('industry')) {
    const chainOfIndustry = matchNamed(value('industry'), context.chains);
    if (chainOfIndustry) {
      chain ??= chainOfIndustry;
      industry = chainOfIndustry.industry;
    }
  }
  industry ??= chain?.industry;
  if (!industry) {
    const known = context.industries.map((entry) => entry.name.zh).join('、');
    fail(
      value('industry') ? `所属产业 "${value('industry')}" 不在 site.yaml 的产业列表中（${known}）` : `缺少所属产业（可选：${known}）`,
      value('industry') ? `industry "${value('industry')}" is not among the industries in site.yaml` : 'the industry is missing',
    );
  }

  const amount = parseAmount(value('investment'), context.investmentUnit);
  if (!amount.ok) reasons.push(amount.reason);

  const cooperation = parseCooperation(value('cooperation'));
  if (!value('cooperation')) fail('缺少合作方式', 'the cooperation mode is missing');
  else if (!cooperation.ok) {
    fail(
      `无法识别合作方式 "${cooperation.unknown.join('、')}"：可用 独资、合资、合作、PPP、租赁、特许经营、股权合作`,
      `unknown cooperation mode "${cooperation.unknown.join(', ')}": use 独资, 合资, 合作, PPP, 租赁, 特许经营 or 股权合作`,
    );
  }

  const content = value('content');
  if (!content) fail('缺少建设内容', 'the construction content is missing');

  const stage = matchStage(value('stage'));
  if (!stage) fail(`无法识别项目阶段 "${value('stage')}"：可用 谋划中、招商中、洽谈中、已签约`, `unknown stage "${value('stage')}": use 谋划中, 招商中, 洽谈中 or 已签约`);

  const dates: Record<'published' | 'validUntil', string | undefined> = { published: undefined, validUntil: undefined };
  for (const field of ['published', 'validUntil'] as const) {
    if (!value(field)) continue;
    dates[field] = normalizeDate(value(field));
    if (!dates[field]) fail(`日期 "${value(field)}" 应写作 2027-12-31`, `the date "${value(field)}" should be written 2027-12-31`);
  }

  let land: { area: number } | undefined;
  if (value('land')) {
    const area = number(value('land'));
    if (area === undefined) fail(`用地面积 "${value('land')}" 应为亩数，如 120`, `land area "${value('land')}" should be a number of mu, e.g. 120`);
    else land = { area };
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

  const data: Record<string, unknown> = {
    title: text(title, value('titleEn')),
    summary: text(value('summary') || summaryFrom(content), value('summaryEn')),
    region,
    ...(chain ? { chain: chain.id } : {}),
    industry,
    investment: amount.ok ? { amount: plainNumber(amount.amount), unit: amount.unit } : undefined,
    cooperation: cooperation.ok ? cooperation.modes : [],
    content: text(content, value('contentEn')),
    ...(land ? { land } : {}),
    preparation: { level: preparationLevel(value('preparation')), ...(value('preparation') ? { notes: { zh: value('preparation') } } : {}) },
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
  return { ok: true, title, data };
}
