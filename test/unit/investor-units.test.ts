import { describe, expect, test } from 'vitest';
import { areaGloss, hectaresFromMu } from '../../src/lib/area.ts';
import { enquiryMailto } from '../../src/lib/enquiry.ts';
import { formatArea, formatFigure, formatLandArea } from '../../src/lib/figures.ts';
import { approximateUsd } from '../../src/lib/money.ts';

describe('land in mu, pictured in hectares for English readers', () => {
  test('15 mu make a hectare; rounded figures say so', () => {
    expect(hectaresFromMu('120')).toBe('8 ha');
    expect(hectaresFromMu('15')).toBe('1 ha');
    expect(hectaresFromMu('320')).toBe('≈ 21.3 ha');
    expect(hectaresFromMu('5000')).toBe('≈ 333 ha');
    expect(hectaresFromMu('1.5')).toBe('0.1 ha');
  });

  test('English gets hectares after mu and after large areas in m²; Chinese and km² stay as written', () => {
    expect(formatArea('320', 'mu', 'mu', 'en')).toBe('320 mu (≈ 21.3 ha)');
    expect(formatArea('320', 'mu', '亩', 'zh')).toBe('320 亩');
    expect(formatArea('36000', 'sqm', 'm²', 'en')).toBe('36,000 m² (3.6 ha)');
    expect(formatArea('8000', 'sqm', 'm²', 'en')).toBe('8,000 m²');
    expect(areaGloss('12', 'sqkm', 'en')).toBeUndefined();
  });

  test('a project’s land and a key figure in mu', () => {
    expect(formatLandArea('120', 'en')).toBe('120 mu (8 ha)');
    expect(formatLandArea('120', 'zh')).toBe('120亩');
    expect(formatFigure('3000', '亩', 'en')).toBe('3,000 mu (200 ha)');
    expect(formatFigure('3000', '亩', 'zh')).not.toContain('ha');
  });
});

describe('yuan amounts in approximate US dollars', () => {
  test('at the guide’s rate, to three significant digits, always marked approximate', () => {
    expect(approximateUsd({ amount: '12', unit: '亿元' }, 7.1)).toBe('≈ USD 169 million');
    expect(approximateUsd({ amount: '2066.95', unit: '亿元' }, 7.1)).toBe('≈ USD 29.1 billion');
    expect(approximateUsd({ amount: '800', unit: '万元' }, 7.1)).toBe('≈ USD 1.13 million');
  });

  test('amounts already in dollars, and a missing rate, get nothing', () => {
    expect(approximateUsd({ amount: '5', unit: '亿美元' }, 7.1)).toBeUndefined();
    expect(approximateUsd({ amount: '5', unit: '亿元' }, 0)).toBeUndefined();
  });
});

describe('the enquiry e-mail', () => {
  test('subject and body are percent-encoded for mailto:, line breaks as CRLF, spaces as %20', () => {
    const link = enquiryMailto({ to: 'jtdz-invest@example.cn', subject: '投资意向：生物药 CDMO（项目编号 jiutai-cdmo）', lines: ['您好：', '', 'Page: https://example.cn/a?b=1&c=2'] });
    const url = new URL(link);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('jtdz-invest@example.cn');
    expect(link).not.toContain('+');
    expect(link).toContain('%0D%0A%0D%0A');
    const params = new URLSearchParams(url.search);
    expect(params.get('subject')).toBe('投资意向：生物药 CDMO（项目编号 jiutai-cdmo）');
    expect(params.get('body')).toBe('您好：\r\n\r\nPage: https://example.cn/a?b=1&c=2');
  });
});
