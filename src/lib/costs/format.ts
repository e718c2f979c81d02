/**
 * Cost figures as an investor reads them: "19.2万元/亩" in Chinese, "CNY 192,000 per mu (≈ CNY
 * 2.88 million per ha)" in English, where land is pictured in hectares (15 mu = 1 ha) and yuan
 * can be put in dollars at the guide's dated rate.
 */
import { formatDecimal } from '../figures.ts';
import { formatScaled, parseDecimal } from '../decimal.ts';
import { localize, plain, t, type UiKey } from '../i18n.ts';
import { muPerHectare } from '../area.ts';
import { approximateUsd, formatMoney, readableMoney, type Money } from '../money.ts';
import { writtenLocale, type Locale } from '../vocabulary.ts';
import type { CostFigure } from '../../schemas/costs.ts';
import { costIndicators, type CostUnit } from './indicators.ts';

/** The money a unit's value stands for, e.g. 19.2 万元 for 19.2 万元/亩; none for distances and times. */
function moneyOf(value: string, unit: CostUnit): Money | undefined {
  if (unit === 'wan-yuan-per-mu') return { amount: value, unit: '万元' };
  if (unit.startsWith('yuan-per-')) return { amount: value, unit: '元' };
  return undefined;
}

function perMu(unit: CostUnit): boolean {
  return unit === 'yuan-per-mu' || unit === 'wan-yuan-per-mu';
}

function moneyText(money: Money, locale: Locale): string {
  return writtenLocale(locale) === 'zh' ? formatMoney(money, locale) : readableMoney(money, locale).text;
}

export interface CostValueText {
  /** The figure with its unit: "19.2万元/亩", "CNY 0.55 per kWh", "15 km". */
  text: string;
  /** English land prices per hectare: "≈ CNY 2.88 million per ha". */
  perHectare?: string;
  /** English yuan figures in dollars: "≈ USD 26,400 per mu" (to be shown with the rate's date). */
  usd?: string;
}

/** A figure's value in `locale`; `cnyPerUsd` adds the approximate dollars in English. */
export function formatCostValue(value: string, unit: CostUnit, locale: Locale, cnyPerUsd?: number): CostValueText {
  const template = `costs.unit.${unit}` as UiKey;
  const money = moneyOf(value, unit);
  if (!money) return { text: t(locale, template, { value: formatDecimal(value, locale) }) };
  const result: CostValueText = { text: t(locale, template, { value: moneyText(money, locale) }) };
  if (locale !== 'en') return result;
  if (perMu(unit)) {
    const parsed = parseDecimal(money.amount);
    const hectare: Money = { amount: formatScaled({ ...parsed, digits: parsed.digits * BigInt(muPerHectare) }), unit: money.unit };
    result.perHectare = t(locale, 'costs.perHectare', { value: readableMoney(hectare, locale).text.replace(/^≈ /, '') });
  }
  const usd = cnyPerUsd === undefined ? undefined : approximateUsd(money, cnyPerUsd);
  if (usd) result.usd = t(locale, template, { value: usd });
  return result;
}

/** A figure's value in `locale`, or nothing for a figure written as text (the tax incentives). */
export function figureValue(figure: CostFigure, locale: Locale, cnyPerUsd?: number): CostValueText | undefined {
  return figure.value === undefined || figure.unit === undefined ? undefined : formatCostValue(figure.value, figure.unit, locale, cnyPerUsd);
}

/** The whole line of a figure: "秦皇岛港 15公里", "CNY 192,000 per mu (≈ CNY 2.88 million per ha)", or the tax text. */
export function costLine(figure: CostFigure, locale: Locale): string {
  if (figure.text) return plain(figure.text, locale);
  const value = figureValue(figure, locale);
  if (!value) return '';
  const { text, perHectare } = value;
  const place = figure.place ? `${plain(figure.place, locale)}${locale === 'en' ? ', ' : ' '}` : '';
  return `${place}${text}${perHectare ? ` (${perHectare})` : ''}`;
}

/** True when the figure's text would show in Chinese on an English page (its English is pending). */
export function costPending(figure: CostFigure, locale: Locale): boolean {
  return [figure.text, figure.place].some((text) => text !== undefined && localize(text, locale).pending);
}

/** The year a figure describes: its `year`, or the year of its `date`. */
export function costYear(figure: Pick<CostFigure, 'year' | 'date'>): number | undefined {
  return figure.year ?? (figure.date ? Number(figure.date.slice(0, 4)) : undefined);
}

/** A region's figures in the vocabulary's order (land first, the rail hub last). */
export function orderedCosts<Figure extends Pick<CostFigure, 'indicator'>>(figures: readonly Figure[]): Figure[] {
  return [...figures].sort((a, b) => costIndicators.indexOf(a.indicator) - costIndicators.indexOf(b.indicator));
}
