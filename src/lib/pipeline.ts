/**
 * A project's way from idea to production (谋划 → 招商 → 洽谈 → 签约 → 落地 → 开工 → 投产): the
 * order of the stages, the rules a dated history must keep, and the figures promotion offices
 * report: projects and investment per stage, the funnel, signed amounts and funds in place
 * (到位资金) per year and per quarter, the industries with the most projects. Sums are exact
 * (cents in BigInt) and kept per currency; yuan and dollars are never added together.
 */
import { bi } from './content/bilingual.ts';
import { isPastValidity } from './dates.ts';
import { sortValueInYuan, sumInvestments, sumMoney, type Investment, type Money } from './money.ts';
import { opportunityStages, type OpportunityStage } from './vocabulary.ts';

/** Position of a stage in the lifecycle: concept 0 … producing 6. */
export function stageRank(stage: OpportunityStage): number {
  return opportunityStages.indexOf(stage);
}

/** The first stage at which a project is no longer on offer: from here on it is a record. */
export const firstClosedStage: OpportunityStage = 'signed';

/** True while a project still looks for an investor (concept, seeking, negotiating). */
export function isOpenStage(stage: OpportunityStage): boolean {
  return stageRank(stage) < stageRank(firstClosedStage);
}

/** The funnel promotion offices report: from talks to production. */
export const funnelStages = ['negotiating', 'signed', 'landed', 'started', 'producing'] as const satisfies readonly OpportunityStage[];

/** A dated step of a project's history: the stage it reached on that day. */
export interface Milestone {
  stage: OpportunityStage;
  date: string;
  amount?: Money;
}

/** Money that arrived (到位) on a date: one payment or the amount reported for a period ending then. */
export interface FundsPayment {
  date: string;
  amount: Money;
}

/** What the pipeline figures read from an opportunity. */
export interface PipelineRecord {
  stage: OpportunityStage;
  investment: Investment;
  industry: string;
  validUntil?: string;
  milestones?: readonly Milestone[];
  signedAmount?: Money;
  fundsInPlace?: readonly FundsPayment[];
}

/** A broken rule: the field it concerns and a bilingual message (see `bi`). */
export interface PipelineIssue {
  path: (string | number)[];
  message: string;
}

const zhStage: Record<OpportunityStage, string> = {
  concept: '谋划中',
  seeking: '招商中',
  negotiating: '洽谈中',
  signed: '已签约',
  landed: '已落地',
  started: '已开工',
  producing: '已投产',
};

/** The milestone that dates the signing: the first at `signed` or later (a history may skip a step). */
export function signingMilestone(record: Pick<PipelineRecord, 'milestones'>): Milestone | undefined {
  return record.milestones?.find((milestone) => !isOpenStage(milestone.stage));
}

/**
 * Rules that need no calendar: a history in date order whose stages never go back, an entry's
 * `stage` no earlier than its last milestone, funds in date order, and signed money only on a
 * project that was signed, with a dated signing so it can be counted in its year.
 */
