/**
 * Money as written by staff (an exact amount and a Chinese unit) and as read by people:
 * 亿元/万元 in Chinese, "CNY 1.5 billion" in English. Totals are computed in cents with BigInt.
 */
import { inLocale } from './i18n.ts';
import { writtenLocale, type Locale } from './vocabulary.ts';
import { formatScaled, numberToDecimalString, parseDecimal, roundScaled, shift, toScale, type Scaled } from './decimal.ts';

export const moneyUnits = ['元', '万元', '亿元', 'USD', '万美元', '亿美元'] as const;
export type MoneyUnit = (typeof moneyUnits)[number];
export type Currency = 'CNY' | 'USD';

/** An amount of money exactly as entered: a decimal string and its unit. */
export interface Money {
  amount: string;
  unit: MoneyUnit;
}

/**
 * A project's total investment: money, or `negotiable` (待定, 面议) with at most an indicative
 * amount. Only a fixed amount counts in totals, investment bands and sorting.
 */
export interface Investment {
  amount?: string;
  unit?: MoneyUnit;
  negotiable: boolean;
}

/** The amount given, fixed or indicative; none when a negotiable investment names no figure. */
export function statedAmount(investment: Investment): Money | undefined {
  return investment.amount !== undefined && investment.unit !== undefined ? { amount: investment.amount, unit: investment.unit } : undefined;
}

/** The amount that counts in totals, bands and sorting: none for a negotiable investment. */
export function fixedAmount(investment: Investment): Money | undefined {
  return investment.negotiable ? undefined : statedAmount(investment);
}

const unitScale: Record<MoneyUnit, { currency: Currency; power: number }> = {
  元: { currency: 'CNY', power: 0 },
  万元: { currency: 'CNY', power: 4 },
  亿元: { currency: 'CNY', power: 8 },
  USD: { currency: 'USD', power: 0 },
  万美元: { currency: 'USD', power: 4 },
  亿美元: { currency: 'USD', power: 8 },
};

export function currencyOf(unit: MoneyUnit): Currency {
  return unitScale[unit].currency;
}

/** The amount in whole currency units (yuan or dollars), exact. */
export function toBaseUnits(money: Money): Scaled {
  return shift(parseDecimal(money.amount), unitScale[money.unit].power);
}

/** The amount in cents (分 / US cents); null when the amount has fractions of a cent. */
export function toCents(money: Money): bigint | null {
  return toScale(toBaseUnits(money), 2);
}

/** Totals per currency, exact, returned as money in base units (元 / USD). */
export function sumMoney(items: readonly Money[]): Money[] {
  const totals = new Map<Currency, bigint>();
  for (const item of items) {
    const cents = toCents(item);
    if (cents === null) throw new Error(`amount has fractions of a cent: ${item.amount} ${item.unit}`);
    const currency = currencyOf(item.unit);
    totals.set(currency, (totals.get(currency) ?? 0n) + cents);
  }
  return [...totals].map(([currency, cents]) => ({
    amount: formatScaled({ digits: cents, scale: 2 }),
    unit: currency === 'CNY' ? '元' : 'USD',
  }));
}

const maxFractionDigits = 4;

/** Digit grouping the way each language expects; Chinese keeps four-digit numbers ungrouped. */
const chineseNumbers = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: maxFractionDigits, useGrouping: 'min2' });
export const numberFormats: Record<Locale, Intl.NumberFormat> = {
  zh: chineseNumbers,
  'zh-hant': chineseNumbers,
  en: new Intl.NumberFormat('en-US', { maximumFractionDigits: maxFractionDigits, useGrouping: 'auto' }),
};

/** A value rounded to four decimals and grouped for `locale`, saying whether rounding changed it. */
export function formatNumber(value: Scaled, locale: Locale): { text: string; exact: boolean } {
  const rounded = roundScaled(value, maxFractionDigits);
  // Intl formats decimal strings exactly (no binary floating point on the way).
  const text = numberFormats[locale].format(formatScaled(rounded.value) as `${number}`);
  return { text, exact: rounded.exact };
}

function magnitudeOf(base: Scaled): number {
  const digits = base.digits < 0n ? -base.digits : base.digits;
  return digits.toString().length - base.scale;
}

function chineseMoney(base: Scaled, currency: Currency): string {
  const magnitude = magnitudeOf(base);
  const [power, suffix] = magnitude > 8 ? [8, '亿'] : magnitude > 4 ? [4, '万'] : [0, ''];
  const { text, exact } = formatNumber(shift(base, -power), 'zh');
  const unit = currency === 'CNY' ? `${suffix}元` : `${suffix}美元`;
  return `${exact ? '' : '约'}${text}${unit}`;
}

function englishMoney(base: Scaled, currency: Currency): string {
  const magnitude = magnitudeOf(base);
  const [power, word] = magnitude > 9 ? [9, ' billion'] : magnitude > 6 ? [6, ' million'] : [0, ''];
  const { text, exact } = formatNumber(shift(base, -power), 'en');
  return `${exact ? '' : '≈ '}${currency} ${text}${word}`;
}

