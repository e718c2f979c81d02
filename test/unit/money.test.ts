import { describe, expect, test } from 'vitest';
import { formatMoney, investmentBand, readableMoney, sortValueInYuan, sumMoney, toCents } from '../../src/lib/money.ts';

describe('money for people', () => {
  test('Chinese readers see 亿元 and 万元 as staff wrote them', () => {
    expect(formatMoney({ amount: '15', unit: '亿元' }, 'zh')).toBe('15亿元');
    expect(formatMoney({ amount: '25.22', unit: '亿元' }, 'zh')).toBe('25.22亿元');
    expect(formatMoney({ amount: '5000', unit: '万元' }, 'zh')).toBe('5000万元');
    expect(formatMoney({ amount: '12000', unit: '万元' }, 'zh')).toBe('1.2亿元');
    expect(formatMoney({ amount: '8500', unit: '元' }, 'zh')).toBe('8500元');
    expect(formatMoney({ amount: '300', unit: '万美元' }, 'zh')).toBe('300万美元');
  });

  test('English readers see CNY with million and billion', () => {
    expect(formatMoney({ amount: '15', unit: '亿元' }, 'en')).toBe('CNY 1.5 billion');
    expect(formatMoney({ amount: '300', unit: '万元' }, 'en')).toBe('CNY 3 million');
    expect(formatMoney({ amount: '163.87', unit: '亿元' }, 'en')).toBe('CNY 16.387 billion');
    expect(formatMoney({ amount: '85', unit: '万元' }, 'en')).toBe('CNY 850,000');
    expect(formatMoney({ amount: '2000', unit: '万美元' }, 'en')).toBe('USD 20 million');
  });

  test('amounts that cannot be shown exactly are marked as approximate, never silently rounded', () => {
    expect(formatMoney({ amount: '1.23456789', unit: '亿元' }, 'zh')).toBe('约1.2346亿元');
    expect(formatMoney({ amount: '1.23456789', unit: '亿元' }, 'en')).toBe('≈ CNY 123.4568 million');
  });

  test('English readers see at most two decimals, with the exact amount kept for a title', () => {
    expect(readableMoney({ amount: '2066.95', unit: '亿元' }, 'en')).toEqual({ text: 'CNY 206.7 billion', exact: 'CNY 206,695,000,000' });
    expect(readableMoney({ amount: '163.87', unit: '亿元' }, 'en')).toEqual({ text: 'CNY 16.39 billion', exact: 'CNY 16,387,000,000' });
    expect(readableMoney({ amount: '1.23456789', unit: '亿元' }, 'en')).toEqual({ text: 'CNY 123.46 million', exact: 'CNY 123,456,789' });
    expect(readableMoney({ amount: '1234.567', unit: '元' }, 'en')).toEqual({ text: 'CNY 1,234.57', exact: 'CNY 1,234.567' });
    // Rounding half away from zero: 2.995 billion reads as 3 billion.
    expect(readableMoney({ amount: '29.95', unit: '亿元' }, 'en').text).toBe('CNY 3 billion');
  });

  test('amounts that need no rounding carry no second version', () => {
    expect(readableMoney({ amount: '15', unit: '亿元' }, 'en')).toEqual({ text: 'CNY 1.5 billion' });
    expect(readableMoney({ amount: '25.22', unit: '亿元' }, 'en')).toEqual({ text: 'CNY 2.52 billion', exact: 'CNY 2,522,000,000' });
    expect(readableMoney({ amount: '2000', unit: '万美元' }, 'en')).toEqual({ text: 'USD 20 million' });
    expect(readableMoney({ amount: '85', unit: '万元' }, 'en')).toEqual({ text: 'CNY 850,000' });
  });

  test('a small amount is never rounded away to nothing', () => {
    expect(readableMoney({ amount: '0.004', unit: '元' }, 'en')).toEqual({ text: 'CNY 0.004', exact: 'CNY 0.004' });
  });

  test('Chinese keeps the amount as staff wrote it, and the exact figure where 约 was needed', () => {
    expect(readableMoney({ amount: '2066.95', unit: '亿元' }, 'zh')).toEqual({ text: '2066.95亿元' });
    expect(readableMoney({ amount: '1.23456789', unit: '亿元' }, 'zh')).toEqual({ text: '约1.2346亿元', exact: '1.23456789亿元' });
  });

  test('totals are exact: 0.1 + 0.2 亿元 is 0.3 亿元, not 0.30000000000000004', () => {
    const [total] = sumMoney([
      { amount: '0.1', unit: '亿元' },
      { amount: '0.2', unit: '亿元' },
    ]);
    expect(total).toEqual({ amount: '30000000', unit: '元' });
    expect(formatMoney(total, 'zh')).toBe('3000万元');
  });

  test('totals keep currencies apart', () => {
    const totals = sumMoney([
      { amount: '1', unit: '亿元' },
      { amount: '500', unit: '万元' },
      { amount: '2', unit: 'USD' },
    ]);
    expect(totals).toEqual([
      { amount: '105000000', unit: '元' },
      { amount: '2', unit: 'USD' },
    ]);
  });

  test('cents are exact and sub-cent amounts are refused', () => {
    expect(toCents({ amount: '25.22', unit: '亿元' })).toBe(252_200_000_000n);
    expect(toCents({ amount: '0.001', unit: '元' })).toBeNull();
  });

  test('investment bands place USD with the exchange rate', () => {
    expect(investmentBand({ amount: '0.5', unit: '亿元' }, 7.1)).toBe('under-100m');
    expect(investmentBand({ amount: '1', unit: '亿元' }, 7.1)).toBe('100m-500m');
    expect(investmentBand({ amount: '15', unit: '亿元' }, 7.1)).toBe('1b-5b');
    expect(investmentBand({ amount: '100', unit: '亿元' }, 7.1)).toBe('over-5b');
    expect(investmentBand({ amount: '2000', unit: '万美元' }, 7.1)).toBe('100m-500m');
    expect(sortValueInYuan({ amount: '1', unit: 'USD' }, 7.1)).toBeCloseTo(7.1);
  });
});

