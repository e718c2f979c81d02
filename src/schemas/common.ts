/**
 * Building blocks shared by the collection schemas: localised text, exact money and figures,
 * calendar dates, coordinates, contacts and sources.
 */
import { z } from 'astro/zod';
import zhLabels from '../i18n/zh.json' with { type: 'json' };
import { bi } from '../lib/content/bilingual.ts';
import { coordinateSystems, toWgs84 } from '../lib/coordinates.ts';
import { isIsoDate } from '../lib/dates.ts';
import { isDecimalString, numberToDecimalString } from '../lib/decimal.ts';
import { moneyUnits, toCents } from '../lib/money.ts';
import { figureUnits } from '../lib/vocabulary.ts';

/** Ids name files and appear in URLs: lowercase letters, digits and hyphens. */
export const idPattern = /^[a-z0-9][a-z0-9-]*$/;

/** A reference to another entry by its id (the file name without extension). */
export const entryId = z
  .string()
  .regex(idPattern, {
    error: bi('编号只能用小写字母、数字和连字符，例如 jiutai-devzone', 'ids use lowercase letters, digits and hyphens, e.g. jiutai-devzone'),
  });

/** Every value each vocabulary schema accepts (keys and Chinese labels), for the editors' JSON Schemas. */
export const vocabularyChoices = new WeakMap<object, string[]>();

/** The keys of each vocabulary schema with their Chinese labels, for the browser editor's dropdowns. */
export const vocabularyLabels = new WeakMap<object, { key: string; label: string }[]>();

/**
 * A closed vocabulary. Staff may write the key (`gap`) or its Chinese label from
 * `src/i18n/zh.json` (`缺失`); both parse to the key.
 */
export function vocabulary<const Key extends string>(name: string, keys: readonly [Key, ...Key[]]) {
  const labels = zhLabels as Record<string, string>;
  const aliases = new Map<string, Key>();
  for (const key of keys) {
    const label = labels[`enum.${name}.${key}`];
    if (label) aliases.set(label, key);
  }
  const choicesZh = keys.map((key) => `${key}（${labels[`enum.${name}.${key}`] ?? key}）`).join('、');
  const schema = z.preprocess(
    (value) => (typeof value === 'string' ? (aliases.get(value.trim()) ?? value.trim()) : value),
    z.enum(keys, {
      error: (issue) =>
        // A missing or empty field reads as such, not as the value "undefined".
        issue.input === undefined
          ? bi('缺少必填字段', 'required field is missing')
          : issue.input === null
            ? bi('必填，尚未填写', 'required, not filled in yet')
            : bi(
          `${JSON.stringify(issue.input)} 不是可选值；应为以下之一：${choicesZh}`,
          `${JSON.stringify(issue.input)} is not allowed; use one of: ${keys.join(', ')}`,
        ),
    }),
  );
  vocabularyChoices.set(schema, [...keys, ...aliases.keys()]);
  vocabularyLabels.set(schema, keys.map((key) => ({ key, label: labels[`enum.${name}.${key}`] ?? key })));
  return schema;
}

/** Text in both languages. Chinese is required; missing English falls back visibly to Chinese. */
export const localizedText = z.strictObject({
  /** Simplified Chinese text. */
  zh: z.string().trim().min(1),
  /** English text; when absent the page shows the Chinese with a "translation pending" notice. */
  en: z.string().trim().min(1).optional(),
});
export type LocalizedText = z.infer<typeof localizedText>;

/** A calendar date written YYYY-MM-DD (kept as a string: dates here have no time zone). */
export const isoDate = z.string().refine(isIsoDate, {
  error: bi('日期应为真实存在的日期，写作 YYYY-MM-DD，例如 2024-08-01', 'must be a real date written YYYY-MM-DD, e.g. 2024-08-01'),
});

/** A year such as 2024. */
export const year = z.int().min(1949).max(2100);

/**
 * An exact, non-negative decimal: a YAML number (15, 25.22) or a quoted decimal ("25.22").
 * Output is the decimal string, so no float rounding can creep in.
 */
export function exactDecimal({ allowNegative = false } = {}) {
  return z.union([z.number(), z.string()], {
    error: bi('应为数字', 'must be a number'),
  }).transform((value, context) => {
    const text = typeof value === 'number' ? numberToDecimalString(value) : value.trim().replaceAll(',', '');
    if (text === null || !isDecimalString(text)) {
      context.addIssue({
        code: 'custom',
        message: bi(
          `应为纯数字（单位另写在 unit 字段），而不是 ${JSON.stringify(value)}`,
          `must be a plain number (the unit goes in \`unit\`), not ${JSON.stringify(value)}`,
        ),
      });
      return z.NEVER;
    }
    if (text.startsWith('-') && !allowNegative) {
      context.addIssue({ code: 'custom', message: bi('不能为负数', 'must not be negative') });
      return z.NEVER;
    }
    return text;
  });
}

/** 亿元, 万元, 元, USD, 万美元 or 亿美元. */
const moneyUnit = z.enum(moneyUnits, {
  error: bi(`单位应为以下之一：${moneyUnits.join('、')}`, `unit must be one of: ${moneyUnits.join(', ')}`),
});

/** The checks every amount of money passes: not zero, and exact to the cent. */
function checkAmount(value: { amount: string; unit: (typeof moneyUnits)[number] }, context: z.RefinementCtx): void {
  if (/^0(\.0+)?$/.test(value.amount)) {
    context.addIssue({ code: 'custom', path: ['amount'], message: bi('金额不能为零', 'amount must not be zero') });
  } else if (toCents(value) === null) {
    context.addIssue({
      code: 'custom',
      path: ['amount'],
      message: bi('金额精确到分即可，小数位太多', 'amount has more decimals than cents allow'),
    });
  }
}

