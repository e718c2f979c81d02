/**
 * URLs of the guide. Every page lives under its language prefix (`/zh/…`, `/en/…`) with the same
 * path after it, so switching language keeps the reader on the same entry.
 */
import type { Locale } from './vocabulary.ts';

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

/** The page path without its language prefix: the part both languages share. */
export function pathWithoutLocale(pathname: string, base = '/'): string {
  const withoutBase = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  return withoutBase.replace(/^\/?(zh|en)(\/|$)/, '');
}
