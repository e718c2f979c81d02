/**
 * Imports a 机遇清单 spreadsheet into a content folder: finds the header row, reads every row,
 * and writes one opportunity file per good row. Rows that cannot be taken are reported with
 * their row number and reasons, and nothing is written for them. Re-running is safe: a project
 * already in the guide (same Chinese name) maps to its existing file, which is updated only if it
 * was written by the import and not edited by hand since.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import type { Bilingual } from '../content/bilingual.ts';
import { displayPath, idFromFile, listYamlFiles } from '../content/files.ts';
import { checkContent } from '../content/load.ts';
import { importFields, knownHeadingCount, recognizeColumns, type HeadingOverrides, type ImportField } from './columns.ts';
import { distinctId, existingState, idFromTitle, renderEntryFile, rowHash } from './entry-file.ts';
import { readTable } from './read-table.ts';
import { rowToEntry, type RowValues } from './row-to-entry.ts';

export interface ImportOptions {
  file: string;
  contentRoot: string;
  today: string;
  region?: string;
  dryRun?: boolean;
  force?: boolean;
  /** A YAML file mapping headings to fields, e.g. `项目: title`. */
  columnsFile?: string;
  sheet?: string;
}

export type RowOutcome =
  | { row: number; action: 'created' | 'updated' | 'unchanged'; file: string; title: string }
  | { row: number; action: 'kept'; file: string; title: string; reason: Bilingual }
  | { row: number; action: 'failed'; title?: string; reasons: Bilingual[] };

export interface ImportReport {
  source: string;
  headerRow: number;
  /** Heading → field, in column order. */
  columns: [string, ImportField][];
  unknownColumns: string[];
  outcomes: RowOutcome[];
}

export class ImportError extends Error {
  override name = 'ImportError';
}

/** A problem with the spreadsheet or the command line, to report to staff rather than as a crash. */
export function isImportError(error: unknown): error is ImportError {
  return (error as Error | null)?.name === 'ImportError';
}

async function readOverrides(file: string | undefined): Promise<HeadingOverrides> {
  if (!file) return {};
  const data = parse(await readFile(file, 'utf8')) as { columns?: Record<string, string> } | null;
  const overrides = data?.columns ?? (data as Record<string, string> | null) ?? {};
  for (const [heading, field] of Object.entries(overrides)) {
    if (!(importFields as readonly string[]).includes(field)) {
      throw new ImportError(`${file}: "${heading}: ${field}" — 未知字段 / unknown field; use one of: ${importFields.join(', ')}`);
    }
  }
  return overrides as HeadingOverrides;
}

export async function importTable(options: ImportOptions): Promise<ImportReport> {
  const root = path.resolve(options.contentRoot);
  const { content } = await checkContent(root);
  if (!content) throw new ImportError(`内容文件夹无法读取，请先运行 npm run check / the content folder cannot be read; run npm run check first: ${root}`);
  if (options.region && !content.regions.some((region) => region.id === options.region)) {
    throw new ImportError(`--region ${options.region}: 找不到该地区 / no region with this id`);
  }
  const overrides = await readOverrides(options.columnsFile);
  const table = await readTable(options.file, { sheet: options.sheet });

  const header = table.rows.slice(0, 20).find((row) => knownHeadingCount(row.cells, overrides) >= 2);
  if (!header) throw new ImportError('找不到表头行（如 项目名称、总投资、合作方式）/ no header row found (e.g. 项目名称, 总投资, 合作方式)');
  const columns = recognizeColumns(header.cells, overrides);
  if (![...columns.fields.values()].includes('title')) throw new ImportError('表头中没有“项目名称”列 / the header has no project name (项目名称) column');

  const context = {
    regions: content.regions.map((region) => ({ id: region.id, name: region.data.name })),
    industries: content.site.data.industries,
    chains: content.chains.map((chain) => ({ id: chain.id, name: chain.data.name, industry: chain.data.industry })),
    defaultRegion: options.region,
    investmentUnit: columns.investmentUnit,
    today: options.today,
  };
  // Projects already in the guide, by Chinese name; and every file's id, valid or not.
  const fileByTitle = new Map(content.opportunities.map((entry) => [entry.data.title.zh, entry.file]));
  const fileById = new Map((await listYamlFiles(path.join(root, 'opportunities'))).map((file) => [idFromFile(file), file]));
  const usedIds = new Set<string>();
  const rowOfTitle = new Map<string, number>();
  const outcomes: RowOutcome[] = [];

  for (const row of table.rows) {
    if (row.number <= header.number || row.cells.every((cell) => cell === '')) continue;
    const values: RowValues = {};
    for (const [index, field] of columns.fields) if (field !== 'ignore') values[field] = row.cells[index] ?? '';
    const result = rowToEntry(values, context);
    if (!result.ok) {
      outcomes.push({ row: row.number, action: 'failed', title: values.title || undefined, reasons: result.reasons });
      continue;
    }
    const earlier = rowOfTitle.get(result.title);
    if (earlier !== undefined) {
      outcomes.push({
        row: row.number,
        action: 'failed',
        title: result.title,
        reasons: [{ zh: `与第 ${earlier} 行项目名称相同，未导入`, en: `same project name as row ${earlier}; not imported` }],
      });
      continue;
    }
    rowOfTitle.set(result.title, row.number);

    let file = fileByTitle.get(result.title);
    if (!file) {
      let id = idFromTitle(result.title);
      if (fileById.has(id) || usedIds.has(id)) id = distinctId(result.title);
      file = fileById.get(id) ?? path.join(root, 'opportunities', `${id}.yaml`);
    }
    usedIds.add(idFromFile(file));
    outcomes.push(await writeEntry(file, result.title, result.data, row.number, options));
  }
  return {
    source: `${displayPath(path.resolve(options.file))} (${table.description})`,
    headerRow: header.number,
    columns: [...columns.fields].map(([index, field]) => [header.cells[index], field]),
    unknownColumns: columns.unknown,
    outcomes,
  };
}

async function writeEntry(file: string, title: string, data: Record<string, unknown>, row: number, options: ImportOptions): Promise<RowOutcome> {
  const shown = displayPath(file);
  const previous = await readFile(file, 'utf8').catch(() => undefined);
  let action: 'created' | 'updated' = 'created';
  if (previous !== undefined) {
    const state = existingState(previous);
    if (state.kind !== 'imported' && !options.force) {
      const reason =
        state.kind === 'edited'
          ? { zh: '导入后已手工修改，未覆盖（要覆盖请加 --force）', en: 'edited by hand since it was imported; left alone (use --force to overwrite)' }
          : { zh: '是手工编写的条目，未覆盖（要覆盖请加 --force）', en: 'written by hand; left alone (use --force to overwrite)' };
      return { row, action: 'kept', file: shown, title, reason };
    }
    // A project keeps the date it was first published unless the sheet gives one.
    const published = (parse(previous) as { published?: unknown } | null)?.published;
    if (typeof published === 'string' && data.published === options.today) data = { ...data, published };
    if (state.kind === 'imported' && state.rowHash === rowHash(data)) return { row, action: 'unchanged', file: shown, title };
    action = 'updated';
  }
  if (!options.dryRun) {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, renderEntryFile(data));
  }
  return { row, action, file: shown, title };
}
