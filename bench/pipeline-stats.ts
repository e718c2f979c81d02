/**
 * Cost of the pipeline statistics: figures, chart layouts (zh and en) and CSV rows for synthetic
 * guides of 1 000 and 10 000 opportunities, median of 7 runs. `npm run bench:pipeline`.
 */
import { pipelineFigures, type PipelineRecord } from '../src/lib/pipeline.ts';
import { pipelineCharts, statsCsvRows } from '../src/lib/charts/pipeline-charts.ts';
import { layoutBarChart } from '../src/lib/charts/bar-chart.ts';
import { opportunityStages } from '../src/lib/vocabulary.ts';
function records(n: number): PipelineRecord[] {
  return Array.from({ length: n }, (_, i) => {
    const stage = opportunityStages[i % 7];
    const signed = i % 7 >= 3;
    const year = 2019 + (i % 8);
    return {
      stage, industry: `industry-${i % 12}`, investment: { amount: String((i % 50) + 0.25), unit: i % 9 === 0 ? '万美元' : '亿元', negotiable: i % 13 === 0 },
      milestones: signed ? [{ stage: 'signed', date: `${year}-0${(i % 9) + 1}-15` }] : [],
      signedAmount: signed ? { amount: String((i % 30) + 1), unit: '亿元' } : undefined,
      fundsInPlace: signed ? [{ date: `${year}-0${(i % 9) + 1}-28`, amount: { amount: String((i % 700) + 0.5), unit: '万元' } }, { date: `${year + 1}-03-31`, amount: { amount: '1.25', unit: '亿元' } }] : undefined,
    } as PipelineRecord;
  });
}
const context = { cnyPerUsd: 7.1, industryName: (id: string) => ({ zh: id, en: id }) };
for (const n of [1000, 10000]) {
  const input = records(n);
  const times: number[] = [];
  for (let run = 0; run < 7; run++) {
    const start = performance.now();
    const figures = pipelineFigures(input, '2026-11-23', 7.1);
    for (const locale of ['zh', 'en'] as const) for (const chart of pipelineCharts(figures, locale, context)) layoutBarChart(chart);
    statsCsvRows(figures, context);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(n, 'median ms', times[3].toFixed(1));
}
