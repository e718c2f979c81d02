import { describe, expect, test } from 'vitest';
import { unpack } from '../../src/lib/content/bilingual.ts';
import { layoutBarChart } from '../../src/lib/charts/bar-chart.ts';
import { exactMoney, pipelineCharts, statsCsvRows } from '../../src/lib/charts/pipeline-charts.ts';
import type { Money } from '../../src/lib/money.ts';
import { futureDateIssues, isOpenStage, pipelineFigures, pipelineOrderIssues, quarterOf, stageRank, type PipelineRecord } from '../../src/lib/pipeline.ts';
import { opportunitySchema } from '../../src/schemas/opportunity.ts';

const yi = (amount: string): Money => ({ amount, unit: '亿元' });
const wan = (amount: string): Money => ({ amount, unit: '万元' });
const usd = (amount: string): Money => ({ amount, unit: 'USD' });

function record(overrides: Partial<PipelineRecord>): PipelineRecord {
  return { stage: 'seeking', investment: { amount: '1', unit: '亿元', negotiable: false }, industry: 'food', ...overrides };
}

const today = '2026-11-23';
const rate = 7.1;

describe('the stages run from idea to production', () => {
  test('in order, and a project leaves the open list once it is signed', () => {
    expect(['concept', 'seeking', 'negotiating', 'signed', 'landed', 'started', 'producing'].map((stage) => stageRank(stage as never))).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(isOpenStage('negotiating')).toBe(true);
    for (const stage of ['signed', 'landed', 'started', 'producing'] as const) expect(isOpenStage(stage)).toBe(false);
  });

  test('a history in date order that never goes back passes', () => {
    const issues = pipelineOrderIssues(
      record({
        stage: 'producing',
        milestones: [
          { stage: 'negotiating', date: '2022-01-10' },
          { stage: 'signed', date: '2022-03-01' },
          { stage: 'signed', date: '2022-03-01' },
          { stage: 'producing', date: '2023-07-20' },
        ],
        signedAmount: yi('15'),
        fundsInPlace: [{ date: '2022-12-31', amount: yi('4') }, { date: '2023-06-30', amount: wan('3200') }],
      }),
    );
    expect(issues).toEqual([]);
  });

  test('dates out of order, a stage going back and an entry behind its history are each named by field', () => {
    const issues = pipelineOrderIssues(
      record({
        stage: 'signed',
        milestones: [
          { stage: 'signed', date: '2023-05-01' },
          { stage: 'negotiating', date: '2023-04-01' },
          { stage: 'started', date: '2023-09-01' },
        ],
        fundsInPlace: [{ date: '2024-01-01', amount: yi('1') }, { date: '2023-12-31', amount: yi('1') }],
      }),
    );
    expect(issues.map((issue) => issue.path)).toEqual([
      ['milestones', 1, 'date'],
      ['milestones', 1, 'stage'],
      ['stage'],
      ['fundsInPlace', 1, 'date'],
    ]);
    expect(unpack(issues[0].message).en).toContain('earlier than the previous milestone');
    expect(unpack(issues[1].message).zh).toContain('阶段不能倒退');
    expect(unpack(issues[2].message).en).toBe('stage signed is earlier than the last milestone\'s started: set stage to started or later');
  });

  test('signed money needs a signed project and a dated signing', () => {
    expect(pipelineOrderIssues(record({ stage: 'negotiating', signedAmount: yi('1'), fundsInPlace: [{ date: '2024-01-01', amount: yi('1') }] })).map((issue) => issue.path)).toEqual([
      ['signedAmount'],
      ['fundsInPlace'],
    ]);
    expect(pipelineOrderIssues(record({ stage: 'signed', signedAmount: yi('1') })).map((issue) => issue.path)).toEqual([['signedAmount']]);
    // A history may skip a step: the first milestone at signed or later dates the signing.
    expect(pipelineOrderIssues(record({ stage: 'landed', signedAmount: yi('1'), milestones: [{ stage: 'landed', date: '2024-02-02' }] }))).toEqual([]);
  });

  test('no milestone or payment after today', () => {
    const issues = futureDateIssues(
      { milestones: [{ stage: 'signed', date: '2026-11-23' }, { stage: 'landed', date: '2026-11-24' }], fundsInPlace: [{ date: '2027-01-01', amount: yi('1') }] },
      today,
    );
    expect(issues.map((issue) => issue.path)).toEqual([
      ['milestones', 1, 'date'],
      ['fundsInPlace', 0, 'date'],
    ]);
    expect(unpack(issues[0].message).en).toBe('date 2026-11-24 is after today (2026-11-23): record only what has happened');
  });

  test('the schema applies the order rules with Chinese stage labels accepted', () => {
    const base = {
      title: { zh: '项目' },
      summary: { zh: '简介' },
      region: 'jiutai',
      industry: 'food',
      investment: { amount: 2, unit: '亿元' },
      cooperation: ['sole'],
      content: { zh: '内容' },
      preparation: { level: 'concept' },
      contact: { name: { zh: '招商局' }, email: 'a@example.cn' },
      published: '2024-01-01',
      updated: '2024-01-01',
    };
    const good = opportunitySchema.safeParse({ ...base, stage: '已投产', milestones: [{ stage: '已签约', date: '2024-02-01', amount: { amount: 2, unit: '亿元' } }, { stage: 'producing', date: '2025-03-01' }], signedAmount: { amount: 2, unit: '亿元' } });
    expect(good.success).toBe(true);
    expect(good.data?.stage).toBe('producing');
    expect(good.data?.milestones?.[0].stage).toBe('signed');
    const bad = opportunitySchema.safeParse({ ...base, stage: '已落地', milestones: [{ stage: 'producing', date: '2024-02-01' }] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((issue) => issue.path)).toEqual([['stage']]);
  });
});

describe('pipeline figures', () => {
  const records: PipelineRecord[] = [
    record({ stage: 'negotiating', industry: 'food', investment: { amount: '1.5', unit: '亿元', negotiable: false } }),
    record({ stage: 'negotiating', industry: 'food', investment: { amount: '7000', unit: '万美元', negotiable: false } }),
    record({ stage: 'seeking', industry: 'food', investment: { negotiable: true } }),
    // Open but past its closing date: counted nowhere.
    record({ stage: 'seeking', industry: 'logistics', validUntil: '2026-01-31', investment: { amount: '9', unit: '亿元', negotiable: false } }),
    record({
      stage: 'signed',
      industry: 'equipment',
      validUntil: '2025-01-01',
      investment: { amount: '12', unit: '亿元', negotiable: false },
      milestones: [{ stage: 'signed', date: '2025-02-14' }],
      signedAmount: yi('12'),
      fundsInPlace: [{ date: '2025-03-31', amount: wan('8000.5') }, { date: '2025-11-30', amount: usd('1250000.25') }],
    }),
    record({
      stage: 'producing',
      industry: 'equipment',
      investment: { amount: '15', unit: '亿元', negotiable: false },
      milestones: [{ stage: 'negotiating', date: '2023-10-01' }, { stage: 'started', date: '2023-12-20' }, { stage: 'producing', date: '2025-01-05' }],
      signedAmount: usd('30000000'),
      fundsInPlace: [{ date: '2023-12-31', amount: yi('0.35') }, { date: '2025-02-01', amount: yi('2.1') }, { date: '2025-03-30', amount: wan('199.5') }],
    }),
  ];
  const figures = pipelineFigures(records, today, rate);

  test('counts per stage leave out expired offers but keep signed records past their old closing date', () => {
    expect(figures.total).toBe(5);
    expect(figures.expiredLeftOut).toBe(1);
    expect(Object.fromEntries(figures.stages.map((stage) => [stage.stage, stage.count]))).toEqual({ concept: 0, seeking: 1, negotiating: 2, signed: 1, landed: 0, started: 0, producing: 1 });
  });

  test('investment per stage is exact per currency, negotiable projects left out and counted', () => {
    const negotiating = figures.stages.find((stage) => stage.stage === 'negotiating')!;
    expect(negotiating.investment).toEqual([
      { amount: '150000000', unit: '元' },
      { amount: '70000000', unit: 'USD' },
    ]);
    expect(figures.stages.find((stage) => stage.stage === 'seeking')).toMatchObject({ investment: [], negotiable: 1 });
    expect(figures.negotiable).toBe(1);
  });

  test('the funnel counts projects at a stage or beyond, from negotiation to production', () => {
    expect(figures.funnel).toEqual([
      { stage: 'negotiating', reached: 4 },
      { stage: 'signed', reached: 2 },
      { stage: 'landed', reached: 1 },
      { stage: 'started', reached: 1 },
      { stage: 'producing', reached: 1 },
    ]);
  });

  test('signed amounts count in the year of signing, funds in place in the year each arrived, exact across 亿元, 万元 and USD', () => {
    expect(figures.years).toEqual([
      { period: '2023', signed: [{ amount: '30000000', unit: 'USD' }], funds: [{ amount: '35000000', unit: '元' }] },
      { period: '2024', signed: [], funds: [] },
      {
        period: '2025',
        signed: [{ amount: '1200000000', unit: '元' }],
        // 8000.5万 + 2.1亿 + 199.5万 = 80 005 000 + 210 000 000 + 1 995 000 yuan.
        funds: [
          { amount: '292000000', unit: '元' },
          { amount: '1250000.25', unit: 'USD' },
        ],
      },
    ]);
  });

  test('and per quarter, every quarter between the first and the last shown, the latest eight at most', () => {
    expect(quarterOf('2025-03-31')).toBe('2025-Q1');
    expect(quarterOf('2025-04-01')).toBe('2025-Q2');
    expect(figures.quarters.map((quarter) => quarter.period)).toEqual(['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']);
    // 2023-Q4 .. 2025-Q4 is nine quarters: the oldest is cut.
    expect(figures.quartersCut).toBe(true);
    const q1 = figures.quarters.find((quarter) => quarter.period === '2025-Q1')!;
    expect(q1.signed).toEqual([{ amount: '1200000000', unit: '元' }]);
    expect(q1.funds).toEqual([{ amount: '292000000', unit: '元' }]);
  });

  test('top industries by projects, then by investment', () => {
    expect(figures.industries.map((industry) => [industry.industry, industry.count])).toEqual([
      ['food', 3],
      ['equipment', 2],
    ]);
    expect(figures.industries[1].investment).toEqual([{ amount: '2700000000', unit: '元' }]);
  });
});

describe('charts, tables and CSV read the same figures', () => {
  const figures = pipelineFigures(
    [
      record({ stage: 'signed', milestones: [{ stage: 'signed', date: '2024-05-01' }], signedAmount: yi('2.5'), fundsInPlace: [{ date: '2024-06-30', amount: usd('5000000') }] }),
      record({ stage: 'negotiating' }),
    ],
    today,
    rate,
  );
  const context = { cnyPerUsd: rate, industryName: (id: string) => ({ zh: `产业${id}`, en: `Industry ${id}` }) };

  test('values carry their exact amount per currency and a reader text in each language', () => {
    const zh = pipelineCharts(figures, 'zh', context);
    const byYear = zh.find((chart) => chart.id === 'by-year')!;
    expect(byYear.rows).toEqual([
      { key: '2024', label: '2024年', values: [{ magnitude: 250000000, lines: ['2.5亿元'], exact: 'CNY 250000000' }, { magnitude: 35500000, lines: ['500万美元'], exact: 'USD 5000000' }] },
    ]);
    expect(byYear.mixedCurrencies).toBe(true);
    const en = pipelineCharts(figures, 'en', context);
    expect(en.find((chart) => chart.id === 'by-year')!.rows[0].values[1].lines).toEqual(['USD 5 million']);
    expect(exactMoney([])).toBe('0');
  });

  test('a chart with nothing in it is marked empty', () => {
    const none = pipelineCharts(pipelineFigures([], today, rate), 'en', context);
    expect(none.every((chart) => chart.empty)).toBe(true);
  });

  test('the drawn bars carry the values the table shows, longest bar for the largest value', () => {
    const chart = pipelineCharts(figures, 'en', context).find((candidate) => candidate.id === 'stage-counts')!;
    const layout = layoutBarChart(chart);
    const bars = layout.rows.flatMap((row) => row.bars.map((bar) => [row.key, bar.exact, bar.widthPercent]));
    expect(bars.map(([key, exact]) => [key, exact])).toEqual(chart.rows.map((row) => [row.key, row.values[0].exact]));
    const widths = bars.map(([, , width]) => width as number);
    expect(Math.max(...widths)).toBe(58);
    expect(widths.filter((width) => width === 0)).toHaveLength(5);
  });

  test('the CSV has one row per figure and currency, labels in both languages', () => {
    const rows = statsCsvRows(figures, context);
    expect(rows).toContainEqual(['by-year', '2024', '2024年', '2024', 'signed', 'CNY', '250000000']);
    expect(rows).toContainEqual(['by-year', '2024', '2024年', '2024', 'funds', 'USD', '5000000']);
    expect(rows).toContainEqual(['stage-counts', 'negotiating', '洽谈中', 'In negotiation', 'count', '', '1']);
    expect(rows).toContainEqual(['funnel', 'signed', '已签约', 'Signed', 'reached', '', '1']);
  });
});
