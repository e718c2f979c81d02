/** Key figures and areas for people: "43个" / "43", "85万人" / "850,000 people". */
import { inLocale, isChinese, localize, t, type UiKey } from './i18n.ts';
import { formatScaled, parseDecimal, shift } from './decimal.ts';
import { formatNumber, moneyUnits, readableMoney, type MoneyUnit } from './money.ts';
import { areaGloss, hectaresFromMu } from './area.ts';
import type { FigureUnit, Locale } from './vocabulary.ts';

export type FigureUnitValue = MoneyUnit | FigureUnit | { zh: string; en?: string };

/** Units counted in 万 (ten thousands) in Chinese; English writes the full number. */
const tenThousandUnits = new Set<string>(['万人', '万吨', '万千瓦']);

/** Formats a decimal string with the language's grouping, exact up to four decimals. */
export function formatDecimal(value: string, locale: Locale): string {
  const { text, exact } = formatNumber(parseDecimal(value), locale);
  return exact ? text : `${isChinese(locale) ? inLocale(locale, '约') : '≈ '}${text}`;
}

function isMoneyUnit(unit: FigureUnitValue): unit is MoneyUnit {
  return typeof unit === 'string' && (moneyUnits as readonly string[]).includes(unit);
}

/** A figure's value to the last digit, when `formatFigure` shows it rounded (money in English). */
export function exactFigure(value: string, unit: FigureUnitValue, locale: Locale): string | undefined {
  return isMoneyUnit(unit) ? readableMoney({ amount: value, unit }, locale).exact : undefined;
}

/** A figure's value with its unit, in `locale`. */
export function formatFigure(value: string, unit: FigureUnitValue, locale: Locale): string {
  if (isMoneyUnit(unit)) return readableMoney({ amount: value, unit }, locale).text;
  if (typeof unit === 'object') {
    const unitText = localize(unit, locale).text;
    const number = formatDecimal(value, locale);
    return isChinese(locale) ? `${number}${unitText}` : `${number} ${unitText}`;
  }
  const shown = locale === 'en' && tenThousandUnits.has(unit) ? formatScaled(shift(parseDecimal(value), 4)) : value;
  const text = t(locale, `unit.${unit}` as UiKey, { value: formatDecimal(shown, locale) }).trim();
  // Land in mu is pictured in hectares by English readers (1 ha = 15 mu).
  return locale === 'en' && unit === '亩' ? `${text} (${hectaresFromMu(value)})` : text;
}

/** An area with its unit label and, in English, its hectares: "320 亩" / "320 mu (≈ 21.3 ha)". */
export function formatArea(value: string, unit: 'mu' | 'sqm' | 'sqkm', unitLabel: string, locale: Locale): string {
  const gloss = areaGloss(value, unit, locale);
  return `${formatDecimal(value, locale)} ${unitLabel}${gloss ? ` (${gloss})` : ''}`;
}

/** A project's land, always in mu: "120亩" / "120 mu (8 ha)". */
export function formatLandArea(mu: string, locale: Locale): string {
  const gloss = areaGloss(mu, 'mu', locale);
  return `${t(locale, 'opportunity.landArea', { area: formatDecimal(mu, locale) })}${gloss ? ` (${gloss})` : ''}`;
}
