/**
 * Exact numbers, money and dates for generated text. Amounts are kept as integer digits plus a
 * decimal scale (1234 at scale 2 is 12.34) so that the Chinese and English versions of one figure
 * always agree — "12.5亿元" must read "CNY 1.25 billion", never "CNY 1.2499999 billion".
 */
import type { Text } from './vocab.ts';

/** An exact decimal: `digits / 10^scale`. */
export interface Decimal {
  digits: number;
  scale: number;
}

export const decimal = (digits: number, scale = 0): Decimal => ({ digits, scale });

/** Writes digits/10^scale without trailing zeros; `group` adds thousands separators (English). */
export function decimalText(value: Decimal, group = false): string {
  let digits = BigInt(value.digits);
  let scale = value.scale;
  if (scale < 0) {
    digits *= 10n ** BigInt(-scale);
    scale = 0;
  }
  const padded = digits.toString().padStart(scale + 1, '0');
  const whole = padded.slice(0, padded.length - scale);
  const fraction = padded.slice(padded.length - scale).replace(/0+$/, '');
  const wholeText = group ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole;
  return fraction ? `${wholeText}.${fraction}` : wholeText;
}

/** The value as a YAML number. Decimals of a few digits survive the round trip through a float exactly. */
export function decimalNumber(value: Decimal): number {
  return Number(decimalText(value));
}

/** The same value expressed in a unit 10^power times larger (万 → 亿 is power 4). */
export function rescale(value: Decimal, power: number): Decimal {
  return { digits: value.digits, scale: value.scale + power };
}

// ---------------------------------------------------------------------------------------------
// Money
// ---------------------------------------------------------------------------------------------

export type GeneratedMoneyUnit = '万元' | '亿元' | 'USD' | '万美元';

export interface GeneratedMoney {
  amount: Decimal;
  unit: GeneratedMoneyUnit;
}

const unitPower: Record<GeneratedMoneyUnit, number> = { 万元: 4, 亿元: 8, USD: 0, 万美元: 4 };
const unitCurrency: Record<GeneratedMoneyUnit, 'CNY' | 'USD'> = { 万元: 'CNY', 亿元: 'CNY', USD: 'USD', 万美元: 'USD' };

/** The money as the schema's `{ amount, unit }`. */
export function moneyField(money: GeneratedMoney): { amount: number; unit: GeneratedMoneyUnit } {
  return { amount: decimalNumber(money.amount), unit: money.unit };
}

/** Number of digits before the decimal point once the value is in base units (yuan, dollars). */
function baseMagnitude(money: GeneratedMoney): number {
  const base = rescale(money.amount, -unitPower[money.unit]);
  return decimalText(base).split('.')[0].replace(/^0+/, '').length;
}

/** "12.5亿元" / "CNY 1.25 billion", "300万美元" / "USD 3 million". */
export function moneyText(money: GeneratedMoney): Text {
  const currency = unitCurrency[money.unit];
  const base = rescale(money.amount, -unitPower[money.unit]);
  const magnitude = baseMagnitude(money);
  const [power, word] = magnitude > 9 ? [9, ' billion'] : magnitude > 6 ? [6, ' million'] : [0, ''];
  const en = `${currency} ${decimalText(rescale(base, power), true)}${word}`;
  const zhUnit = currency === 'CNY' ? money.unit : '万美元';
  const zhAmount = money.unit === 'USD' ? rescale(base, 4) : money.amount;
  return { zh: `${decimalText(zhAmount)}${zhUnit}`, en };
}

/** An amount of 亿元 in words: "3.5亿元" / "CNY 350 million". */
export function yiText(amount: Decimal): Text {
  return moneyText({ amount, unit: '亿元' });
}

/** An amount of 万元 in words: "800万元" / "CNY 8 million". */
export function wanText(amount: Decimal): Text {
  return moneyText({ amount, unit: '万元' });
}

/** A count of 万 (tonnes, people …) for English: 3.5 → "35,000". */
export function wanToPlain(amount: Decimal): string {
  return decimalText(rescale(amount, -4), true);
}

// ---------------------------------------------------------------------------------------------
// Words
// ---------------------------------------------------------------------------------------------

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const minorWords = new Set(['a', 'an', 'and', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

/** "active pharmaceutical ingredients" → "Active Pharmaceutical Ingredients"; CDMO and R&D stay. */
export function titleCase(text: string): string {
  return text
    .split(' ')
    .map((word, index) => (index > 0 && minorWords.has(word) ? word : capitalize(word)))
    .join(' ');
}

/** "A、B和C" / "A, B and C". */
export function listText(items: readonly Text[]): Text {
  if (items.length <= 1) return { zh: items[0]?.zh ?? '', en: items[0]?.en ?? '' };
  const head = items.slice(0, -1);
  const last = items[items.length - 1];
  return {
    zh: `${head.map((item) => item.zh).join('、')}和${last.zh}`,
    en: `${head.map((item) => item.en).join(', ')} and ${last.en}`,
  };
}

/** Ends an English sentence with one full stop, even after "Co., Ltd.". */
export function sentence(text: string): string {
  return text.endsWith('.') ? text : `${text}.`;
}

const chineseOrdinals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const romanNumerals = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** 第一批, 二期 …: numbers 1–10 as Chinese numerals. */
export function chineseNumeral(value: number): string {
  return chineseOrdinals[value - 1] ?? String(value);
}

export function romanNumeral(value: number): string {
  return romanNumerals[value - 1] ?? String(value);
}

// ---------------------------------------------------------------------------------------------
// Dates (YYYY-MM-DD strings, no time zone, like the content)
// ---------------------------------------------------------------------------------------------

const dayMs = 86_400_000;

/**
 * The "today" generated dates are arranged around: most policies in force on this day, some
 * expired, a few not yet effective. Fixed, so output does not change with the wall clock.
 */
export const referenceDate = '2026-11-23';

export function dayNumber(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / dayMs;
}

export function isoFromDay(day: number): string {
  return new Date(day * dayMs).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return isoFromDay(dayNumber(iso) + days);
}

export function laterDate(a: string, b: string): string {
  return a > b ? a : b;
}

export function earlierDate(a: string, b: string): string {
  return a < b ? a : b;
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

export function monthOf(iso: string): number {
  return Number(iso.slice(5, 7));
}

/** Lowercases a name for use inside an English sentence, keeping acronyms: "Electronics and ICT" → "electronics and ICT". */
export function inSentence(text: string): string {
  return text
    .split(' ')
    .map((word) => (/^[A-Z0-9&]{2,}$/.test(word) || /^[A-Z][a-z]*[A-Z]/.test(word) ? word : word.toLowerCase()))
    .join(' ');
}
