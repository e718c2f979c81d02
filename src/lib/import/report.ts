/** What `npm run import` prints: the columns it understood, every row's fate, and a summary. */
import type { ImportReport, RowOutcome } from './import-table.ts';

const actionLabels: Record<RowOutcome['action'], [string, string]> = {
  created: ['新建', 'created'],
  updated: ['更新', 'updated'],
  unchanged: ['未变', 'unchanged'],
  kept: ['保留', 'kept'],
  failed: ['未导入', 'not imported'],
};

export function formatImportReport(report: ImportReport, { dryRun = false } = {}): string[] {
  const lines = [`读取 / reading: ${report.source}，表头在第 ${report.headerRow} 行 / header on row ${report.headerRow}`];
  lines.push(`列 / columns: ${report.columns.map(([heading, field]) => `${heading} → ${field}`).join(', ')}`);
  if (report.unknownColumns.length > 0) {
    lines.push(`未识别的列（已忽略，可用 --columns 映射）/ columns not recognised (ignored; map them with --columns): ${report.unknownColumns.join(', ')}`);
  }
  lines.push('');
  for (const outcome of report.outcomes) {
    const [zh, en] = actionLabels[outcome.action];
    const head = `第 ${outcome.row} 行 / row ${outcome.row}  ${zh}/${en}`;
    if (outcome.action === 'failed') {
      lines.push(`${head}  ${outcome.title ?? ''}`.trimEnd());
      for (const reason of outcome.reasons) lines.push(`    ${reason.zh}`, `    ${reason.en}`);
    } else if (outcome.action === 'kept') {
      lines.push(`${head}  ${outcome.file}`, `    ${outcome.reason.zh}`, `    ${outcome.reason.en}`);
    } else {
      lines.push(`${head}  ${outcome.file}`);
    }
  }
  const count = (action: RowOutcome['action']) => report.outcomes.filter((outcome) => outcome.action === action).length;
  lines.push('');
  lines.push(
    (Object.keys(actionLabels) as RowOutcome['action'][]).map((action) => `${actionLabels[action][0]} ${actionLabels[action][1]}: ${count(action)}`).join(' · '),
  );
  if (dryRun) lines.push('试运行，未写入任何文件。/ Dry run: no file was written.');
  else if (count('created') + count('updated') > 0) lines.push('下一步 / next: npm run check，然后 / then npm start');
  return lines;
}
