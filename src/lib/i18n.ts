/**
 * Interface strings and localised content. UI strings live in `src/i18n/<tag>.json` with
 * dotted keys; content text is `{ zh, en }`. Nothing is ever blank: a missing English string
 * falls back to Chinese, is marked as pending, and is reported. The Traditional Chinese edition
 * has its own reviewed interface strings and shows the Chinese content converted at build.
 */
import en from '../i18n/en.json' with { type: 'json' };
import zhHant from '../i18n/zh-Hant.json' with { type: 'json' };
import zh from '../i18n/zh.json' with { type: 'json' };
import { traditionalConverter, type TextConverter, type TraditionalOptions } from './chinese-script/convert.ts';
import { defaultLocale, locales, writtenLocale, type DerivedLocale, type Locale } from './vocabulary.ts';

export type UiKey = keyof typeof zh;
const dictionaries: Record<Locale, Partial<Record<UiKey, string>>> = { zh, en, 'zh-hant': zhHant };

/** BCP 47 tags for `<html lang>` and `hreflang` (and the name of the UI strings' file). */
export const languageTags: Record<Locale, string> = { zh: 'zh-CN', en: 'en', 'zh-hant': 'zh-Hant' };

/** Names of the languages in themselves, for the language switch. */
export const languageNames: Record<Locale, string> = { zh: '简体中文', en: 'English', 'zh-hant': '繁體中文' };

/** Short codes beside the names in the language switch. */
export const languageCodes: Record<Locale, string> = { zh: '简', en: 'EN', 'zh-hant': '繁' };

/** How each language sorts names: pinyin for Simplified, stroke count as Traditional readers expect. */
export const collations: Record<Locale, string> = { zh: 'zh-CN-u-co-pinyin', en: 'en', 'zh-hant': 'zh-Hant-u-co-stroke' };

/** The languages a guide builds: the Traditional edition only when site.yaml asks for it. */
export function builtLocales(site: { traditionalChinese: { build: boolean } }): Locale[] {
  return locales.filter((locale) => locale !== 'zh-hant' || site.traditionalChinese.build);
}

/**
 * Converters of the derived languages. The build sets the Traditional one from site.yaml and the
 * guide's override dictionary (src/data/atlas.ts) before any page is written; until then OpenCC's
 * Taiwan standard alone is used.
 */
const derivedConverters: Partial<Record<DerivedLocale, TextConverter>> = {};

export function useTraditionalConversion(options: TraditionalOptions): void {
  derivedConverters['zh-hant'] = traditionalConverter(options);
}

/** Text written in the language `locale` derives from, as `locale` shows it (Simplified → Traditional). */
export function inLocale(locale: Locale, text: string): string {
  if (locale !== 'zh-hant') return text;
  derivedConverters['zh-hant'] ??= traditionalConverter({ standard: 'twp' });
  return derivedConverters['zh-hant'](text);
}

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
const pluralRules = Object.fromEntries(locales.map((locale) => [locale, new Intl.PluralRules(languageTags[locale])])) as Record<Locale, Intl.PluralRules>;

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

/**
 * Picks the text for `locale`, falling back to Chinese when the English is missing. The
 * Traditional edition shows the Chinese converted, so it is never pending.
 */
export function localize(text: { zh: string; en?: string }, locale: Locale): LocalizedResult {
  if (locale === 'en' && text.en !== undefined) return { text: text.en, locale: 'en', pending: false };
  if (locale === 'en') return { text: text.zh, locale: 'zh', pending: true };
  return { text: inLocale(locale, text.zh), locale, pending: false };
}

/** Plain localised string (for attributes, titles, sorting), falling back to Chinese. */
export function plain(text: { zh: string; en?: string }, locale: Locale): string {
  return localize(text, locale).text;
}

/** Sorts by a localised name the way readers of each language expect (pinyin for Simplified Chinese). */
export function collator(locale: Locale): Intl.Collator {
  return new Intl.Collator(collations[locale], { numeric: true });
}

/** The languages the switch offers on a page in `locale`: every other language the guide builds. */
export function otherLocales(locale: Locale, built: readonly Locale[]): Locale[] {
  return built.filter((other) => other !== locale);
}

/** True for the Chinese editions, which share Chinese typography (万/亿, 约, no spaces before units). */
export function isChinese(locale: Locale): boolean {
  return writtenLocale(locale) === 'zh';
}

/** What goes between two sentences: nothing after Chinese full-width punctuation, a space in English. */
export function sentenceGap(locale: Locale): string {
  return isChinese(locale) ? '' : ' ';
}