/** "15亿元" / "15億元" / "CNY 1.5 billion"; amounts that need rounding are marked 约 (約) / ≈. */
export function formatMoney(money: Money, locale: Locale): string {
  const base = toBaseUnits(money);
  const currency = currencyOf(money.unit);
  return writtenLocale(locale) === 'zh' ? inLocale(locale, chineseMoney(base, currency)) : englishMoney(base, currency);
}

/** An amount as a reader sees it, and the exact amount when what they see is rounded. */
export interface ReadableMoney {
  text: string;
  /** The amount to the last digit ("CNY 206,695,000,000"), for a `title`; absent when `text` is exact. */
  exact?: string;
}

/**
 * English readers expect at most two decimals in "CNY 206.7 billion": a third decimal of a
 * billion is a few million yuan, noise next to the figure. Chinese keeps 亿元/万元 as staff
 * wrote them. An amount that two decimals would turn into zero keeps its digits.
 */
export const englishFractionDigits = 2;

const englishReadable = new Intl.NumberFormat('en-US', { maximumFractionDigits: englishFractionDigits });
const englishExact = new Intl.NumberFormat('en-US', { maximumFractionDigits: 20 });

export function readableMoney(money: Money, locale: Locale): ReadableMoney {
  if (writtenLocale(locale) === 'zh') {
    const text = formatMoney(money, locale);
    return text.startsWith(inLocale(locale, '约')) ? { text, exact: inLocale(locale, `${money.amount}${money.unit}`) } : { text };
  }
  const base = toBaseUnits(money);
  const currency = currencyOf(money.unit);
  const magnitude = magnitudeOf(base);
  const [power, word] = magnitude > 9 ? [9, ' billion'] : magnitude > 6 ? [6, ' million'] : [0, ''];
  const rounded = roundScaled(shift(base, -power), englishFractionDigits);
  if (rounded.exact) return { text: englishMoney(base, currency) };
  if (rounded.value.digits === 0n) return { text: englishMoney(base, currency), exact: exactEnglish(base, currency) };
  return { text: `${currency} ${englishReadable.format(formatScaled(rounded.value) as `${number}`)}${word}`, exact: exactEnglish(base, currency) };
}

function exactEnglish(base: Scaled, currency: Currency): string {
  return `${currency} ${englishExact.format(formatScaled(base) as `${number}`)}`;
}

/** Investment bands used by filters, bounds in yuan (lower bound inclusive). */
export const investmentBands = [
  { id: 'under-100m', min: 0 },
  { id: '100m-500m', min: 1e8 },
  { id: '500m-1b', min: 5e8 },
  { id: '1b-5b', min: 1e9 },
  { id: 'over-5b', min: 5e9 },
] as const;
export type InvestmentBand = (typeof investmentBands)[number]['id'];

/**
 * The band an investment falls in. USD amounts are converted with the site's exchange rate
 * (CNY per USD); the rate only places the entry in a band, the amount shown stays exact.
 */
export function investmentBand(money: Money, cnyPerUsd: number): InvestmentBand {
  const base = Number(formatScaled(toBaseUnits(money)));
  const yuan = currencyOf(money.unit) === 'USD' ? base * cnyPerUsd : base;
  let band: InvestmentBand = investmentBands[0].id;
  for (const candidate of investmentBands) if (yuan >= candidate.min) band = candidate.id;
  return band;
}

/** Totals of the fixed amounts, and how many investments were left out as negotiable. */
export function sumInvestments(items: readonly Investment[]): { totals: Money[]; negotiable: number } {
  const fixed = items.map(fixedAmount);
  return { totals: sumMoney(fixed.filter((money) => money !== undefined)), negotiable: fixed.filter((money) => money === undefined).length };
}

/** A single number (in yuan) for sorting mixed currencies. */
export function sortValueInYuan(money: Money, cnyPerUsd: number): number {
  const base = Number(formatScaled(toBaseUnits(money)));
  return currencyOf(money.unit) === 'USD' ? base * cnyPerUsd : base;
}

/**
 * A yuan amount in US dollars for English readers, at the guide's dated rate: "≈ USD 169 million".
 * Always approximate (a rate of one day), so always marked ≈; none for amounts already in USD.
 */
export function approximateUsd(money: Money, cnyPerUsd: number): string | undefined {
  if (currencyOf(money.unit) !== 'CNY' || !(cnyPerUsd > 0)) return undefined;
  const yuan = Number(formatScaled(toBaseUnits(money)));
  // Three significant digits: the rate moves more than that between updates.
  const dollars = numberToDecimalString(Number((yuan / cnyPerUsd).toPrecision(3)));
  if (dollars === null) return undefined;
  return `≈ ${readableMoney({ amount: dollars, unit: 'USD' }, 'en').text.replace(/^≈ /, '')}`;
}
