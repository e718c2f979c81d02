/**
 * The comparison table: one row per indicator, one column per region. A region that has not
 * published an indicator gets a cell that says so ("未公布" / "not published"), never a blank.
 */
import { collator, plain, t } from '../i18n.ts';
import type { Locale } from '../vocabulary.ts';
import type { CostFigure } from '../../schemas/costs.ts';
import { costYear, figureValue } from './format.ts';
import { costIndicators, type CostIndicator } from './indicators.ts';

export interface CostRegion {
  id: string;
  name: { zh: string; en?: string };
  costs: readonly CostFigure[];
}

export interface CostCell {
  regionId: string;
  /** The figure, absent when the region has not published this indicator. */
  figure?: CostFigure;
  /** What the cell says: the value with its unit, the tax text, or "not published". */
  text: string;
  /** English land prices per hectare. */
  perHectare?: string;
  /** English yuan figures in dollars, approximate. */
  usd?: string;
  year?: number;
}

export interface CostRow {
  indicator: CostIndicator;
  cells: CostCell[];
}

export interface CostTable {
  /** The regions with at least one figure, by name in the reader's collation. */
  columns: CostRegion[];
  /** The indicators at least one of them publishes, in the vocabulary's order. */
  rows: CostRow[];
}

function cell(region: CostRegion, indicator: CostIndicator, locale: Locale, cnyPerUsd?: number): CostCell {
  const figure = region.costs.find((candidate) => candidate.indicator === indicator);
  if (!figure) return { regionId: region.id, text: t(locale, 'costs.notPublished') };
  const year = costYear(figure);
  const value = figureValue(figure, locale, cnyPerUsd);
  return value ? { regionId: region.id, figure, ...value, year } : { regionId: region.id, figure, text: plain(figure.text!, locale), year };
}

/** The table of `regions`' costs in `locale`; `cnyPerUsd` adds dollars in English. */
export function costTable(regions: readonly CostRegion[], locale: Locale, cnyPerUsd?: number): CostTable {
  const order = collator(locale);
  const columns = regions.filter((region) => region.costs.length > 0).sort((a, b) => order.compare(plain(a.name, locale), plain(b.name, locale)));
  const rows = costIndicators
    .filter((indicator) => columns.some((region) => region.costs.some((figure) => figure.indicator === indicator)))
    .map((indicator) => ({ indicator, cells: columns.map((region) => cell(region, indicator, locale, cnyPerUsd)) }));
  return { columns, rows };
}
