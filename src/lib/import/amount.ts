/**
 * Investment amounts as 机遇清单 spreadsheets write them — `5亿元`, `5000万元`, `1.2亿`,
 * `USD 20 million`, `3,000万美元` — turned into the content model's exact amount and unit.
 * No floating point: `1.2亿` stays 1.2 亿元, `USD 20 million` becomes exactly 2000 万美元.
 */
import { formatScaled, isDecimalString, parseDecimal, shift } from '../decimal.ts';
import type { MoneyUnit } from '../money.ts';

export type AmountResult =
  /** An amount; `approximate` when the cell said 约 or 左右, which the import reports. */
  | { ok: true; amount: string; unit: MoneyUnit; approximate?: true }
  /** 待定, 面议, 暂定, 另议 or an empty cell: still to be agreed; a range (3-5亿元) gives its lower end as an indication. */
  | { ok: true; negotiable: true; indicative?: { amount: string; unit: MoneyUnit } }
  | { ok: false; reason: { zh: string; en: string } };

type Exact = { ok: true; amount: string; unit: MoneyUnit } | { ok: false; reason: { zh: string; en: string } };

/** What lists write when the amount is not settled yet; an empty cell or a dash means the same. */
const negotiableWords = /^(待定|面议|暂定|另议|待议|协商|商议|洽谈|再议|未定|不详|tbd|tbc|n\/a|negotiable|to be negotiated|to be determined|[-—–－/／]+)$/i;

/** Whether an investment cell says the amount is still to be agreed. */
export function isNegotiableText(raw: string): boolean {
  const text = normalizeNumberText(raw).replace(/[。.]$/, '');
  return text === '' || negotiableWords.test(text);
}

const chineseUnits: Record<string, MoneyUnit> = {
  亿元: '亿元',
  亿人民币: '亿元',
  亿元人民币: '亿元',
  亿: '亿元',
  万元: '万元',
  万人民币: '万元',
  万元人民币: '万元',
  万: '万元',
  元: '元',
  亿美元: '亿美元',
  万美元: '万美元',
  美元: 'USD',
};

