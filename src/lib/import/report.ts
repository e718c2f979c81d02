/**
 * What `npm run import` prints: the columns it understood, every row's fate with what it had to
 * guess (so staff can check each guess), new industries, and a summary.
 */
import type { ImportReport, RowOutcome } from './import-table.ts';
import { synonymsFileName } from './synonyms.ts';

const actionLabels: Record<RowOutcome['action'], [string, string]> = {
  created: ['新建', 'created'],
  updated: ['更新', 'updated'],
  unchanged: ['未变', 'unchanged'],
  kept: ['保留', 'kept'],
  failed: ['未导入', 'not imported'],
  skipped: ['跳过', 'skipped'],
};

export function formatImportReport(report: ImportReport, { dryRun = false } = {}): string[] {
  const lines = [`读取 / reading: ${report.source}，表头在第 ${report.headerRow} 行 / header on row ${report.headerRow}`];
  lines.push(`列 / columns: ${report.columns.map(([heading, field]) => `${heading} → ${field}`).join(', ')}`);
  if (report.unknownColumns.length > 0) {
    lines.push(`未识别的列（已忽略，可用 --columns 映射）/ columns not recognised (ignored; map them with --columns): ${report.unknownColumns.join(', ')}`);
  }
  for (const missing of report.missingColumns) lines.push(`${missing.zh} / ${missing.en}`);
  lines.push(
    report.synonymsFile
      ? `同义词表 / synonym table: ${report.synonymsFile}`
      : `内容文件夹中没有 ${synonymsFileName}：产业只按名称和最接近的名称匹配 / no ${synonymsFileName} in the content folder: industries are matched by name and closest name only`,
  );
  lines.push('');
  for (const outcome of report.outcomes) {
    const [zh, en] = actionLabels[outcome.action];
    const head = `第 ${outcome.row} 行 / row ${outcome.row}  ${zh}/${en}`;
    if (outcome.action === 'skipped') {
      lines.push(`${head}  “${outcome.text}”：只有一格文字，视为分类标题或备注 / a single cell of text: read as a section heading or note`);
      continue;
    }
    if (outcome.action === 'failed') {
      lines.push(`${head}  ${outcome.title ?? ''}`.trimEnd());
      for (const reason of outcome.reasons) lines.push(`    ${reason.zh}`, `    ${reason.en}`);
      continue;
    }
    lines.push(`${head}  ${outcome.file}`);
    if (outcome.action === 'kept') lines.push(`    ${outcome.reason.zh}`, `    ${outcome.reason.en}`);
    for (const guess of outcome.guesses) lines.push(`    推测/guess: ${guess.zh}`, `               ${guess.en}`);
  }
  const count = (action: RowOutcome['action']) => report.outcomes.filter((outcome) => outcome.action === action).length;
  const guessed = report.outcomes.filter((outcome) => outcome.action !== 'failed' && outcome.action !== 'skipped' && outcome.guesses.length > 0);
  lines.push('');
  if (report.newIndustries.length > 0) {
    lines.push('新产业 / new industries:');
    for (const industry of report.newIndustries) {
      const rows = industry.rows.join(', ');
      lines.push(
        industry.added
          ? `  ${industry.name} → ${industry.id}：已加入 site.yaml，英文名称待补（第 ${rows} 行）/ added to site.yaml, English name pending (rows ${rows})`
          : `  ${industry.name} → ${industry.id}：site.yaml 中还没有（第 ${rows} 行）；加 --add-industries 重新导入即可加入，或在 ${synonymsFileName} 中归入已有产业 / not in site.yaml yet (rows ${rows}); import again with --add-industries to add it, or file it under an existing industry in ${synonymsFileName}`,
      );
    }
    lines.push('');
  }
  lines.push(
    (Object.keys(actionLabels) as RowOutcome['action'][]).map((action) => `${actionLabels[action][0]} ${actionLabels[action][1]}: ${count(action)}`).join(' · '),
  );
  if (guessed.length > 0) {
    lines.push(`含推测的行 / rows with guesses: ${guessed.length}（第 ${guessed.map((outcome) => outcome.row).join(', ')} 行 / rows）— 请逐条核对 / please check each`);
  }
  if (dryRun) lines.push('试运行，未写入任何文件。/ Dry run: no file was written.');
  else if (count('created') + count('updated') > 0) lines.push('下一步 / next: npm run check，然后 / then npm start');
  return lines;
}

/** Whether the content folder is left needing work: rows not imported, or industries site.yaml lacks. */
export function importNeedsAttention(report: ImportReport): boolean {
  return report.outcomes.some((outcome) => outcome.action === 'failed') || report.newIndustries.some((industry) => !industry.added);
}