describe('investments to be negotiated (待定, 面议)', () => {
  test('show 面议 / to be negotiated, with an indicative amount when one is given', async () => {
    const { formatInvestment, investmentBandOf } = await import('../../src/lib/investment.ts');
    expect(formatInvestment({ negotiable: true }, 'zh')).toBe('面议');
    expect(formatInvestment({ negotiable: true }, 'en')).toBe('to be negotiated');
    expect(formatInvestment({ amount: '5', unit: '亿元', negotiable: true }, 'zh')).toBe('面议（参考：5亿元）');
    expect(formatInvestment({ amount: '5', unit: '亿元', negotiable: true }, 'en')).toBe('to be negotiated (indicative: CNY 500 million)');
    expect(formatInvestment({ amount: '5', unit: '亿元', negotiable: false }, 'en')).toBe('CNY 500 million');
    expect(investmentBandOf({ negotiable: true }, 7.1)).toBe('negotiable');
    expect(investmentBandOf({ amount: '50', unit: '亿元', negotiable: true }, 7.1)).toBe('negotiable');
    expect(investmentBandOf({ amount: '50', unit: '亿元', negotiable: false }, 7.1)).toBe('over-5b');
  });

  test('are left out of totals, which say how many were left out', async () => {
    const { sumInvestments } = await import('../../src/lib/money.ts');
    const { totals, negotiable } = sumInvestments([
      { amount: '1', unit: '亿元', negotiable: false },
      { negotiable: true },
      { amount: '3', unit: '亿元', negotiable: true },
      { amount: '5000', unit: '万元', negotiable: false },
    ]);
    expect(totals).toEqual([{ amount: '150000000', unit: '元' }]);
    expect(negotiable).toBe(2);
  });
});
