/** The pipeline figures' CSV files: one for the guide, one per region (with its sub-regions), one per chain. */
import type { Atlas, Entry } from '../lib/atlas.ts';
import { statsCsvColumns, statsCsvRows } from '../lib/charts/pipeline-charts.ts';
import { writeCsv } from '../lib/open-data/csv.ts';
import { pipelineFigures } from '../lib/pipeline.ts';
import type { Opportunity } from '../schemas/index.ts';

export type StatsScope = { kind: 'guide' } | { kind: 'regions' | 'chains'; id: string };

/** `data/stats/guide.csv`, `data/stats/regions/<id>.csv`, `data/stats/chains/<id>.csv` (after the base path). */
export function statsCsvPath(scope: StatsScope, base = '/'): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}data/stats/${scope.kind === 'guide' ? 'guide' : `${scope.kind}/${scope.id}`}.csv`;
}

export function statsOpportunities(atlas: Atlas, scope: StatsScope): readonly Entry<Opportunity>[] {
  if (scope.kind === 'guide') return atlas.opportunities;
  return scope.kind === 'regions' ? atlas.opportunitiesInRegion(scope.id) : atlas.opportunitiesInChain(scope.id);
}

export function statsCsv(atlas: Atlas, scope: StatsScope): string {
  const { cnyPerUsd } = atlas.site.exchangeRate;
  const figures = pipelineFigures(statsOpportunities(atlas, scope).map((entry) => entry.data), atlas.today, cnyPerUsd);
  return writeCsv(statsCsvColumns, statsCsvRows(figures, { cnyPerUsd, industryName: (id) => atlas.industryById.get(id)?.name }));
}

export const csvResponse = (text: string) => new Response(text, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
