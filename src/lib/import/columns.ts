/**
 * Recognising the columns of a 机遇清单 spreadsheet by their headings, in Chinese or English.
 * A heading may carry a unit in brackets (`总投资（亿元）`, `用地面积(亩)`); the unit is kept
 * for the amount parser. A mapping file can name headings this list does not know.
 */
import type { MoneyUnit } from '../money.ts';
import { unitFromHeading } from './amount.ts';

export const importFields = [
  'title',
  'titleEn',
  'summary',
  'summaryEn',
  'industry',
  'chain',
  'location',
  'region',
  'investment',
  'cooperation',
  'content',
  'contentEn',
  'contactName',
  'phone',
  'email',
  'land',
  'landUse',
  'stage',
  'preparation',
  'returns',
  'batch',
  'published',
  'validUntil',
  'lat',
  'lng',
  'ignore',
] as const;
export type ImportField = (typeof importFields)[number];

/** Known headings, compared after `normalizeHeading`. */
const knownHeadings: Record<Exclude<ImportField, 'ignore'>, string[]> = {
  title: ['项目名称', '项目名', '名称', 'projectname', 'project', 'title', 'name'],
  titleEn: ['英文名称', '项目英文名称', '项目名称英文', '项目名称(英文)', 'englishname', 'englishtitle', 'title(en)', 'projectname(english)'],
  summary: ['项目简介', '简介', '摘要', '项目概况', 'summary', 'brief'],
  summaryEn: ['英文简介', '简介(英文)', 'summary(en)', 'englishsummary'],
  industry: ['所属产业', '产业类别', '产业', '行业', '所属行业', '产业领域', '行业类别', '所属领域', '行业领域', '产业分类', '项目类别', '项目类型', '类别', 'industry', 'sector'],
  chain: ['所属产业链', '产业链', 'chain', 'industrychain'],
  location: ['建设地点', '项目地点', '地点', '项目选址', '选址', '所在地', '建设地址', '项目所在地', '项目地址', '项目建设地点', '拟建地点', '实施地点', '所在地区', '地区', '项目属地', '属地', '地址', 'location', 'site', 'place'],
  region: ['地区编号', 'regionid', 'region'],
  investment: ['总投资', '投资额', '投资总额', '总投资额', '计划总投资', '项目总投资', '估算总投资', '投资估算', '拟投资额', '计划投资', '投资规模', '总投资估算', 'totalinvestment', 'investment'],
  cooperation: ['合作方式', '合作模式', '招商方式', '拟合作方式', 'cooperation', 'cooperationmode', 'cooperationmodes'],
  content: ['建设内容', '建设内容及规模', '建设规模及内容', '项目内容', '主要建设内容', '项目建设内容', '主要建设内容及规模', '建设规模', 'constructioncontent', 'scope', 'content'],
  contentEn: ['建设内容(英文)', '英文建设内容', 'content(en)', 'constructioncontent(en)'],
  contactName: ['联系人', '项目联系人', '对接人', '联络人', 'contact', 'contactperson'],
  phone: ['联系电话', '电话', '联系方式', '手机', '联系人电话', 'phone', 'telephone', 'tel'],
  email: ['邮箱', '电子邮箱', '电子邮件', 'email', 'e-mail'],
  land: ['用地面积', '用地规模', '占地面积', '用地', '拟用地', '拟用地面积', '用地需求', 'land', 'landarea', 'area'],
  landUse: ['用地性质', '土地性质', '用地类型', '土地用途', '规划用途', 'landuse', 'landtype'],
  stage: ['项目阶段', '项目进展', '招商进展', '进展情况', '项目进度', '招商状态', '状态', 'stage', 'status'],
  preparation: ['前期工作', '前期工作情况', '前期工作进展', '前期进展', '前期工作开展情况', '项目前期工作', 'preparation', 'preparatorywork'],
  returns: ['预期效益', '经济效益', '效益分析', '预期收益', 'returns', 'expectedreturns'],
  batch: ['批次', '清单批次', 'batch'],
  published: ['发布日期', '发布时间', 'published', 'publishdate'],
  validUntil: ['有效期', '有效期至', '截止日期', 'validuntil', 'expires'],
  lat: ['纬度', 'latitude', 'lat'],
  lng: ['经度', 'longitude', 'lng', 'lon'],
};

const ignoredHeadings = ['序号', '编号', '备注', 'no', 'no.', '#', 'remarks', 'notes'];

/** Lowercase, no spaces, ASCII brackets, and without a trailing unit such as `（亿元）`. */
export function normalizeHeading(heading: string): string {
  return heading
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .replace(/\s+/g, '')
    .toLowerCase()
    .replace(/\((亿元|万元|元|亿|万|万美元|亿美元|usd|美元|亩|mu|平方米)\)$/, '');
}

export interface ColumnMap {
  /** Column index → field. */
  fields: Map<number, ImportField>;
  /** Unit named in the investment heading, if any. */
  investmentUnit?: MoneyUnit;
  /** Headings recognised as no field (reported, then ignored). */
  unknown: string[];
}

/** Mapping from a heading to a field, e.g. `{ 项目: title }`, given by a mapping file. */
export type HeadingOverrides = Record<string, ImportField>;

function lookupTable(overrides: HeadingOverrides): Map<string, ImportField> {
  const table = new Map<string, ImportField>();
  for (const [field, headings] of Object.entries(knownHeadings)) for (const heading of headings) table.set(normalizeHeading(heading), field as ImportField);
  for (const heading of ignoredHeadings) table.set(normalizeHeading(heading), 'ignore');
  for (const [heading, field] of Object.entries(overrides)) table.set(normalizeHeading(heading), field);
  return table;
}

export function recognizeColumns(headings: readonly string[], overrides: HeadingOverrides = {}): ColumnMap {
  const table = lookupTable(overrides);
  const fields = new Map<number, ImportField>();
  const unknown: string[] = [];
  let investmentUnit: MoneyUnit | undefined;
  const taken = new Set<ImportField>();
  headings.forEach((heading, index) => {
    if (heading.trim() === '') return;
    const field = table.get(normalizeHeading(heading));
    if (field === undefined) {
      unknown.push(heading.trim());
      return;
    }
    // The first column wins: `名称` after `项目名称` is some other name. The other is listed as ignored.
    if (field !== 'ignore' && taken.has(field)) {
      unknown.push(heading.trim());
      return;
    }
    taken.add(field);
    fields.set(index, field);
    if (field === 'investment') investmentUnit = unitFromHeading(heading);
  });
  return { fields, investmentUnit, unknown };
}

/** How many headings of a row are known: the header row is the first row with several. */
export function knownHeadingCount(cells: readonly string[], overrides: HeadingOverrides = {}): number {
  const table = lookupTable(overrides);
  return cells.filter((cell) => {
    const field = table.get(normalizeHeading(cell));
    return field !== undefined && field !== 'ignore';
  }).length;
}
