/**
 * The report `npm run check` prints: problems grouped by file, one line each as
 * `file:line  field  message` (Chinese, then English below it), then a summary.
 * The `file:line` at the start of each line lets editors and terminals jump to the spot.
 */
import { formatPath, type ContentProblem } from './problems.ts';

export type Severity = 'error' | 'warning';

export interface ReportInput {
  errors: readonly ContentProblem[];
  warnings: readonly ContentProblem[];
  /** Entries per collection, when the content could be loaded. */
  counts?: { regions: number; chains: number; opportunities: number; policies: number; articles?: number };
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
export function formatReport({ errors, warnings, counts }: ReportInput): string[] {
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
