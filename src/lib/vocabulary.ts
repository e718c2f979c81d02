/**
 * The closed vocabularies of the content model. Content files use these keys; staff may also
 * write the Chinese label (see `src/i18n/zh.json`, keys `enum.<name>.<key>`), which the schemas
 * accept as an alias. Display labels in both languages live in `src/i18n/`.
 */

/**
 * The guide's languages, each one path prefix (`/zh/`, `/en/`, `/zh-hant/`). A language added here
 * needs its row in the tables of src/lib/i18n.ts (TypeScript lists the ones missing) and its
 * `src/i18n/<tag>.json`.
 */
export const locales = ['zh', 'en', 'zh-hant'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'zh';

/**
 * Languages written from another one's content at build rather than by staff: the Traditional
 * Chinese edition is converted from the Simplified (src/lib/chinese-script/).
 */
export const derivedLocales = { 'zh-hant': 'zh' } as const satisfies Partial<Record<Locale, Locale>>;
export type DerivedLocale = keyof typeof derivedLocales;
/** Languages staff write content in: `{ zh, en }` fields. */
export type WrittenLocale = Exclude<Locale, DerivedLocale>;

/** The language whose content a page in `locale` shows (itself, or the one it is converted from). */
export function writtenLocale(locale: Locale): WrittenLocale {
  return locale in derivedLocales ? derivedLocales[locale as DerivedLocale] : (locale as WrittenLocale);
}

/** OpenCC standards for the Traditional edition: Taiwan with Taiwan's words, Taiwan characters, Hong Kong characters. */
export const chineseStandards = ['twp', 'tw', 'hk'] as const;
export type ChineseStandard = (typeof chineseStandards)[number];

export const regionLevels = ['province', 'city', 'district', 'county', 'devzone', 'park'] as const;
export const carrierKinds = ['standard-land', 'factory', 'office', 'warehouse'] as const;
export const carrierStatuses = ['available', 'building', 'reserved'] as const;
export const areaUnits = ['mu', 'sqm', 'sqkm'] as const;
export const infrastructureKinds = [
  'power',
  'water',
  'gas',
  'heat',
  'rail',
  'road',
  'airport',
  'port',
  'logistics',
  'broadband',
] as const;

export const chainStages = ['upstream', 'midstream', 'downstream', 'services'] as const;
export const nodeStatuses = ['strong', 'present', 'weak', 'gap'] as const;
export const chainStrategies = ['strengthen', 'fill', 'extend'] as const;

export const cooperationModes = ['sole', 'jv', 'cooperation', 'ppp', 'lease', 'franchise', 'equity'] as const;
/**
 * Where a project stands, in order: open to investors (concept, seeking, negotiating), then the
 * record of what followed: signed (签约), landed (落地), started (开工), producing (投产).
 */
export const opportunityStages = ['concept', 'seeking', 'negotiating', 'signed', 'landed', 'started', 'producing'] as const;
export const preparationLevels = ['concept', 'feasibility', 'approved', 'shovel-ready'] as const;
export const landUses = ['industrial', 'commercial', 'mixed', 'agricultural', 'tourism', 'infrastructure'] as const;

export const policyLevels = ['national', 'provincial', 'municipal', 'county'] as const;
export const firmTypes = ['all', 'sme', 'high-tech', 'specialized', 'foreign', 'headquarters', 'startup', 'listed'] as const;
export const measureCategories = ['land', 'tax', 'subsidy', 'finance', 'talent', 'rent', 'factors', 'service'] as const;

/** What an article is: news of signings and events (招商动态), a firm's investment story (投资案例), or a sector guide (投资指南). */
export const articleKinds = ['news', 'story', 'guide'] as const;
export type ArticleKind = (typeof articleKinds)[number];

export const mapProviders = ['tianditu', 'osm', 'amap', 'pmtiles', 'none'] as const;

/** Units a key figure may carry; money units print through the money formatter. */
export const figureUnits = [
  '%',
  '个',
  '家',
  '项',
  '亩',
  '平方米',
  '平方公里',
  '人',
  '万人',
  '吨',
  '万吨',
  '头',
  '次',
  '千瓦',
  '万千瓦',
] as const;

export type RegionLevel = (typeof regionLevels)[number];
export type CarrierKind = (typeof carrierKinds)[number];
export type CarrierStatus = (typeof carrierStatuses)[number];
export type ChainStage = (typeof chainStages)[number];
export type NodeStatus = (typeof nodeStatuses)[number];
export type ChainStrategy = (typeof chainStrategies)[number];
export type CooperationMode = (typeof cooperationModes)[number];
export type OpportunityStage = (typeof opportunityStages)[number];
export type PolicyLevel = (typeof policyLevels)[number];
export type FigureUnit = (typeof figureUnits)[number];

/** What the expo kiosk's attract loop can show, in its default order. */
export const kioskSlideKinds = ['totals', 'opportunities', 'funnel', 'chains', 'regions', 'stories'] as const;
export type KioskSlideKind = (typeof kioskSlideKinds)[number];
