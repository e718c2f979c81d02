import { describe, expect, test } from 'vitest';
import { compareDecimals, formatScaled, numberToDecimalString, parseDecimal, roundScaled, shift, sumDecimals } from '../../src/lib/decimal.ts';

describe('exact decimals', () => {
  test('numbers from YAML become their shortest exact decimal', () => {
    expect(numberToDecimalString(25.22)).toBe('25.22');
    expect(numberToDecimalString(15)).toBe('15');
    expect(numberToDecimalString(1e21)).toBeNull();
    expect(numberToDecimalString(Number.NaN)).toBeNull();
  });

  test('shifting by powers of ten never goes through floating point', () => {
    expect(formatScaled(shift(parseDecimal('25.22'), 8))).toBe('2522000000');
    expect(formatScaled(shift(parseDecimal('5000'), -4))).toBe('0.5');
    expect(formatScaled(shift(parseDecimal('0.07'), 1))).toBe('0.7');
  });

  test('sums and comparisons are exact', () => {
    expect(sumDecimals(['0.1', '0.2'])).toBe('0.3');
    expect(sumDecimals(['1.005', '2'])).toBe('3.005');
    expect(compareDecimals('10', '9.99')).toBe(1);
    expect(compareDecimals('2.50', '2.5')).toBe(0);
  });

  test('rounding reports whether it changed the value', () => {
    expect(roundScaled(parseDecimal('1.23456'), 4)).toEqual({ value: { digits: 12346n, scale: 4 }, exact: false });
    expect(roundScaled(parseDecimal('1.5'), 4).exact).toBe(true);
  });

  test('anything that is not a plain decimal is refused', () => {
    expect(() => parseDecimal('15亿元')).toThrow();
    expect(() => parseDecimal('1e5')).toThrow();
  });
});
