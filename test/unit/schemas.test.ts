import { describe, expect, test } from 'vitest';
import { bilingualErrorMap } from '../../src/lib/content/zod-messages.ts';
import { unpack } from '../../src/lib/content/bilingual.ts';
import { figure, money, point } from '../../src/schemas/common.ts';
import { chainNode } from '../../src/schemas/chain.ts';
import { opportunitySchema } from '../../src/schemas/opportunity.ts';
import { policySchema } from '../../src/schemas/policy.ts';

const messages = (result: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) =>
  (result.error?.issues ?? []).map((issue) => ({ path: issue.path.join('.'), ...unpack(issue.message) }));

describe('schemas keep numbers exact and readable', () => {
  test('money amounts become exact decimal strings', () => {
    expect(money.parse({ amount: 25.22, unit: '亿元' })).toEqual({ amount: '25.22', unit: '亿元' });
    expect(money.parse({ amount: '1,200', unit: '万元' })).toEqual({ amount: '1200', unit: '万元' });
  });

  test('a zero or sub-cent amount is refused', () => {
    expect(messages(money.safeParse({ amount: 0, unit: '亿元' }, { error: bilingualErrorMap }))[0].en).toBe('amount must not be zero');
    expect(money.safeParse({ amount: 0.001, unit: '元' }).success).toBe(false);
  });

  test('key figures may be negative (a falling growth rate)', () => {
    expect(figure.parse({ label: { zh: '增速', en: 'Growth' }, value: -3.2, unit: '%', year: 2024 }).value).toBe('-3.2');
  });
});

describe('schemas accept what staff naturally write', () => {
  test('Chinese labels work as well as keys', () => {
    const node = chainNode.parse({ id: 'api', name: { zh: '原料药' }, status: '缺失', strategy: '补链' });
    expect(node.status).toBe('gap');
    expect(node.strategy).toBe('fill');
  });

  test('Amap points are stored in WGS-84', () => {
    const converted = point.parse({ lat: 44.15, lng: 125.85, crs: 'gcj02' });
    expect(converted.lng).toBeLessThan(125.85);
    expect(converted).not.toHaveProperty('crs');
  });
});

describe('schemas refuse dates that contradict each other', () => {
  const opportunity = {
    title: { zh: '项目' },
    summary: { zh: '摘要' },
    region: 'jiutai',
    industry: 'biomed',
    investment: { amount: 1, unit: '亿元' },
    cooperation: ['jv'],
    content: { zh: '内容' },
    preparation: { level: 'concept' },
    stage: 'seeking',
    contact: { name: { zh: '张' }, phone: '0431-8000 1234' },
    published: '2026-03-01',
    updated: '2026-03-01',
  };

  test('an opportunity cannot expire before it is published', () => {
    const result = opportunitySchema.safeParse({ ...opportunity, validUntil: '2026-01-01' }, { error: bilingualErrorMap });
    expect(messages(result)).toEqual([{ path: 'validUntil', zh: '有效期不能早于发布日期', en: 'cannot be earlier than the publication date' }]);
  });

  const policy = {
    title: { zh: '政策' },
    issuer: { zh: '政府' },
    level: 'county',
    issued: '2023-08-01',
    summary: { zh: '摘要' },
    measures: [{ category: 'tax', benefit: { zh: '减税' } }],
    howToApply: { zh: '申请' },
    updated: '2023-08-01',
  };

  test('a policy may take effect before it was issued (retroactive tax measures)', () => {
    expect(policySchema.parse({ ...policy, effective: '2023-01-01' }).effective).toBe('2023-01-01');
  });

  test('a policy without an effective date takes effect when issued, and cannot expire before that', () => {
    expect(policySchema.parse(policy).effective).toBe('2023-08-01');
    const result = policySchema.safeParse({ ...policy, expires: '2023-07-01' }, { error: bilingualErrorMap });
    expect(messages(result)[0].path).toBe('expires');
  });
});

test('a content error is told apart from any other error', async () => {
  const { ContentError, isContentError } = await import('../../src/lib/content/problems.ts');
  expect(isContentError(new ContentError([{ file: 'a.yaml', path: [], message: { zh: '错', en: 'wrong' } }]))).toBe(true);
  expect(isContentError(new Error('boom'))).toBe(false);
  expect(isContentError(undefined)).toBe(false);
});

describe('an investment may be negotiable', () => {
  test('待定 is written negotiable: true, with or without an indicative amount', async () => {
    const { investment } = await import('../../src/schemas/common.ts');
    expect(investment.parse({ negotiable: true })).toEqual({ negotiable: true });
    expect(investment.parse({ amount: 5, unit: '亿元' })).toEqual({ amount: '5', unit: '亿元', negotiable: false });
    expect(investment.parse({ amount: 5, unit: '亿元', negotiable: true })).toEqual({ amount: '5', unit: '亿元', negotiable: true });
  });

  test('an amount is required unless negotiable, and amount and unit go together', async () => {
    const { investment } = await import('../../src/schemas/common.ts');
    const errors = (value: unknown) => messages(investment.safeParse(value, { error: bilingualErrorMap }));
    expect(errors({})).toEqual([{ path: 'amount', zh: '缺少金额；投资额待定或面议时写 negotiable: true', en: 'the amount is missing; write negotiable: true when it is still to be agreed' }]);
    expect(errors({ negotiable: false })[0].path).toBe('amount');
    expect(errors({ amount: 5 })[0]).toMatchObject({ path: 'unit', en: 'the amount needs a unit, e.g. 亿元 or 万元' });
    expect(errors({ unit: '亿元', negotiable: true })[0]).toMatchObject({ path: 'amount', en: 'a unit needs an amount' });
    expect(errors({ amount: 0, unit: '亿元', negotiable: true })[0]).toMatchObject({ path: 'amount', en: 'amount must not be zero' });
    expect(errors({ negotiable: 'yes' })[0].path).toBe('negotiable');
  });
});
