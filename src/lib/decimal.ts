/**
 * Exact decimal numbers. Figures and money are kept as decimal strings ("25.22") and computed
 * with BigInt, so a total never prints as 1.4999999.
 */

/** A decimal value `digits / 10^scale`. */
export interface Scaled {
  digits: bigint;
  scale: number;
}

const decimalPattern = /^-?\d+(\.\d+)?$/;

/** True when `text` is a plain decimal such as "15", "25.22" or "-3.5" (no exponent, no unit). */
export function isDecimalString(text: string): boolean {
  return decimalPattern.test(text);
}

/** Parses a plain decimal string; throws on anything else. */
export function parseDecimal(text: string): Scaled {
  if (!isDecimalString(text)) throw new Error(`not a decimal number: ${JSON.stringify(text)}`);
  const negative = text.startsWith('-');
  const [whole, fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const digits = BigInt(whole + fraction);
  return { digits: negative ? -digits : digits, scale: fraction.length };
}

/**
 * Converts a JavaScript number from YAML into its shortest exact decimal string, or null when
 * it cannot be written as a plain decimal (NaN, Infinity, or outside the range printed without
 * an exponent).
 */
export function numberToDecimalString(value: number): string | null {
  if (!Number.isFinite(value)) return null;
  const text = String(value);
  return isDecimalString(text) ? text : null;
}

/** Writes a scaled value as a decimal string without trailing zeros. */
export function formatScaled({ digits, scale }: Scaled): string {
  const negative = digits < 0n;
  let text = (negative ? -digits : digits).toString().padStart(scale + 1, '0');
  if (scale > 0) {
    const whole = text.slice(0, text.length - scale);
    const fraction = text.slice(text.length - scale).replace(/0+$/, '');
    text = fraction ? `${whole}.${fraction}` : whole;
  }
  return negative && text !== '0' ? `-${text}` : text;
}

/** The value multiplied by 10^power, exactly. */
export function shift(value: Scaled, power: number): Scaled {
  if (power >= 0) {
    const dropped = Math.min(power, value.scale);
    return { digits: value.digits * 10n ** BigInt(power - dropped), scale: value.scale - dropped };
  }
  return { digits: value.digits, scale: value.scale - power };
}

/** Brings a value to exactly `scale` fraction digits; returns null if that would lose digits. */
export function toScale(value: Scaled, scale: number): bigint | null {
  if (scale >= value.scale) return value.digits * 10n ** BigInt(scale - value.scale);
  const divisor = 10n ** BigInt(value.scale - scale);
  return value.digits % divisor === 0n ? value.digits / divisor : null;
}

/**
 * Rounds a value half away from zero to at most `maxFraction` digits.
 * Reports whether rounding changed the value, so callers can mark it as approximate.
 */
export function roundScaled(value: Scaled, maxFraction: number): { value: Scaled; exact: boolean } {
  if (value.scale <= maxFraction) return { value, exact: true };
  const divisor = 10n ** BigInt(value.scale - maxFraction);
  const negative = value.digits < 0n;
  const magnitude = negative ? -value.digits : value.digits;
  let quotient = magnitude / divisor;
  const remainder = magnitude % divisor;
  if (remainder * 2n >= divisor) quotient += 1n;
  return {
    value: { digits: negative ? -quotient : quotient, scale: maxFraction },
    exact: remainder === 0n,
  };
}

/** Sum of decimal strings, exact. */
export function sumDecimals(values: readonly string[]): string {
  const parsed = values.map(parseDecimal);
  const scale = Math.max(0, ...parsed.map((value) => value.scale));
  let total = 0n;
  for (const value of parsed) total += value.digits * 10n ** BigInt(scale - value.scale);
  return formatScaled({ digits: total, scale });
}

/** Compares two decimal strings: negative, zero or positive like a sort comparator. */
export function compareDecimals(a: string, b: string): number {
  const left = parseDecimal(a);
  const right = parseDecimal(b);
  const scale = Math.max(left.scale, right.scale);
  const difference = (toScale(left, scale) ?? 0n) - (toScale(right, scale) ?? 0n);
  return difference === 0n ? 0 : difference < 0n ? -1 : 1;
}
