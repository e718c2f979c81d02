/**
 * The cost of doing business an investor compares between regions (营商成本): land, rent,
 * utilities, wages, tax and the way to the nearest port, airport and rail hub. Each indicator
 * has the units it may be written in; staff may write a unit's Chinese label (万元/亩) instead of
 * its key. Labels in both languages live in `src/i18n/` (`enum.costIndicator.*`, `enum.costUnit.*`).
 */

/** The indicators, in the order pages and tables show them. */
export const costIndicators = [
  'land-price',
  'factory-rent',
  'power',
  'water',
  'gas',
  'wage',
  'tax-incentives',
  'port',
  'airport',
  'rail-hub',
] as const;
export type CostIndicator = (typeof costIndicators)[number];

/** Units a cost figure may carry. */
export const costUnits = [
  'yuan-per-mu',
  'wan-yuan-per-mu',
  'yuan-per-sqm-month',
  'yuan-per-kwh',
  'yuan-per-m3',
  'yuan-per-month',
  'km',
  'minutes',
  'hours',
] as const;
export type CostUnit = (typeof costUnits)[number];

const transportUnits = ['km', 'minutes', 'hours'] as const satisfies readonly CostUnit[];

/**
 * The units each indicator accepts; an empty list means the indicator is a text (the tax
 * incentives are conditions, not one number).
 */
export const indicatorUnits: Record<CostIndicator, readonly CostUnit[]> = {
  'land-price': ['wan-yuan-per-mu', 'yuan-per-mu'],
  'factory-rent': ['yuan-per-sqm-month'],
  power: ['yuan-per-kwh'],
  water: ['yuan-per-m3'],
  gas: ['yuan-per-m3'],
  wage: ['yuan-per-month'],
  'tax-incentives': [],
  port: transportUnits,
  airport: transportUnits,
  'rail-hub': transportUnits,
};

/** True for indicators written as text rather than a figure. */
export function isTextIndicator(indicator: CostIndicator): boolean {
  return indicatorUnits[indicator].length === 0;
}

/** True for the way to a port, airport or rail hub, which may name the place reached. */
export function isTransportIndicator(indicator: CostIndicator): boolean {
  return indicatorUnits[indicator] === transportUnits;
}
