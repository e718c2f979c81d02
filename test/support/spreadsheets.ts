/**
 * 机遇清单 spreadsheets for the import tests, written the ways staff actually produce them: an
 * Excel workbook with a title row above the header, CSV in UTF-8 with and without a BOM, and CSV
 * in GB18030 as Chinese Excel saves it.
 */
import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { stringify } from 'csv-stringify/sync';

export const title = '2026年第三批招商引资项目机遇清单';
export const headings = ['序号', '项目名称', '所属产业', '建设地点', '总投资', '合作方式', '建设内容', '用地面积（亩）', '联系人', '联系电话', '有效期'];

/** Four good rows (spreadsheet rows 3–6 below the title and header). */
export const goodRows = [
  ['1', '九台生物药中试基地', '生物医药', '长春市九台区卡伦湖街道', '5亿元', '独资、合资', '建设生物药中试车间和质量检测中心。配套冷库。', '80', '王先生', '0431-81234567', '2027-12-31'],
  ['2', '源汇区医用敷料生产线', '医疗器械', '漯河市源汇区', '5000万元', '合作', '建设医用敷料洁净生产线两条。', '30', '李女士', '0395-3123456', '2027-06-30'],
  ['3', '秦皇岛康复辅具装备产业园', '高端装备制造', '秦皇岛市', '1.2亿', 'PPP', '建设康复辅具研发、生产和展示中心。', '', '赵先生', '0335-5123456', ''],
  ['4', '宜宾光伏组件配套项目', '新能源', '宜宾市', 'USD 20 million', '合资/合作', '建设光伏组件边框和接线盒生产线。', '120', 'Mr. Zhang', '0831-2123456', '2028-01-31'],
];

/** Rows the import must refuse, each for one reason (rows 7–10). */
export const badRows = [
  ['5', '无单位投资项目', '生物医药', '九台区', '12', '独资', '建设内容。', '', '王先生', '0431-81234567', ''],
  ['6', '以物易物合作项目', '食品加工', '漯河市', '3亿元', '以物易物', '建设食品加工厂。', '', '李女士', '0395-3123456', ''],
  ['7', '火星基地项目', '新能源', '火星乌托邦平原', '8亿元', '独资', '建设基地。', '', '赵先生', '0335-5123456', ''],
  ['8', '无人联系项目', '新能源', '宜宾市', '2亿元', '独资', '建设储能电站。', '', '', '', ''],
];

export const badReasons = ['没有单位', '以物易物', '火星乌托邦平原', '缺少联系人'];

export async function writeXlsx(file: string, rows: string[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('机遇清单');
  sheet.addRow([title]);
  sheet.mergeCells(1, 1, 1, headings.length);
  sheet.addRow(headings);
  for (const row of rows) {
    // Excel keeps numbers and dates as such: write them that way, as staff's files do.
    sheet.addRow(row.map((cell, index) => (index === 0 || index === 7) && cell !== '' ? Number(cell) : index === 10 && cell !== '' ? new Date(`${cell}T00:00:00Z`) : cell));
  }
  await workbook.xlsx.writeFile(file);
  return file;
}

export type CsvEncoding = 'utf8' | 'utf8-bom' | 'gb18030';

export async function writeCsv(file: string, rows: string[][], encoding: CsvEncoding): Promise<string> {
  const text = stringify([[title], headings, ...rows]);
  const bytes = encoding === 'gb18030' ? iconv.encode(text, 'gb18030') : Buffer.from(`${encoding === 'utf8-bom' ? '\uFEFF' : ''}${text}`, 'utf8');
  await writeFile(file, bytes);
  return file;
}

