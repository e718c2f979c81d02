/**
 * Reading a spreadsheet into rows of text cells, each with the row number staff see in Excel.
 * `.xlsx` through exceljs; `.csv` through csv-parse, in UTF-8 (with or without BOM) or GB18030,
 * which Chinese Excel writes when it saves "CSV": a file that is not valid UTF-8 is GB18030.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { types } from 'node:util';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

export interface TableRow {
  /** 1-based row number as shown by Excel (the line number for CSV). */
  number: number;
  cells: string[];
}

export interface Table {
  rows: TableRow[];
  /** What was read: the sheet name, or the detected encoding of a CSV. */
  description: string;
}

/** Decodes CSV bytes: UTF-8 (BOM stripped) when valid, otherwise GB18030. */
export function decodeCsv(bytes: Buffer): { text: string; encoding: 'UTF-8' | 'GB18030' } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: 'UTF-8' };
  } catch {
    return { text: iconv.decode(bytes, 'gb18030'), encoding: 'GB18030' };
  }
}

export function parseCsv(text: string): TableRow[] {
  const records = parse(text, { relax_column_count: true, relax_quotes: true, skip_empty_lines: false, info: true, bom: true }) as unknown as {
    record: string[];
    info: { lines: number };
  }[];
  return records.map(({ record, info }) => ({ number: info.lines, cells: record.map((cell) => cell.trim()) }));
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The text of a cell as staff see it; dates as YYYY-MM-DD. Of a merged range, a cell in the same
 * row as the range's first cell is empty (a title or section row spans the table, once), while a
 * cell below it repeats it (a contact merged down over several projects belongs to each).
 */
function cellText(cell: ExcelJS.Cell): string {
  if (cell.isMerged && cell.master !== cell) return Number(cell.master.row) === Number(cell.row) ? '' : cellText(cell.master);
  const value = cell.value;
  if (types.isDate(value)) return isoDay(value);
  // A formula cell holds its computed value in `result`.
  if (value !== null && typeof value === 'object' && 'result' in value && types.isDate(value.result)) return isoDay(value.result);
  return (cell.text ?? '').trim();
}

async function readXlsx(file: string, sheetName?: string): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = sheetName ? workbook.getWorksheet(sheetName) : workbook.worksheets[0];
  if (!sheet) throw new Error(sheetName ? `no sheet named "${sheetName}" / 找不到工作表 "${sheetName}"` : 'the workbook has no sheets / 工作簿中没有工作表');
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: string[] = [];
    for (let column = 1; column <= sheet.columnCount; column++) cells.push(cellText(row.getCell(column)));
    rows.push({ number, cells });
  });
  return { rows, description: `sheet / 工作表 "${sheet.name}"` };
}

export async function readTable(file: string, options: { sheet?: string } = {}): Promise<Table> {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.xlsx') return readXlsx(file, options.sheet);
  if (extension === '.csv' || extension === '.txt') {
    const { text, encoding } = decodeCsv(await readFile(file));
    return { rows: parseCsv(text), description: `CSV, ${encoding}` };
  }
  throw new Error(`cannot read ${extension || 'this file'}: use .xlsx or .csv / 只能导入 .xlsx 或 .csv 文件（.xls 请先另存为 .xlsx）`);
}
