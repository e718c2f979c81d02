/** Settings of the whole guide: who publishes it, contacts, industries, map and kiosk. */
import { z } from 'astro/zod';
import { chineseStandards, defaultLocale, kioskSlideKinds, locales, mapProviders } from '../lib/vocabulary.ts';
import { bi } from '../lib/content/bilingual.ts';
import { hexColourPattern } from '../lib/colour.ts';
import { contact, entryId, figure, isoDate, localizedText, point, prose } from './common.ts';

/** An industry used to classify chains, opportunities and policies. */
export const industry = z.strictObject({
  /** Id used by chains, opportunities and policies. */
  id: entryId,
  /** Display name. */
  name: localizedText,
});

/** A brand colour, #RRGGBB; its contrast is checked with the content (src/lib/content/brand.ts). */
const brandColour = z
  .string()
  .trim()
  .regex(hexColourPattern, { error: bi('颜色应写成 #RRGGBB，例如 #0b4f8a', 'a colour is written #RRGGBB, e.g. #0b4f8a') });

/** The agency's look: logo and colours, used by the pages, the kiosk and share cards. */
export const brand = z.strictObject({
  /** Logo file (SVG, PNG, JPEG or WebP), relative to site.yaml, e.g. images/logo.svg; shown in the header beside the name. */
  logo: z
    .string()
    .trim()
    .regex(/\.(svg|png|jpe?g|webp)$/i, { error: bi('标志应为 SVG、PNG、JPEG 或 WebP 文件', 'the logo must be an SVG, PNG, JPEG or WebP file') })
    .optional(),
  /** Main colour (#RRGGBB): header, links, buttons. Must reach 4.5:1 against white. */
  primary: brandColour.optional(),
  /** Second colour (#RRGGBB): highlights and warnings. Must reach 4.5:1 against white. */
  accent: brandColour.optional(),
});
export type Brand = z.infer<typeof brand>;

export const siteSchema = z.strictObject({
  /** Name of the guide, e.g. 投资指南. */
  name: localizedText,
  /** One line under the name. */
  tagline: localizedText,
  /** The agency that publishes the guide (招商局 / 投资促进中心). */
  agency: localizedText,
  /** Who we are: a short introduction in Markdown for the home page. */
  intro: prose,
  /** Logo and colours; without them the guide uses its own. */
  brand: brand.prefault({}),
  /** Public address of the built site, used for canonical links and alternates. */
  url: z.url({ protocol: /^https?$/ }),
  /** The agency's contacts, shown in the footer and wherever an entry has none. */
  contacts: z.array(contact).min(1),
  /** Industries used to classify chains, opportunities and policies. */
  industries: z.array(industry).min(1),
  /** Headline figures for the home page. */
  keyFigures: z.array(figure).default([]),
  /** Map settings. */
  map: z.strictObject({
    /** Basemap tiles: tianditu (天地图, key from TIANDITU_KEY at build), osm, amap, pmtiles (the file below) or none. */
    provider: z.enum(mapProviders).default('none'),
    /** Path (inside the content folder) of a PMTiles vector basemap, for provider pmtiles, e.g. maps/basemap.pmtiles. */
    pmtiles: z
      .string()
      .regex(/\.pmtiles$/, { error: bi('应为以 .pmtiles 结尾的文件路径', 'must be a path ending in .pmtiles') })
      .optional(),
    /** Where the overview map is centred. */
    center: point,
    /** Zoom level of the overview map, 3 to 18. */
    zoom: z.int().min(3).max(18).default(6),
    /** Map review number (审图号) of the guide's own maps, e.g. GS(2024)1234号; shown under every map and on printed maps. */
    reviewNumber: z.string().trim().min(1).max(60).optional(),
  }),
  /** Yuan per US dollar, used only to place USD investments in investment bands. */
  exchangeRate: z.strictObject({
    /** CNY per USD. */
    cnyPerUsd: z.number().positive(),
    /** The date the rate was taken. */
    asOf: isoDate,
  }),
  /** Expo kiosk settings (`/zh/kiosk/`, `/en/kiosk/`). */
  kiosk: z
    .strictObject({
      /** Which slides the attract loop shows, in this order: totals, opportunities (featured), funnel (projects from talks to production), chains, regions, stories (investor stories). */
      slides: z.array(z.enum(kioskSlideKinds)).min(1).default([...kioskSlideKinds]),
      /** Seconds each slide stays before the loop moves on. */
      intervalSeconds: z.int().min(4).max(300).default(12),
      /** Seconds without a touch before the kiosk starts counting down back to its attract loop. */
      idleSeconds: z.int().min(15).max(3600).default(90),
      /** Seconds of the visible countdown before the reset; a touch cancels it. */
      countdownSeconds: z.int().min(3).max(60).default(10),
      /** The language the kiosk starts in and returns to after the idle reset. */
      defaultLanguage: z.enum(locales).default(defaultLocale),
    })
    .prefault({}),
  /** The Traditional Chinese edition (`/zh-hant/…`), converted from the Chinese content at build; names it gets wrong go in zh-hant-overrides.yaml. */
  traditionalChinese: z
    .strictObject({
      /** Build the edition: true or false. */
      build: z.boolean().default(false),
      /** Conversion standard: twp (Taiwan, with Taiwan's words: 資訊, 軟體), tw (Taiwan characters only) or hk (Hong Kong characters). */
      standard: z.enum(chineseStandards).default('twp'),
    })
    .prefault({}),
  /** The date these settings were last checked. */
  updated: isoDate,
}).superRefine((site, context) => {
  if (site.kiosk.defaultLanguage === 'zh-hant' && !site.traditionalChinese.build) {
    context.addIssue({
      code: 'custom',
      path: ['kiosk', 'defaultLanguage'],
      message: bi('繁体中文版未启用（traditionalChinese.build 为 false），展台不能以它为默认语言', 'the kiosk cannot start in Traditional Chinese while traditionalChinese.build is false'),
    });
  }
});

export type Site = z.infer<typeof siteSchema>;
