/**
 * The regions' cost of doing business as CSV: one row per indicator of a region, so a
 * spreadsheet can filter and pivot it. UTF-8 with a byte-order mark for Excel on Chinese Windows.
 */
import { stringify } from 'csv-stringify/sync';
import { t, type UiKey } from '../i18n.ts';
import type { RegionRecord } from './records.ts';

type CostRow = { region: RegionRecord; cost: RegionRecord['costs'][number] };

/** Column → value; the Data page lists these names. */
export const costColumns: [string, (row: CostRow) => string | number | boolean | null][] = [
  ['region_id', ({ region }) => region.id],
  ['region_zh', ({ region }) => region.name.zh],
  ['region_en', ({ region }) => region.name.en],
  ['indicator', ({ cost }) => cost.indicator],
  ['indicator_zh', ({ cost }) => t('zh', `enum.costIndicator.${cost.indicator}` as UiKey)],
  ['indicator_en', ({ cost }) => t('en', `enum.costIndicator.${cost.indicator}` as UiKey)],
  ['value', ({ cost }) => cost.value],
  ['unit', ({ cost }) => cost.unit],
  ['text_zh', ({ cost }) => cost.text?.zh ?? null],
  ['text_en', ({ cost }) => cost.text?.en ?? null],
  ['place_zh', ({ cost }) => cost.place?.zh ?? null],
  ['place_en', ({ cost }) => cost.place?.en ?? null],
  ['year', ({ cost }) => cost.year],
  ['date', ({ cost }) => cost.date],
  ['source_zh', ({ cost }) => cost.source?.title.zh ?? null],
  ['source_en', ({ cost }) => cost.source?.title.en ?? null],
  ['source_url', ({ cost }) => cost.source?.url ?? null],
  ['illustrative', ({ cost }) => cost.illustrative],
];

export function costsCsv(regions: readonly RegionRecord[]): string {
  const rows = regions.flatMap((region) => region.costs.map((cost) => costColumns.map(([, value]) => value({ region, cost }) ?? '')));
  return stringify(rows, {
    bom: true,
    header: true,
    columns: costColumns.map(([name]) => name),
    cast: { boolean: (value) => (value ? 'true' : 'false') },
    record_delimiter: 'windows',
  });
}
