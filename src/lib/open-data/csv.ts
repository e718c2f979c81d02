/**
 * The opportunity list as CSV, one row per opportunity and one column per field. UTF-8 with a
 * byte-order mark: without it Excel on Chinese Windows reads UTF-8 as GBK and garbles every name.
 */
import { stringify } from 'csv-stringify/sync';
import { currencyOf, sumMoney } from '../money.ts';
import type { OpportunityRecord } from './records.ts';

/** Funds in place added up exactly in one currency, in yuan or dollars; empty when none. */
function fundsInPlaceTotal(record: OpportunityRecord, currency: 'CNY' | 'USD'): string | null {
  const payments = record.fundsInPlace.map((payment) => ({ amount: payment.amount, unit: payment.unit })).filter((money) => currencyOf(money.unit) === currency);
  return payments.length === 0 ? null : sumMoney(payments)[0].amount;
}

/** Column → value. The column names are documented on the Data page. */
export const opportunityColumns: [string, (record: OpportunityRecord) => string | number | boolean | null][] = [
  ['id', (r) => r.id],
  ['title_zh', (r) => r.title.zh],
  ['title_en', (r) => r.title.en],
  ['summary_zh', (r) => r.summary.zh],
  ['summary_en', (r) => r.summary.en],
  ['region_id', (r) => r.region.id],
  ['region_zh', (r) => r.region.name?.zh ?? null],
  ['region_en', (r) => r.region.name?.en ?? null],
  ['chain_id', (r) => r.chain?.id ?? null],
  ['node_id', (r) => r.node?.id ?? null],
  ['industry_id', (r) => r.industry.id],
  ['industry_zh', (r) => r.industry.name?.zh ?? null],
  ['industry_en', (r) => r.industry.name?.en ?? null],
  ['investment_amount', (r) => r.investment.amount],
  ['investment_unit', (r) => r.investment.unit],
  ['investment_negotiable', (r) => r.investment.negotiable],
  ['cooperation', (r) => r.cooperation.join(';')],
  ['stage', (r) => r.stage],
  ['signed_amount', (r) => r.signedAmount?.amount ?? null],
  ['signed_unit', (r) => r.signedAmount?.unit ?? null],
  ['signed_date', (r) => r.signedAmount?.date ?? null],
  ['funds_in_place_cny', (r) => fundsInPlaceTotal(r, 'CNY')],
  ['funds_in_place_usd', (r) => fundsInPlaceTotal(r, 'USD')],
  ['preparation', (r) => r.preparation],
  ['land_area_mu', (r) => r.land?.areaMu ?? null],
  ['contact_zh', (r) => r.contact.name.zh],
  ['contact_en', (r) => r.contact.name.en],
  ['contact_phone', (r) => r.contact.phone],
  ['contact_email', (r) => r.contact.email],
  ['batch_zh', (r) => r.batch?.zh ?? null],
  ['published', (r) => r.published],
  ['valid_until', (r) => r.validUntil],
  ['open', (r) => r.open],
  ['lat', (r) => r.location?.lat ?? null],
  ['lng', (r) => r.location?.lng ?? null],
  ['updated', (r) => r.updated],
  ['url_zh', (r) => r.url.zh],
  ['url_en', (r) => r.url.en],
];

export function opportunitiesCsv(records: readonly OpportunityRecord[]): string {
  const rows = records.map((record) => opportunityColumns.map(([, value]) => value(record) ?? ''));
  return writeCsv(opportunityColumns.map(([name]) => name), rows);
}

/** Any table as CSV the way Excel on Chinese Windows reads it: BOM, header row, CRLF. */
export function writeCsv(columns: readonly string[], rows: readonly (readonly (string | number | boolean)[])[]): string {
  return stringify(rows as (string | number | boolean)[][], {
    bom: true,
    header: true,
    columns: [...columns],
    cast: { boolean: (value) => (value ? 'true' : 'false') },
    record_delimiter: 'windows',
  });
}

/** The CSV columns grouped by meaning (`title_zh` and `title_en` are one field in two languages). */
export function opportunityColumnGroups(): { field: string; columns: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const [column] of opportunityColumns) {
    const field = column.replace(/_(zh|en)$/, '');
    groups.set(field, [...(groups.get(field) ?? []), column]);
  }
  return [...groups].map(([field, columns]) => ({ field, columns }));
}