/** Turns full-width digits and punctuation into ASCII and drops grouping commas and spaces. */
export function normalizeNumberText(text: string): string {
  return text
    .replace(/[０-９．，]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(/(?<=\d),(?=\d{3})/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const number = String.raw`(\d+(?:\.\d+)?)`;
const chinesePattern = new RegExp(`^(?:约|总投资)?${number}\\s*(${Object.keys(chineseUnits).sort((a, b) => b.length - a.length).join('|')})$`);
const usdBefore = new RegExp(`^(?:usd|us\\$|\\$|us dollars?)\\s*${number}\\s*(million|mn|m|billion|bn|b|thousand|k)?$`, 'i');
const usdAfter = new RegExp(`^${number}\\s*(million|mn|m|billion|bn|b|thousand|k)?\\s*(?:usd|us dollars?|dollars?)$`, 'i');
const cnyBefore = new RegExp(`^(?:rmb|cny|¥|￥)\\s*${number}\\s*(million|mn|m|billion|bn|b|thousand|k)?$`, 'i');
const cnyAfter = new RegExp(`^${number}\\s*(million|mn|m|billion|bn|b|thousand|k)?\\s*(?:rmb|cny|yuan)$`, 'i');

/** Exactly `value × 10^power`, as a decimal string. */
function scaled(value: string, power: number): string {
  return formatScaled(shift(parseDecimal(value), power));
}

/** English magnitudes expressed in the units of the content model without losing digits. */
function english(value: string, magnitude: string | undefined, currency: 'USD' | 'CNY'): { amount: string; unit: MoneyUnit } {
  const word = (magnitude ?? '').toLowerCase();
  const tenThousand: MoneyUnit = currency === 'USD' ? '万美元' : '万元';
  const hundredMillion: MoneyUnit = currency === 'USD' ? '亿美元' : '亿元';
  const one: MoneyUnit = currency === 'USD' ? 'USD' : '元';
  if (['million', 'mn', 'm'].includes(word)) return { amount: scaled(value, 2), unit: tenThousand }; // 1 million = 100 万
  if (['billion', 'bn', 'b'].includes(word)) return { amount: scaled(value, 1), unit: hundredMillion }; // 1 billion = 10 亿
  if (['thousand', 'k'].includes(word)) return { amount: scaled(value, 3), unit: one };
  return { amount: formatScaled(parseDecimal(value)), unit: one };
}

const approximateBefore = /^(约|大约|预计|估算|估计|计划|拟投资|拟投|approx\.?|about|around|c\.)\s*/i;
const approximateAfter = /\s*(左右|以上|余|多|上下|[（(](暂估|估算|预计)[)）])$/;
const rangePattern = /^(.+?)\s*(?:-|~|～|—|–|－|至|到)\s*(.+)$/;

/**
 * Parses an amount. `defaultUnit` comes from the column heading (`总投资（亿元）`) and applies
 * to bare numbers only. `约5亿元` and `5亿元左右` read as 5 亿元, marked approximate; a range
 * such as `3-5亿元` or `3亿至5亿元` is negotiable, with its lower end as an indication.
 */
export function parseAmount(raw: string, defaultUnit?: MoneyUnit): AmountResult {
  if (isNegotiableText(raw)) return { ok: true, negotiable: true };
  const text = normalizeNumberText(raw).replace(/^总投资/, '').trim();
  const bare = text.replace(approximateBefore, '').replace(approximateAfter, '').trim();
  const exact = exactAmount(bare, raw, defaultUnit);
  if (exact.ok) return bare === text ? exact : { ...exact, approximate: true };
  const range = rangePattern.exec(bare);
  if (range) {
    const high = exactAmount(range[2], raw, defaultUnit);
    // `3-5亿元`: the lower end takes the upper end's unit.
    const low = high.ok ? exactAmount(range[1], raw, high.unit) : exactAmount(range[1], raw, defaultUnit);
    if (low.ok && high.ok) return { ok: true, negotiable: true, indicative: { amount: low.amount, unit: low.unit } };
  }
  return exact;
}

function exactAmount(text: string, raw: string, defaultUnit: MoneyUnit | undefined): Exact {
  let match = chinesePattern.exec(text.replace(/\s/g, ''));
  if (match) return { ok: true, amount: formatScaled(parseDecimal(match[1])), unit: chineseUnits[match[2]] };
  if ((match = usdBefore.exec(text) ?? usdAfter.exec(text))) return { ok: true, ...english(match[1], match[2], 'USD') };
  if ((match = cnyBefore.exec(text) ?? cnyAfter.exec(text))) return { ok: true, ...english(match[1], match[2], 'CNY') };
  if (isDecimalString(text)) {
    if (defaultUnit) return { ok: true, amount: formatScaled(parseDecimal(text)), unit: defaultUnit };
    return {
      ok: false,
      reason: {
        zh: `总投资 "${raw}" 没有单位：请写成 5亿元、5000万元，或在列标题中注明单位，如“总投资（亿元）”`,
        en: `total investment "${raw}" has no unit: write 5亿元 or 5000万元, or put the unit in the column heading, e.g. 总投资（亿元）`,
      },
    };
  }
  return {
    ok: false,
    reason: {
      zh: `无法识别总投资 "${raw}"：应为 5亿元、5000万元、1.2亿 或 USD 20 million 这样的金额`,
      en: `cannot read total investment "${raw}": expected an amount such as 5亿元, 5000万元, 1.2亿 or USD 20 million`,
    },
  };
}

/** The money unit named in a heading such as `总投资（亿元）` or `Investment (USD million)`. */
export function unitFromHeading(heading: string): MoneyUnit | undefined {
  const inside = /[(（]([^)）]+)[)）]/.exec(heading)?.[1]?.trim();
  if (!inside) return undefined;
  if (chineseUnits[inside]) return chineseUnits[inside];
  if (/^usd$/i.test(inside)) return 'USD';
  return undefined;
}