export function pipelineOrderIssues(record: PipelineRecord): PipelineIssue[] {
  const issues: PipelineIssue[] = [];
  const milestones = record.milestones ?? [];
  milestones.forEach((milestone, index) => {
    if (index === 0) return;
    const previous = milestones[index - 1];
    if (milestone.date < previous.date) {
      issues.push({
        path: ['milestones', index, 'date'],
        message: bi(`日期 ${milestone.date} 早于上一条进程的 ${previous.date}：进程须按时间先后排列`, `date ${milestone.date} is earlier than the previous milestone's ${previous.date}: list milestones in date order`),
      });
    }
    if (stageRank(milestone.stage) < stageRank(previous.stage)) {
      issues.push({
        path: ['milestones', index, 'stage'],
        message: bi(
          `阶段不能倒退：上一条进程已是 ${zhStage[previous.stage]}（${previous.stage}），这一条是 ${zhStage[milestone.stage]}（${milestone.stage}）`,
          `stages cannot go backwards: the previous milestone is already ${previous.stage}, this one is ${milestone.stage}`,
        ),
      });
    }
  });
  const last = milestones.at(-1);
  if (last !== undefined && stageRank(record.stage) < stageRank(last.stage)) {
    issues.push({
      path: ['stage'],
      message: bi(
        `项目阶段 ${zhStage[record.stage]}（${record.stage}）早于最后一条进程的 ${zhStage[last.stage]}（${last.stage}）：请把 stage 改为 ${last.stage} 或更后`,
        `stage ${record.stage} is earlier than the last milestone's ${last.stage}: set stage to ${last.stage} or later`,
      ),
    });
  }
  const funds = record.fundsInPlace ?? [];
  funds.forEach((payment, index) => {
    if (index > 0 && payment.date < funds[index - 1].date) {
      issues.push({
        path: ['fundsInPlace', index, 'date'],
        message: bi(`日期 ${payment.date} 早于上一笔到位资金的 ${funds[index - 1].date}：请按时间先后排列`, `date ${payment.date} is earlier than the previous payment's ${funds[index - 1].date}: list payments in date order`),
      });
    }
  });
  for (const field of ['signedAmount', 'fundsInPlace'] as const) {
    if (record[field] === undefined) continue;
    if (isOpenStage(record.stage)) {
      issues.push({
        path: [field],
        message: bi(`只有已签约（signed）或更后阶段的项目才有${field === 'signedAmount' ? '签约金额' : '到位资金'}`, `only a project at signed or later has ${field === 'signedAmount' ? 'a signed amount' : 'funds in place'}`),
      });
    } else if (field === 'signedAmount' && signingMilestone(record) === undefined) {
      issues.push({
        path: [field],
        message: bi(
          '签约金额需要签约日期：请在 milestones 中加一条 stage: signed 的进程（含 date）',
          'a signed amount needs the date of signing: add a milestone with stage: signed and its date',
        ),
      });
    }
  }
  return issues;
}

/** Dates after the build's "today": a history records what happened, not what is planned. */
export function futureDateIssues(record: Pick<PipelineRecord, 'milestones' | 'fundsInPlace'>, today: string): PipelineIssue[] {
  const issues: PipelineIssue[] = [];
  const check = (field: 'milestones' | 'fundsInPlace', date: string, index: number) => {
    if (date > today) {
      issues.push({
        path: [field, index, 'date'],
        message: bi(`日期 ${date} 晚于今天（${today}）：只记录已经发生的进程和已到位的资金`, `date ${date} is after today (${today}): record only what has happened`),
      });
    }
  };
  (record.milestones ?? []).forEach((milestone, index) => check('milestones', milestone.date, index));
  (record.fundsInPlace ?? []).forEach((payment, index) => check('fundsInPlace', payment.date, index));
  return issues;
}

/** Projects and investment at one stage. */
export interface StageFigures {
  stage: OpportunityStage;
  count: number;
  /** Fixed investments added up, one amount per currency (元 / USD). */
  investment: Money[];
  /** Projects at this stage whose investment is negotiable, left out of `investment`. */
  negotiable: number;
}

/** Money in one period: a year ("2025") or a quarter ("2025-Q3"). */
export interface PeriodFigures {
  period: string;
  signed: Money[];
  funds: Money[];
}

export interface IndustryFigures {
  industry: string;
  count: number;
  investment: Money[];
}

export interface PipelineFigures {
  /** Projects counted (every record but open offers past their closing date). */
  total: number;
  /** Open offers past `validUntil`: no longer on offer, not yet a record, so counted nowhere. */
  expiredLeftOut: number;
  /** Projects whose investment is negotiable and so not in any investment total. */
  negotiable: number;
  stages: StageFigures[];
  /** For each funnel stage, the projects that have reached it or gone further. */
  funnel: { stage: OpportunityStage; reached: number }[];
  years: PeriodFigures[];
  quarters: PeriodFigures[];
  /** True when `quarters` holds only the latest `recentQuarters` of a longer span. */
  quartersCut: boolean;
  industries: IndustryFigures[];
}

/** Quarters a dashboard shows: two years, enough to see a trend, few enough to read on a phone. */
export const recentQuarters = 8;
/** Industries a dashboard lists. */
export const topIndustryCount = 5;

export function yearOf(date: string): string {
  return date.slice(0, 4);
}

