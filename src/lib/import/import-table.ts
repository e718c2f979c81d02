/**
 * Imports a 机遇清单 spreadsheet into a content folder: finds the header row, reads every row,
 * and writes one opportunity file per good row. Rows that cannot be taken are reported with
 * their row number and reasons, and nothing is written for them. Re-running is safe: a project
 * already in the guide (same Chinese name) maps to its existing file, which is updated only if it
 * was written by the import and not edited by hand since.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isSeq, parse, parseDocument } from 'yaml';
import type { Bilingual } from '../content/bilingual.ts';
import { displayPath, idFromFile, listYamlFiles } from '../content/files.ts';
import { checkContent } from '../content/load.ts';
import { importFields, knownHeadingCount, recognizeColumns, type HeadingOverrides, type ImportField } from './columns.ts';
import { distinctId, existingState, idFromTitle, renderEntryFile, rowHash } from './entry-file.ts';
import { readTable } from './read-table.ts';
import { rowToEntry, type RowValues } from './row-to-entry.ts';
import { loadSynonyms } from './synonyms.ts';

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
  /** Add industries that neither site.yaml nor the synonym table knows to site.yaml (English pending). */
  addIndustries?: boolean;
}

export type RowOutcome =
  | { row: number; action: 'created' | 'updated' | 'unchanged'; file: string; title: string; guesses: Bilingual[] }
  | { row: number; action: 'kept'; file: string; title: string; reason: Bilingual; guesses: Bilingual[] }
  | { row: number; action: 'failed'; title?: string; reasons: Bilingual[] }
  /** A row with a single cell of text: a section heading (一、文化旅游类) or a note, not a project. */
  | { row: number; action: 'skipped'; text: string };

/** An industry rows named that site.yaml lacks. */
export interface NewIndustry {
  id: string;
  name: string;
  rows: number[];
  /** Whether it was added to site.yaml (`--add-industries`, not a dry run). */
  added: boolean;
}

export interface ImportReport {
  source: string;
  headerRow: number;
  /** Heading → field, in column order. */
  columns: [string, ImportField][];
  unknownColumns: string[];
  /** Facts the sheet gives no column for, and what every row gets instead. */
  missingColumns: Bilingual[];
  /** The synonym table used, as shown to staff; undefined when the content folder has none. */
  synonymsFile?: string;
  outcomes: RowOutcome[];
  newIndustries: NewIndustry[];
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

  const synonyms = await loadSynonyms(root, content.site.data.industries);
  const context = {
    regions: content.regions.map((region) => ({ id: region.id, name: region.data.name })),
    industries: content.site.data.industries,
    chains: content.chains.map((chain) => ({ id: chain.id, name: chain.data.name, industry: chain.data.industry })),
    defaultRegion: options.region,
    investmentUnit: columns.investmentUnit,
    today: options.today,
    synonyms,
  };
  const newIndustries = new Map<string, NewIndustry>();
  // Projects already in the guide, by Chinese name; and every file's id, valid or not.
  const fileByTitle = new Map(content.opportunities.map((entry) => [entry.data.title.zh, entry.file]));
  const fileById = new Map((await listYamlFiles(path.join(root, 'opportunities'))).map((file) => [idFromFile(file), file]));
  const usedIds = new Set<string>();
  const rowOfTitle = new Map<string, number>();
  const outcomes: RowOutcome[] = [];

  for (const row of table.rows) {
    if (row.number <= header.number || row.cells.every((cell) => cell === '')) continue;
    const filled = row.cells.filter((cell) => cell !== '');
    if (filled.length === 1) {
      outcomes.push({ row: row.number, action: 'skipped', text: filled[0] });
      continue;
    }
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
    if (result.newIndustry) {
      const known = newIndustries.get(result.newIndustry.id) ?? { ...result.newIndustry, rows: [], added: false };
      known.rows.push(row.number);
      newIndustries.set(known.id, known);
    }

    let file = fileByTitle.get(result.title);
    if (!file) {
      let id = idFromTitle(result.title);
      if (fileById.has(id) || usedIds.has(id)) id = distinctId(result.title);
      file = fileById.get(id) ?? path.join(root, 'opportunities', `${id}.yaml`);
    }
    usedIds.add(idFromFile(file));
    outcomes.push(await writeEntry(file, result.title, result.data, row.number, result.guesses, options));
  }
  if (options.addIndustries && !options.dryRun && newIndustries.size > 0) {
    await addIndustries(path.join(root, 'site.yaml'), [...newIndustries.values()]);
    for (const industry of newIndustries.values()) industry.added = true;
  }
  const present = new Set(columns.fields.values());
  const missingColumns: Bilingual[] = [];
  if (!present.has('stage')) missingColumns.push({ zh: '表中没有“项目阶段”列：各行按 招商中 导入', en: 'the sheet has no stage column: every row is imported as seeking' });
  if (!present.has('cooperation')) missingColumns.push({ zh: '表中没有“合作方式”列：各行按 独资、合资、合作 导入', en: 'the sheet has no cooperation column: every row is imported as sole, jv, cooperation' });
  if (!present.has('investment')) missingColumns.push({ zh: '表中没有“总投资”列：各行按面议导入', en: 'the sheet has no investment column: every row is imported as to be negotiated' });
  return {
    source: `${displayPath(path.resolve(options.file))} (${table.description})`,
    headerRow: header.number,
    columns: [...columns.fields].map(([index, field]) => [header.cells[index], field]),
    unknownColumns: columns.unknown,
    missingColumns,
    synonymsFile: synonyms.file ? displayPath(synonyms.file) : undefined,
    outcomes,
    newIndustries: [...newIndustries.values()],
  };
}

/**
 * Appends industries to site.yaml, keeping its comments and layout: `{ id, name: { zh } }` with
 * no English, which the guide shows as "translation pending" and the translation report lists.
 */
async function addIndustries(siteFile: string, industries: readonly NewIndustry[]): Promise<void> {
  const document = parseDocument(await readFile(siteFile, 'utf8'));
  const list = document.get('industries', true);
  if (!isSeq(list)) throw new ImportError(`${displayPath(siteFile)}: industries 不是列表 / is not a list`);
  for (const industry of industries) {
    const item = document.createNode({ id: industry.id, name: { zh: industry.name } });
    const name = isMap(item) ? item.get('name', true) : undefined;
    if (isMap(name)) {
      name.flow = true;
      name.comment = ' 英文待补 / English pending';
    }
    list.items.push(item);
  }
  await writeFile(siteFile, document.toString({ lineWidth: 0 }));
}

async function writeEntry(file: string, title: string, data: Record<string, unknown>, row: number, guesses: Bilingual[], options: ImportOptions): Promise<RowOutcome> {
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
      return { row, action: 'kept', file: shown, title, reason, guesses };
    }
    // A project keeps the date it was first published unless the sheet gives one.
    const published = (parse(previous) as { published?: unknown } | null)?.published;
    if (typeof published === 'string' && data.published === options.today) data = { ...data, published };
    if (state.kind === 'imported' && state.rowHash === rowHash(data)) return { row, action: 'unchanged', file: shown, title, guesses };
    action = 'updated';
  }
  if (!options.dryRun) {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, renderEntryFile(data));
  }
  return { row, action, file: shown, title, guesses };
}
