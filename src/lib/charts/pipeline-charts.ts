/**
 * The dashboard's charts as data: for each chart its title, series and rows with values already
 * written for the reader. The chart, the table beside it and the CSV file all read these, so
 * their numbers cannot disagree.
 */
import { label, plain, t } from '../i18n.ts';
import { readableMoney, sortValueInYuan, type Money } from '../money.ts';
import type { PipelineFigures } from '../pipeline.ts';
import type { Locale } from '../vocabulary.ts';
import type { BarChartSpec, ChartValue } from './bar-chart.ts';

export const chartIds = ['stage-counts', 'stage-investment', 'funnel', 'by-year', 'by-quarter', 'industries'] as const;
export type ChartId = (typeof chartIds)[number];

export interface PipelineChart extends BarChartSpec {
  id: ChartId;
  title: string;
  /** Heading of the table's first column. */
  rowHeader: string;
  /** True when there is nothing to draw: the page says so instead. */
  empty: boolean;
  /** Money in more than one currency: bar lengths use the guide's exchange rate. */
  mixedCurrencies: boolean;
}

export interface ChartContext {
  cnyPerUsd: number;
  industryName: (id: string) => { zh: string; en?: string } | undefined;
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();
function count(value: number, locale: Locale): ChartValue {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'zh-CN')));
  return { magnitude: value, lines: [format.format(value)], exact: String(value) };
}

/** Exact value of amounts kept per currency: "CNY 1200000000; USD 5000000", or "0". */
export function exactMoney(amounts: readonly Money[]): string {
  if (amounts.length === 0) return '0';
  return amounts
    .map((money) => `${money.unit === 'USD' ? 'USD' : 'CNY'} ${money.amount}`)
    .sort()
    .join('; ');
}

function money(amounts: readonly Money[], locale: Locale, context: ChartContext): ChartValue {
  return {
    magnitude: amounts.reduce((sum, item) => sum + sortValueInYuan(item, context.cnyPerUsd), 0),
    lines: amounts.length === 0 ? ['0'] : amounts.map((item) => readableMoney(item, locale).text),
    exact: exactMoney(amounts),
  };
}

function periodLabel(period: string, locale: Locale): string {
  const quarter = /^(\d{4})-Q(\d)$/.exec(period);
  return quarter ? t(locale, 'stats.quarter', { year: quarter[1], quarter: quarter[2] }) : t(locale, 'stats.year', { year: period });
}

export function pipelineCharts(figures: PipelineFigures, locale: Locale, context: ChartContext): PipelineChart[] {
  const stageLabel = (stage: string) => label(locale, 'opportunityStage', stage);
  const moneySeries = [
    { key: 'signed', label: t(locale, 'stats.col.signed') },
    { key: 'funds', label: t(locale, 'stats.col.funds') },
  ];
  const periods = (id: 'by-year' | 'by-quarter') => {
    const list = id === 'by-year' ? figures.years : figures.quarters;
    return list.map((period) => ({
      key: period.period,
      label: periodLabel(period.period, locale),
      values: [money(period.signed, locale, context), money(period.funds, locale, context)],
    }));
  };
  const charts: Omit<PipelineChart, 'empty' | 'mixedCurrencies'>[] = [
    {
      id: 'stage-counts',
      title: t(locale, 'stats.chart.stageCounts'),
      rowHeader: t(locale, 'stats.col.stage'),
      series: [{ key: 'count', label: t(locale, 'stats.col.count') }],
      rows: figures.stages.map((stage) => ({ key: stage.stage, label: stageLabel(stage.stage), values: [count(stage.count, locale)] })),
    },
    {
      id: 'stage-investment',
      title: t(locale, 'stats.chart.stageInvestment'),
      rowHeader: t(locale, 'stats.col.stage'),
      series: [{ key: 'investment', label: t(locale, 'stats.col.investment') }],
      rows: figures.stages.map((stage) => ({ key: stage.stage, label: stageLabel(stage.stage), values: [money(stage.investment, locale, context)] })),
    },
    {
      id: 'funnel',
      title: t(locale, 'stats.chart.funnel'),
      rowHeader: t(locale, 'stats.col.stage'),
      series: [{ key: 'reached', label: t(locale, 'stats.col.reached') }],
      rows: figures.funnel.map((step) => ({ key: step.stage, label: stageLabel(step.stage), values: [count(step.reached, locale)] })),
      centred: true,
    },
    { id: 'by-year', title: t(locale, 'stats.chart.byYear'), rowHeader: t(locale, 'stats.col.year'), series: moneySeries, rows: periods('by-year') },
    {
      id: 'by-quarter',
      title: t(locale, 'stats.chart.byQuarter') + (figures.quartersCut ? t(locale, 'stats.recentQuarters', { count: figures.quarters.length }) : ''),
      rowHeader: t(locale, 'stats.col.quarter'),
      series: moneySeries,
      rows: periods('by-quarter'),
    },
    {
      id: 'industries',
      title: t(locale, 'stats.chart.industries'),
      rowHeader: t(locale, 'stats.col.industry'),
      // Projects only: bars of one chart share one scale, and a count cannot be drawn against money.
      series: [{ key: 'count', label: t(locale, 'stats.col.count') }],
      rows: figures.industries.map((industry) => {
        const name = context.industryName(industry.industry);
        return { key: industry.industry, label: name ? plain(name, locale) : industry.industry, values: [count(industry.count, locale)] };
      }),
    },
  ];
  return charts.map((chart) => ({
    ...chart,
    empty: chart.rows.every((row) => row.values.every((value) => value.magnitude === 0)),
    mixedCurrencies: ['CNY ', 'USD '].every((currency) => chart.rows.some((row) => row.values.some((value) => value.exact.includes(currency)))),
  }));
}

/** One CSV row per figure: the chart, its row, both languages' labels, the series, currency and exact amount. */
export const statsCsvColumns = ['chart', 'row', 'label_zh', 'label_en', 'series', 'currency', 'value'] as const;

export function statsCsvRows(figures: PipelineFigures, context: ChartContext): string[][] {
  const zh = pipelineCharts(figures, 'zh', context);
  const en = pipelineCharts(figures, 'en', context);
  return zh.flatMap((chart, chartIndex) =>
    chart.rows.flatMap((row, rowIndex) =>
      row.values.flatMap((value, seriesIndex) => {
        const base = [chart.id, row.key, row.label, en[chartIndex].rows[rowIndex].label, chart.series[seriesIndex].key];
        if (!/^(CNY|USD) /.test(value.exact)) return [[...base, '', value.exact]];
        return value.exact.split('; ').map((part) => [...base, ...part.split(' ')]);
      }),
    ),
  );
}