export function quarterOf(date: string): string {
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

/** Every period from the first to the last, so a year without money shows as zero, not as missing. */
function periodRange(first: string, last: string, quarters: boolean): string[] {
  const toIndex = (period: string) => (quarters ? Number(period.slice(0, 4)) * 4 + Number(period.slice(6)) - 1 : Number(period));
  const fromIndex = (index: number) => (quarters ? `${Math.floor(index / 4)}-Q${(index % 4) + 1}` : String(index));
  const periods: string[] = [];
  for (let index = toIndex(first); index <= toIndex(last); index++) periods.push(fromIndex(index));
  return periods;
}

function periodFigures(entries: { period: string; kind: 'signed' | 'funds'; amount: Money }[], quarters: boolean): PeriodFigures[] {
  if (entries.length === 0) return [];
  const sorted = entries.map((entry) => entry.period).sort();
  return periodRange(sorted[0], sorted.at(-1)!, quarters).map((period) => {
    const inPeriod = entries.filter((entry) => entry.period === period);
    return {
      period,
      signed: sumMoney(inPeriod.filter((entry) => entry.kind === 'signed').map((entry) => entry.amount)),
      funds: sumMoney(inPeriod.filter((entry) => entry.kind === 'funds').map((entry) => entry.amount)),
    };
  });
}

/** One number to rank or draw mixed currencies by (yuan, dollars at the guide's rate); never shown as a total. */
export function magnitudeInYuan(amounts: readonly Money[], cnyPerUsd: number): number {
  return amounts.reduce((sum, money) => sum + sortValueInYuan(money, cnyPerUsd), 0);
}

/**
 * The figures of a set of projects (a guide, a region with its sub-regions, a chain) as of
 * `today`. A signed amount counts in the period of its signing milestone; funds in place in the
 * period of each payment.
 */
export function pipelineFigures(records: readonly PipelineRecord[], today: string, cnyPerUsd: number): PipelineFigures {
  const counted = records.filter((record) => !(isOpenStage(record.stage) && isPastValidity(record.validUntil, today)));
  const stages = opportunityStages.map((stage) => {
    const atStage = counted.filter((record) => record.stage === stage);
    const sums = sumInvestments(atStage.map((record) => record.investment));
    return { stage, count: atStage.length, investment: sums.totals, negotiable: sums.negotiable };
  });
  const funnel = funnelStages.map((stage) => ({ stage, reached: counted.filter((record) => stageRank(record.stage) >= stageRank(stage)).length }));

  const money: { date: string; kind: 'signed' | 'funds'; amount: Money }[] = [];
  for (const record of counted) {
    const signing = signingMilestone(record);
    if (record.signedAmount !== undefined && signing !== undefined) money.push({ date: signing.date, kind: 'signed', amount: record.signedAmount });
    for (const payment of record.fundsInPlace ?? []) money.push({ date: payment.date, kind: 'funds', amount: payment.amount });
  }
  const years = periodFigures(money.map((entry) => ({ ...entry, period: yearOf(entry.date) })), false);
  const allQuarters = periodFigures(money.map((entry) => ({ ...entry, period: quarterOf(entry.date) })), true);

  const byIndustry = new Map<string, PipelineRecord[]>();
  for (const record of counted) byIndustry.set(record.industry, [...(byIndustry.get(record.industry) ?? []), record]);
  const industries = [...byIndustry]
    .map(([industry, inIndustry]) => ({ industry, count: inIndustry.length, investment: sumInvestments(inIndustry.map((record) => record.investment)).totals }))
    .sort(
      (a, b) =>
        b.count - a.count || magnitudeInYuan(b.investment, cnyPerUsd) - magnitudeInYuan(a.investment, cnyPerUsd) || a.industry.localeCompare(b.industry),
    )
    .slice(0, topIndustryCount);

  return {
    total: counted.length,
    expiredLeftOut: records.length - counted.length,
    negotiable: stages.reduce((sum, stage) => sum + stage.negotiable, 0),
    stages,
    funnel,
    years,
    quarters: allQuarters.slice(-recentQuarters),
    quartersCut: allQuarters.length > recentQuarters,
    industries,
  };
}
