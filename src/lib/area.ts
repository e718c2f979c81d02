/**
 * Land as investors elsewhere measure it. Chinese land is sold and quoted in mu (亩); an English
 * reader thinks in hectares, so English pages give both: "320 mu (≈ 21.3 ha)". One mu is
 * 10 000 / 15 m² (666.67 m²), so 15 mu are exactly one hectare.
 */
import type { Locale } from './vocabulary.ts';

export const muPerHectare = 15;
const squareMetresPerHectare = 10_000;
const hectares = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 });

/** "21.3 ha", marked ≈ when three significant digits had to round it. */
function hectareText(value: number): string {
  const text = hectares.format(value);
  const exact = Number(text.replaceAll(',', '')) === value;
  return `${exact ? '' : '≈ '}${text} ha`;
}

/** The hectares of an area in mu: "8 ha" for 120 mu, "≈ 21.3 ha" for 320 mu. */
export function hectaresFromMu(mu: string): string {
  return hectareText(Number(mu) / muPerHectare);
}

/**
 * What English adds after an area so a reader can picture it: hectares for mu, and for square
 * metres from one hectare up; nothing in Chinese, nothing for km².
 */
export function areaGloss(value: string, unit: 'mu' | 'sqm' | 'sqkm', locale: Locale): string | undefined {
  if (locale !== 'en') return undefined;
  if (unit === 'mu') return hectaresFromMu(value);
  if (unit === 'sqm' && Number(value) >= squareMetresPerHectare) return hectareText(Number(value) / squareMetresPerHectare);
  return undefined;
}
