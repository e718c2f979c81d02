/**
 * A region's cost of doing business (营商成本): one dated figure per indicator, each with its
 * source, or marked `illustrative: true` when it is an example rather than a published figure.
 */
import { z } from 'astro/zod';
import { bi } from '../lib/content/bilingual.ts';
import { costIndicators, costUnits, indicatorUnits, isTextIndicator, isTransportIndicator } from '../lib/costs/indicators.ts';
import zhLabels from '../i18n/zh.json' with { type: 'json' };
import { exactDecimal, isoDate, localizedText, source, vocabulary, year } from './common.ts';

const labels = zhLabels as Record<string, string>;
const unitNames = (units: readonly string[]) => ({
  zh: units.map((unit) => `${unit}（${labels[`enum.costUnit.${unit}`] ?? unit}）`).join('、'),
  en: units.join(', '),
});

/** One cost indicator of a region. */
export const costFigure = z
  .strictObject({
    /** land-price (工业用地价格), factory-rent (标准厂房租金), power (工业电价), water, gas, wage (月平均工资), tax-incentives, port, airport or rail-hub. */
    indicator: vocabulary('costIndicator', costIndicators),
    /** The figure, exact, in `unit`s (left out for tax-incentives, which is a text). */
    value: exactDecimal().optional(),
    /** 万元/亩 or 元/亩 (land), 元/平方米·月 (rent), 元/千瓦时 (power), 元/立方米 (water, gas), 元/月 (wage), 公里, 分钟 or 小时 (port, airport, rail hub). */
    unit: vocabulary('costUnit', costUnits).optional(),
    /** The tax incentives in a sentence or two (only for tax-incentives). */
    text: localizedText.optional(),
    /** The port, airport or station the distance or time is to, e.g. 秦皇岛港. */
    place: localizedText.optional(),
    /** The year the figure describes. */
    year: year.optional(),
    /** The date the figure was set or published, when more precise than the year. */
    date: isoDate.optional(),
    /** Where the figure comes from; required unless the figure is illustrative. */
    source: source.optional(),
    /** true when the figure is an example, not taken from a published source (pages mark it 示例). */
    illustrative: z.boolean().default(false),
    /** What the figure covers, e.g. 大工业用电，不含基本电费. */
    note: localizedText.optional(),
  })
  .superRefine((figure, context) => {
    const issue = (path: string, zh: string, en: string) => context.addIssue({ code: 'custom', path: [path], message: bi(zh, en) });
    const units = indicatorUnits[figure.indicator];
    if (isTextIndicator(figure.indicator)) {
      if (figure.text === undefined) issue('text', `${figure.indicator} 写成文字：缺少 text`, `${figure.indicator} is a text: text is missing`);
      if (figure.value !== undefined) issue('value', `${figure.indicator} 不写数值，写在 text 里`, `${figure.indicator} has no value; write it in text`);
      if (figure.unit !== undefined) issue('unit', `${figure.indicator} 不写单位`, `${figure.indicator} has no unit`);
    } else {
      if (figure.value === undefined) issue('value', '缺少数值', 'the value is missing');
      if (figure.unit === undefined) {
        issue('unit', `缺少单位；${figure.indicator} 的单位应为 ${unitNames(units).zh} 之一`, `the unit is missing; ${figure.indicator} takes ${unitNames(units).en}`);
      } else if (!units.includes(figure.unit)) {
        issue('unit', `${figure.indicator} 的单位应为 ${unitNames(units).zh} 之一，不能用 ${figure.unit}`, `${figure.indicator} takes ${unitNames(units).en}, not ${figure.unit}`);
      }
      if (figure.text !== undefined) issue('text', `${figure.indicator} 是数值，text 只用于 tax-incentives；补充说明写在 note`, `${figure.indicator} is a figure; text is for tax-incentives, write remarks in note`);
    }
    if (figure.place !== undefined && !isTransportIndicator(figure.indicator)) {
      issue('place', 'place 只用于 port、airport、rail-hub', 'place is only for port, airport and rail-hub');
    }
    if (figure.year === undefined && figure.date === undefined) {
      issue('year', '缺少年份：写 year（或 date）', 'the year is missing: write year (or date)');
    }
    if (figure.year !== undefined && figure.date !== undefined && !figure.date.startsWith(`${figure.year}-`)) {
      issue('date', `日期 ${figure.date} 不在 ${figure.year} 年内`, `date ${figure.date} is not in ${figure.year}`);
    }
    if (figure.source === undefined && !figure.illustrative) {
      issue('source', '缺少来源；不是公开来源的示例数字请写 illustrative: true', 'the source is missing; write illustrative: true for a figure not from a published source');
    }
  });
export type CostFigure = z.infer<typeof costFigure>;

/** A region's cost figures: at most one per indicator. */
export const costFigures = z
  .array(costFigure)
  .default([])
  .superRefine((figures, context) => {
    const seen = new Set<string>();
    figures.forEach((figure, index) => {
      if (seen.has(figure.indicator)) {
        context.addIssue({
          code: 'custom',
          path: [index, 'indicator'],
          message: bi(`${figure.indicator} 重复：每项指标只写一次`, `${figure.indicator} appears twice: write each indicator once`),
        });
      }
      seen.add(figure.indicator);
    });
  });
