/**
 * Interface strings and localised content. UI strings live in `src/i18n/<locale>.json` with
 * dotted keys; content text is `{ zh, en }`. Nothing is ever blank: a missing English string
 * falls back to Chinese, is marked as pending, and is reported.
 */
import en from '../i18n/en.json' with { type: 'json' };
import zh from '../i18n/zh.json' with { type: 'json' };
import { defaultLocale, locales, type Locale } from './vocabulary.ts';

export type UiKey = keyof typeof zh;
const dictionaries: Record<Locale, Partial<Record<UiKey, string>>> = { zh, en };

/** BCP 47 tags for `<html lang>` and `hreflang`. */
export const languageTags: Record<Locale, string> = { zh: 'zh-CN', en: 'en' };

/** Names of the languages in themselves, for the language switch. */
export const languageNames: Record<Locale, string> = { zh: '中文', en: 'English' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

const reportedMissing = new Set<string>();

/** Called once per missing UI string; the build logs it, the parity test forbids it. */
export let onMissingUiString = (locale: Locale, key: string) => {
  console.warn(`[i18n] missing ${locale} string "${key}", showing ${defaultLocale}`);
};

function interpolate(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * A plural variant of a string, when the language has one for this count: English keeps
 * `chain.gapCount` ("{count} gaps") and `chain.gapCount.one` ("{count} gap"); Chinese needs none.
 */
const pluralRules: Record<Locale, Intl.PluralRules> = {
  zh: new Intl.PluralRules(languageTags.zh),
  en: new Intl.PluralRules(languageTags.en),
};

function pluralVariant(locale: Locale, key: UiKey, count: unknown): string | undefined {
  if (typeof count !== 'number') return undefined;
  const category = pluralRules[locale].select(count);
  return category === 'other' ? undefined : (dictionaries[locale] as Record<string, string | undefined>)[`${key}.${category}`];
}

/** The UI string `key` in `locale`, with `{name}` placeholders filled from `params` (`count` picks plural forms). */
export function t(locale: Locale, key: UiKey, params: Record<string, string | number> = {}): string {
  let template = pluralVariant(locale, key, params.count) ?? dictionaries[locale][key];
  if (template === undefined) {
    if (!reportedMissing.has(`${locale}:${key}`)) {
      reportedMissing.add(`${locale}:${key}`);
      onMissingUiString(locale, key);
    }
    template = dictionaries[defaultLocale][key] ?? key;
  }
  return interpolate(template, params);
}

/** A translator bound to one locale, for components: `const t = translator(locale)`. */
export function translator(locale: Locale) {
  return (key: UiKey, params?: Record<string, string | number>) => t(locale, key, params);
}

/** Label of a vocabulary value, e.g. `label('en', 'nodeStatus', 'gap')` → "Gap". */
export function label(locale: Locale, vocabulary: string, key: string): string {
  return t(locale, `enum.${vocabulary}.${key}` as UiKey);
}

export interface LocalizedResult {
  text: string;
  /** The language the text is actually in (differs from the page's when falling back). */
  locale: Locale;
  /** True when the English is missing and the Chinese is shown instead. */
  pending: boolean;
}

/** Picks the text for `locale`, falling back to Chinese when the English is missing. */
export function localize(text: { zh: string; en?: string }, locale: Locale): LocalizedResult {
  if (locale === 'en' && text.en !== undefined) return { text: text.en, locale: 'en', pending: false };
  if (locale === 'en') return { text: text.zh, locale: 'zh', pending: true };
  return { text: text.zh, locale: 'zh', pending: false };
}

/** Plain localised string (for attributes, titles, sorting), falling back to Chinese. */
export function plain(text: { zh: string; en?: string }, locale: Locale): string {
  return localize(text, locale).text;
}

/** Sorts by a localised name the way readers of each language expect (pinyin for Chinese). */
export function collator(locale: Locale): Intl.Collator {
  return new Intl.Collator(locale === 'zh' ? 'zh-CN-u-co-pinyin' : 'en', { numeric: true });
}

export function otherLocale(locale: Locale): Locale {
  return locale === 'zh' ? 'en' : 'zh';
}
