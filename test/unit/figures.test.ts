import { describe, expect, test } from 'vitest';
import { exactFigure, formatDecimal, formatFigure } from '../../src/lib/figures.ts';

describe('key figures', () => {
  test('counts read naturally in each language', () => {
    expect(formatFigure('43', '个', 'zh')).toBe('43个');
    expect(formatFigure('43', '个', 'en')).toBe('43');
    expect(formatFigure('59.37', '%', 'en')).toBe('59.37%');
  });

  test('money figures use the money formatter', () => {
    expect(formatFigure('163.87', '亿元', 'zh')).toBe('163.87亿元');
    expect(formatFigure('2066.95', '亿元', 'en')).toBe('CNY 206.7 billion');
    expect(exactFigure('2066.95', '亿元', 'en')).toBe('CNY 206,695,000,000');
    expect(exactFigure('2066.95', '亿元', 'zh')).toBeUndefined();
    expect(exactFigure('43', '个', 'en')).toBeUndefined();
  });

  test('units counted in 万 are written out in English', () => {
    expect(formatFigure('85', '万人', 'zh')).toBe('85万人');
    expect(formatFigure('85', '万人', 'en')).toBe('850,000 people');
    expect(formatFigure('10', '万吨', 'en')).toBe('100,000 t');
  });

  test('custom units come from the content', () => {
    expect(formatFigure('9766', { zh: '头', en: 'dairy cows' }, 'en')).toBe('9,766 dairy cows');
    expect(formatDecimal('12345', 'zh')).toBe('12,345');
    expect(formatDecimal('1234', 'zh')).toBe('1234');
  });
});