/** Money exactly as written: an amount and its unit. */
export const money = z
  .strictObject({
    /** The amount in `unit`s: a number such as 15 or 25.22, never with the unit inside ("15亿元" is an error). */
    amount: exactDecimal(),
    /** 亿元, 万元, 元, USD, 万美元 or 亿美元. */
    unit: moneyUnit,
  })
  .superRefine(checkAmount);

/**
 * A project's total investment: an exact amount and unit, or `negotiable: true` when the list
 * says 待定 or 面议. A negotiable investment may still give an indicative amount; pages show
 * 面议 / "to be negotiated", and totals and investment bands leave it out.
 */
export const investment = z
  .strictObject({
    /** The amount in `unit`s, e.g. 15 or 25.22; may be left out when `negotiable` is true. */
    amount: exactDecimal().optional(),
    /** 亿元, 万元, 元, USD, 万美元 or 亿美元; goes with `amount`. */
    unit: moneyUnit.optional(),
    /** true when the amount is still to be agreed (待定, 面议): shown as 面议 and left out of totals. */
    negotiable: z.boolean().default(false),
  })
  .superRefine((value, context) => {
    if (value.amount === undefined && value.unit === undefined) {
      if (!value.negotiable) {
        context.addIssue({
          code: 'custom',
          path: ['amount'],
          message: bi('缺少金额；投资额待定或面议时写 negotiable: true', 'the amount is missing; write negotiable: true when it is still to be agreed'),
        });
      }
      return;
    }
    if (value.amount === undefined) {
      context.addIssue({ code: 'custom', path: ['amount'], message: bi('写了单位就要写金额', 'a unit needs an amount') });
    } else if (value.unit === undefined) {
      context.addIssue({ code: 'custom', path: ['unit'], message: bi('金额要有单位，如 亿元、万元', 'the amount needs a unit, e.g. 亿元 or 万元') });
    } else {
      checkAmount({ amount: value.amount, unit: value.unit }, context);
    }
  });

/** A point on the map. */
export const point = z
  .strictObject({
    /** Latitude in degrees, −90 to 90 (China spans about 18 to 54). */
    lat: z.number().min(-90).max(90),
    /** Longitude in degrees, −180 to 180 (China spans about 73 to 135). */
    lng: z.number().min(-180).max(180),
    /** The system the point was picked in: wgs84 (default, GPS), cgcs2000, gcj02 (Amap, Tencent) or bd09 (Baidu). */
    crs: z.enum(coordinateSystems).default('wgs84'),
  })
  .transform(({ lat, lng, crs }) => toWgs84({ lat, lng }, crs));

/** Where a fact comes from. */
export const source = z.strictObject({
  /** Title of the source document or report. */
  title: localizedText,
  /** Link to the source, if it is online. */
  url: z.url({ protocol: /^https?$/ }).optional(),
  /** Publication date of the source. */
  date: isoDate.optional(),
});

const phonePattern = /^\+?[\d\s()-]{5,}$/;

/** A named person or desk an investor can reach. */
export const contact = z
  .strictObject({
    /** Person or desk name. */
    name: localizedText,
    /** Job title or role, e.g. 招商科科长. */
    role: localizedText.optional(),
    /** Organisation, e.g. 九台区招商服务中心. */
    organization: localizedText.optional(),
    /** Telephone, digits with optional +, spaces, hyphens and brackets. */
    phone: z
      .string()
      .regex(phonePattern, { error: bi('电话号码格式不对', 'not a telephone number') })
      .optional(),
    /** E-mail address. */
    email: z.email({ error: bi('邮箱地址格式不对', 'not an e-mail address') }).optional(),
    /** WeChat ID (微信号) an investor can add: 6–20 letters, digits, _ or -, starting with a letter. */
    wechat: z
      .string()
      .regex(/^[A-Za-z][-_A-Za-z0-9]{5,19}$/, { error: bi('微信号应为 6–20 位字母、数字、下划线或减号，以字母开头', 'a WeChat ID is 6–20 letters, digits, _ or -, starting with a letter') })
      .optional(),
    /** Postal address. */
    address: localizedText.optional(),
  })
  .refine((value) => value.phone !== undefined || value.email !== undefined, {
    error: bi('联系人至少要有电话或邮箱之一', 'a contact needs a phone number or an e-mail address'),
  });

/** A key figure such as GDP or contracted investment, with the year and source it belongs to. */
export const figure = z.strictObject({
  /** What the figure measures. */
  label: localizedText,
  /** The value, exact, in `unit`s (may be negative, e.g. a growth rate of −3.2%). */
  value: exactDecimal({ allowNegative: true }),
  /** A money unit (亿元 …), a common unit (%, 个, 亩, 万人 …) or your own `{ zh, en }`. */
  unit: z.union([z.enum(moneyUnits), z.enum(figureUnits), localizedText], {
    error: bi(
      `单位应为 ${[...moneyUnits, ...figureUnits].join('、')} 之一，或写成 { zh, en }`,
      `unit must be one of ${[...moneyUnits, ...figureUnits].join(', ')}, or a { zh, en } pair`,
    ),
  }),
  /** The year the figure describes; leave it out only when the source does not say (the page then says so). */
  year: year.optional(),
  /** Where the figure comes from. */
  source: source.optional(),
});
export type Figure = z.infer<typeof figure>;

/** Optional prose in both languages, written in Markdown (raw HTML is not allowed). */
export const prose = localizedText;
