/**
 * The report `npm run check` prints: problems grouped by file, one line each as
 * `file:line  field  message` (Chinese, then English below it), then a summary.
 * The `file:line` at the start of each line lets editors and terminals jump to the spot.
 */
import type { FreshnessCounts } from '../freshness.ts';
import { formatPath, type ContentProblem } from './problems.ts';

export type Severity = 'error' | 'warning';

export interface ReportInput {
  errors: readonly ContentProblem[];
  warnings: readonly ContentProblem[];
  /** Entries per collection, when the content could be loaded. */
  counts?: { regions: number; chains: number; opportunities: number; policies: number; articles?: number };
  /** Expired and stale opportunities and policies per top-level region, when the content could be loaded. */
  freshness?: FreshnessReport;
}

export interface FreshnessReport {
  /** The date the check treats as today. */
  asOf: string;
  /** One row per top-level region (its name in both languages), then guide-wide policies (`name` undefined). */
  rows: { name: { zh: string; en: string } | undefined; opportunities: FreshnessCounts; policies: FreshnessCounts }[];
  /** Every entry once. */
  totals: { opportunities: FreshnessCounts; policies: FreshnessCounts };
}

function countsText(counts: FreshnessCounts): string {
  return `${counts.total}（过期 expired ${counts.expired}，久未更新 stale ${counts.stale}）`;
}

/**
 * The freshness summary: per top-level region, how many opportunities and policies are past
 * their date (expired) or not updated for over a year (stale), so staff see where to look first.
 */
export function formatFreshness(report: FreshnessReport): string[] {
  const lines = [`时效 / freshness (${report.asOf}): 过期 = 已过有效期 past validUntil/expires · 久未更新 = 超过一年未更新 not updated for over a year`];
  for (const row of report.rows) {
    const name = row.name ? (row.name.zh === row.name.en ? row.name.zh : `${row.name.zh} / ${row.name.en}`) : '全域政策 / guide-wide';
    const parts: string[] = [];
    if (row.opportunities.total > 0) parts.push(`机遇 opportunities ${countsText(row.opportunities)}`);
    if (row.policies.total > 0) parts.push(`政策 policies ${countsText(row.policies)}`);
    if (parts.length === 0) parts.push('无机遇和政策 / no opportunities or policies');
    const flag = row.opportunities.expired + row.opportunities.stale + row.policies.expired + row.policies.stale > 0 ? '!' : ' ';
    lines.push(`${flag} ${name}: ${parts.join(' · ')}`);
  }
  const { opportunities, policies } = report.totals;
  lines.push(`  合计 / total: 机遇 opportunities ${countsText(opportunities)} · 政策 policies ${countsText(policies)}`);
  lines.push('');
  return lines;
}

const severityLabel: Record<Severity, string> = { error: '错误/error', warning: '警告/warning' };

function byPosition(a: ContentProblem, b: ContentProblem): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

export function formatProblemLine(problem: ContentProblem, severity: Severity): string[] {
  const position = `${problem.file}:${problem.line ?? 1}`;
  const field = problem.path.length > 0 ? formatPath(problem.path) : '-';
  const lines = [`${position}  ${field}  ${severityLabel[severity]}  ${problem.message.zh}`];
  if (problem.message.en !== problem.message.zh) lines.push(`${' '.repeat(position.length)}  ${problem.message.en}`);
  return lines;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** The full report as lines of text. */
export function formatReport({ errors, warnings, counts, freshness }: ReportInput): string[] {
  const files = new Map<string, { problem: ContentProblem; severity: Severity }[]>();
  for (const [list, severity] of [
    [errors, 'error'],
    [warnings, 'warning'],
  ] as const) {
    for (const problem of list) {
      const group = files.get(problem.file) ?? [];
      group.push({ problem, severity });
      files.set(problem.file, group);
    }
  }
  const lines: string[] = [];
  for (const file of [...files.keys()].sort()) {
    const group = files.get(file)!;
    group.sort((a, b) => (a.severity === b.severity ? byPosition(a.problem, b.problem) : a.severity === 'error' ? -1 : 1));
    const errorCount = group.filter((item) => item.severity === 'error').length;
    const warningCount = group.length - errorCount;
    lines.push(`${file}  (${errorCount} 错误 / ${plural(errorCount, 'error')}, ${warningCount} 警告 / ${plural(warningCount, 'warning')})`);
    for (const { problem, severity } of group) lines.push(...formatProblemLine(problem, severity).map((line) => `  ${line}`));
    lines.push('');
  }
  if (freshness) lines.push(...formatFreshness(freshness));
  if (counts) {
    lines.push(
      `条目 / entries: 地区 regions ${counts.regions} · 产业链 chains ${counts.chains} · 机遇 opportunities ${counts.opportunities} · 政策 policies ${counts.policies}${counts.articles === undefined ? '' : ` · 文章 articles ${counts.articles}`}`,
    );
  }
  lines.push(`错误 / errors: ${errors.length}   警告 / warnings: ${warnings.length}   文件 / files with findings: ${files.size}`);
  lines.push(
    errors.length > 0
      ? '内容检查未通过：请修改上面列出的错误。/ Content check failed: fix the errors listed above.'
      : warnings.length > 0
        ? '内容检查通过，但有警告。/ Content OK, with warnings.'
        : '内容检查通过。/ Content OK.',
  );
  return lines;
}
