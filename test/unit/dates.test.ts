import { describe, expect, test } from 'vitest';
import { buildDate, formatDate, freshness, isIsoDate, isPastValidity, policyStatus } from '../../src/lib/dates.ts';

describe('dates and freshness', () => {
  test('only real calendar dates are dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-04-31')).toBe(false);
    expect(isIsoDate('2024-8-1')).toBe(false);
  });

  test('a policy is pending before it takes effect, in force until its expiry day, then expired', () => {
    const dates = { effective: '2025-01-01', expires: '2026-12-31' };
    expect(policyStatus(dates, '2024-12-31')).toBe('pending');
    expect(policyStatus(dates, '2025-01-01')).toBe('in-force');
    expect(policyStatus(dates, '2026-12-31')).toBe('in-force');
    expect(policyStatus(dates, '2027-01-01')).toBe('expired');
    expect(policyStatus({ effective: '2020-01-01' }, '2030-01-01')).toBe('in-force');
  });

  test('an opportunity is past validity the day after its last valid day', () => {
    expect(isPastValidity('2026-06-30', '2026-06-30')).toBe(false);
    expect(isPastValidity('2026-06-30', '2026-07-01')).toBe(true);
    expect(isPastValidity(undefined, '2099-01-01')).toBe(false);
  });

  test('entries older than a year are flagged as stale', () => {
    expect(freshness('2025-11-23', '2026-11-23')).toEqual({ ageDays: 365, stale: false });
    expect(freshness('2025-11-22', '2026-11-23').stale).toBe(true);
  });

  test('dates read naturally in each language', () => {
    expect(formatDate('2024-08-01', 'zh')).toBe('2024年8月1日');
    expect(formatDate('2024-08-01', 'en')).toBe('1 Aug 2024');
  });

  test('ATLAS_TODAY pins the build date, and must be a real date', () => {
    expect(buildDate({ ATLAS_TODAY: '2026-01-15' })).toBe('2026-01-15');
    expect(() => buildDate({ ATLAS_TODAY: '2026-13-01' })).toThrow(/ATLAS_TODAY/);
    // Late evening UTC is already the next day in China.
    expect(buildDate({}, new Date('2026-03-01T18:00:00Z'))).toBe('2026-03-02');
  });
});
