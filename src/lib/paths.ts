/**
 * URLs of the guide. Every page lives under its language prefix (`/zh/…`, `/en/…`) with the same
 * path after it, so switching language keeps the reader on the same entry.
 */
import { locales, type Locale } from './vocabulary.ts';

export type Section = 'regions' | 'map' | 'chains' | 'opportunities' | 'policies' | 'articles';

function join(base: string, ...parts: string[]): string {
  const path = parts.filter((part) => part !== '').join('/');
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}${path}${path === '' ? '' : '/'}`;
}

/** `/zh/opportunities/jiutai-pharma/` (with the site's base path in front). */
export function pagePath(locale: Locale, subpath = '', base = '/'): string {
  return join(base, locale, ...subpath.split('/').filter(Boolean));
}

export function sectionPath(locale: Locale, section: Section, base = '/'): string {
  return pagePath(locale, section, base);
}

export function entryPath(locale: Locale, section: Section, id: string, base = '/'): string {
  return pagePath(locale, `${section}/${id}`, base);
}

/** Any language prefix at the start of a path, longest first so `zh-hant` is not taken for `zh`. */
export const localePrefix = `(?:${[...locales].sort((a, b) => b.length - a.length).join('|')})`;

/** True for a path (without base, e.g. `zh-hant/regions/`) under one of the guide's language prefixes. */
export function isLocalePath(pathname: string): boolean {
  return new RegExp(`^\\/?${localePrefix}(\\/|$)`).test(pathname);
}

/** The page path without its language prefix: the part every language shares. */
export function pathWithoutLocale(pathname: string, base = '/'): string {
  const withoutBase = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  return withoutBase.replace(new RegExp(`^\\/?${localePrefix}(\\/|$)`), '');
}
