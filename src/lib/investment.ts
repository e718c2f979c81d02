/**
 * A project's total investment as readers see it: the exact amount, or 面议 / "to be negotiated"
 * (with the indicative amount when the list gives one), and the investment band it is filtered by.
 */
import { t } from './i18n.ts';
import { fixedAmount, investmentBand, readableMoney, statedAmount, type Investment, type InvestmentBand } from './money.ts';
import type { Locale } from './vocabulary.ts';

/** "15亿元" / "CNY 1.5 billion"; "面议" / "to be negotiated"; "面议（参考：15亿元）". */
export function formatInvestment(investment: Investment, locale: Locale): string {
  const stated = statedAmount(investment);
  if (!investment.negotiable) return readableMoney(stated!, locale).text;
  return stated ? t(locale, 'investment.negotiableIndicative', { amount: readableMoney(stated, locale).text }) : t(locale, 'investment.negotiable');
}

/** The band filter value: a band by amount, or `negotiable`, so those projects can be found too. */
export type InvestmentBandValue = InvestmentBand | 'negotiable';

export function investmentBandOf(investment: Investment, cnyPerUsd: number): InvestmentBandValue {
  const fixed = fixedAmount(investment);
  return fixed ? investmentBand(fixed, cnyPerUsd) : 'negotiable';
}
