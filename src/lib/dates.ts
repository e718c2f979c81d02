/**
 * Calendar dates (YYYY-MM-DD strings, no time zone) and what they mean for freshness:
 * whether a policy is in force, an opportunity still valid, an entry getting old.
 */
import { writtenLocale, type Locale } from './vocabulary.ts';

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (2024-02-30 is not one). */
export function isIsoDate(text: string): boolean {
  const match = isoDatePattern.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The date the build treats as "today". `ATLAS_TODAY=YYYY-MM-DD` pins it (reproducible builds
 * and tests); otherwise it is today in China Standard Time, where the content's dates live.
 */
export function buildDate(env: Record<string, string | undefined> = process.env, now = new Date()): string {
  const pinned = env.ATLAS_TODAY;
  if (pinned !== undefined && pinned !== '') {
    if (!isIsoDate(pinned)) throw new Error(`ATLAS_TODAY must be a date written YYYY-MM-DD, got "${pinned}"`);
    return pinned;
  }
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export type PolicyStatus = 'pending' | 'in-force' | 'expired';

/** A policy's status on `today`: not yet effective, in force, or past its expiry date. */
export function policyStatus(dates: { effective: string; expires?: string }, today: string): PolicyStatus {
  if (today < dates.effective) return 'pending';
  if (dates.expires !== undefined && today > dates.expires) return 'expired';
  return 'in-force';
}

/** True when an opportunity's `validUntil` date has passed. */
export function isPastValidity(validUntil: string | undefined, today: string): boolean {
  return validUntil !== undefined && today > validUntil;
}

/** Entries not updated for this many days are flagged as possibly out of date. */
export const staleAfterDays = 365;

export interface Freshness {
  ageDays: number;
  stale: boolean;
}

export function freshness(updated: string, today: string): Freshness {
  const ageDays = daysBetween(updated, today);
  return { ageDays, stale: ageDays > staleAfterDays };
}

const englishMonths = Array.from({ length: 12 }, (_, month) =>
  new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, month, 1))),
);

/** "2024年8月1日" / "1 Aug 2024". */
export function formatDate(iso: string, locale: Locale): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (writtenLocale(locale) === 'zh') return `${year}年${month}月${day}日`;
  return `${day} ${englishMonths[month - 1]} ${year}`;
}
