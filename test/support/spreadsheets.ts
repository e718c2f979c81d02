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


/**
 * A 机遇清单 as it arrives from the field: a merged title row, the unit in the amount heading,
 * section rows between the projects, industries in the list's own words (生态农牧, 中藏医药,
 * 文化旅游, 现代农业, 电子信息, 商贸物流 …), amounts that say 待定 or 面议 or nothing, or give
 * an approximate figure or a range, and four
 * rows that are truly bad. Spreadsheet row numbers: title 1, header 2, data from 3.
 */
export const fieldList = {
  title: '2026年甘孜州及周边地区招商引资机遇清单（第二批）',
  headings: ['序号', '项目名称', '所属产业', '建设地点', '建设内容及规模', '总投资（亿元）', '合作方式', '前期工作进展', '项目业主', '联系人', '联系电话'],
  /** Each row, and what the import must make of it: `good` rows with their expected entry, `bad` ones with a fragment of the reason. */
  rows: [
    { cells: ['一、生态农牧类'], kind: 'section' },
    { cells: ['1', '牦牛乳制品精深加工', '生态农牧', '甘孜州康定市', '建设年产2万吨牦牛乳制品生产线及冷链仓储。', '3.5', '合资、合作', '已完成可研', '州农投公司', '泽仁先生', '0836-2812345'], kind: 'good', expect: { region: 'ganzi', industry: 'agriculture', investment: { amount: 3.5, unit: '亿元' }, cooperation: ['jv', 'cooperation'] }, guesses: ['生态农牧'] },
    { cells: ['2', '高原青稞种植与加工基地', '现代农业', '甘孜藏族自治州', '建设青稞标准化种植基地5万亩及加工厂。', '待定', '独资', '谋划中', '', '扎西女士', '0836-2812346'], kind: 'good', expect: { region: 'ganzi', industry: 'agriculture', investment: { negotiable: true } }, guesses: ['现代农业', '待定'] },
    { cells: ['3', '有机饲草种植园', '生态农牧业', '金昌市', '建设苜蓿等优质饲草种植园2万亩。', '1.2', '合作', '', '', '李先生', '0935-8212345'], kind: 'good', expect: { region: 'jinchang', industry: 'agriculture' }, guesses: ['生态农牧业'] },
    { cells: ['4', '眉山优质粮油加工', '食品加工', '眉山市', '建设粮油精深加工生产线。', '2', '独资或合资', '已立项', '', '王先生', '028-38123456'], kind: 'good', expect: { region: 'meishan', industry: 'food', cooperation: ['sole', 'jv'] }, guesses: [] },
    { cells: ['二、文化旅游类'], kind: 'section' },
    { cells: ['5', '贡嘎山国际生态旅游区', '文化旅游', '甘孜州泸定县', '建设游客中心、生态步道和精品酒店。', '面议', '合资', '已完成规划', '', '多吉先生', '0836-2812347'], kind: 'good', expect: { region: 'ganzi', industry: 'tourism-health', investment: { negotiable: true } }, guesses: ['文化旅游', '面议'] },
    { cells: ['6', '川藏线自驾营地连锁', '文旅', '甘孜州', '沿线建设自驾车营地6处。', '', 'PPP', '', '', '多吉先生', '0836-2812347'], kind: 'good', expect: { region: 'ganzi', industry: 'tourism-health', investment: { negotiable: true }, cooperation: ['ppp'] }, guesses: ['文旅', '总投资为空'] },
    { cells: ['7', '中藏医药康养度假区', '中藏医药', '甘孜州康定市', '建设藏医药浴、理疗中心和康养客房200间。', '4.8', '合资、合作', '已完成选址', '', '泽仁先生', '0836-2812345'], kind: 'good', expect: { region: 'ganzi', industry: 'biomedicine' }, guesses: ['中藏医药'] },
    { cells: ['8', '藏药材规范化种植与提取', '中藏医药', '甘孜州道孚县', '建设藏药材种植基地和提取车间。', '暂定', '不限', '', '', '泽仁先生', '0836-2812345'], kind: 'good', expect: { region: 'ganzi', industry: 'biomedicine', investment: { negotiable: true }, cooperation: ['sole', 'jv', 'cooperation'] }, guesses: ['中藏医药', '暂定', '不限'] },
    { cells: ['9', '金昌航天科普研学营', '文化旅游', '金昌市', '建设航天科普研学营地和展示馆。', '1.5', '特许经营', '', '', '李先生', '0935-8212345'], kind: 'good', expect: { region: 'jinchang', industry: 'tourism-health', cooperation: ['franchise'] }, guesses: ['文化旅游'] },
    { cells: ['三、数字经济与现代物流类'], kind: 'section' },
    { cells: ['10', '宜宾智能终端配套产业园', '电子信息', '宜宾市', '建设智能终端结构件和模组生产线。', '12', '独资', '已完成土地收储', '', '陈先生', '0831-2123456'], kind: 'good', expect: { region: 'yibin', industry: 'digital-economy', investment: { amount: 12, unit: '亿元' } }, guesses: ['电子信息'] },
    { cells: ['11', '眉山数据中心', '电子信息', '眉山市', '建设机架3000个的数据中心。', '另议', '合资', '', '', '王先生', '028-38123456'], kind: 'good', expect: { region: 'meishan', industry: 'digital-economy', investment: { negotiable: true } }, guesses: ['电子信息', '另议'] },
    { cells: ['12', '川西商贸物流园', '商贸物流', '甘孜州康定市', '建设仓储、分拨和冷链配送中心。', '6', '合资/合作', '', '', '多吉先生', '0836-2812347'], kind: 'good', expect: { region: 'ganzi', industry: 'logistics' }, guesses: ['商贸物流'] },
    { cells: ['13', '源汇区冷链物流中心', '冷链物流', '漯河市源汇区', '建设冷库5万吨及冷链配送中心。', '2.6', '合作', '', '', '张女士', '0395-3123456'], kind: 'good', expect: { region: 'yuanhui', industry: 'logistics' }, guesses: ['冷链物流'] },
    { cells: ['14', '九台区生物药CDMO平台', '生物医药', '长春市九台区', '建设生物药合同研发生产平台。', '8', '合资', '已立项', '', '王先生', '0431-81234567'], kind: 'good', expect: { region: 'jiutai', industry: 'biomedicine' }, guesses: [] },
    { cells: ['15', '秦皇岛医疗器械产业园', '医疗器械', '秦皇岛经济技术开发区', '建设医疗器械标准厂房和检测中心。', '5000万元', '租赁', '', '', '赵先生', '0335-5123456'], kind: 'good', expect: { region: 'qinhuangdao-etdz', industry: 'medical-devices', investment: { amount: 5000, unit: '万元' }, cooperation: ['lease'] }, guesses: [] },
    { cells: ['16', '甘孜光伏储能一体化项目', '清洁能源', '甘孜州', '建设光伏电站20万千瓦及配套储能。', '约9.6', '股权合作', '', '', '泽仁先生', '0836-2812345'], kind: 'good', expect: { region: 'ganzi', industry: 'new-energy', investment: { amount: 9.6, unit: '亿元' }, cooperation: ['equity'] }, guesses: ['清洁能源', '约数'] },
    { cells: ['17', '金昌新材料深加工', '有色金属新材料', '金昌经济技术开发区', '建设镍钴新材料深加工生产线。', '10-15', '合资', '', '', '李先生', '0935-8212345'], kind: 'good', expect: { region: 'jinchang-etdz', industry: 'new-materials', investment: { negotiable: true, amount: 10, unit: '亿元' } }, guesses: ['有色金属新材料', '范围'] },
    { cells: ['18', '宜宾装备制造配套园', '装备制造', '宜宾市', '建设精密零部件加工厂房。', '待定', '合作', '', '', '陈先生', '0831-2123456'], kind: 'good', expect: { region: 'yibin', industry: 'equipment', investment: { negotiable: true } }, guesses: ['装备制造', '待定'] },
    { cells: ['四、其他'], kind: 'section' },
    { cells: ['19', '', '文化旅游', '甘孜州', '建设内容待补充。', '2', '合资', '', '', '多吉先生', '0836-2812347'], kind: 'bad', reason: '缺少项目名称' },
    { cells: ['20', '火星基地观光项目', '文化旅游', '火星乌托邦平原', '建设观光基地。', '3', '合资', '', '', '多吉先生', '0836-2812347'], kind: 'bad', reason: '火星乌托邦平原' },
    { cells: ['21', '无联系人项目', '电子信息', '宜宾市', '建设软件园。', '1', '独资', '', '', '', ''], kind: 'bad', reason: '缺少联系人' },
    { cells: ['22', '以物易物示范项目', '商贸物流', '眉山市', '建设交易中心。', '约数亿', '以物易物', '', '', '王先生', '028-38123456'], kind: 'bad', reason: '以物易物' },
    { cells: ['注：以上项目信息仅供参考，以项目单位最终发布为准。'], kind: 'section' },
  ] as FieldRow[],
};

export type FieldRow =
  | { cells: string[]; kind: 'section' }
  | { cells: string[]; kind: 'good'; expect: Record<string, unknown>; guesses: string[] }
  | { cells: string[]; kind: 'bad'; reason: string };

/** The spreadsheet row number of each list row (title on row 1, header on row 2). */
export const fieldRowNumber = (index: number) => index + 3;

export async function writeFieldXlsx(file: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('机遇清单');
  sheet.addRow([fieldList.title]);
  sheet.mergeCells(1, 1, 1, fieldList.headings.length);
  sheet.addRow(fieldList.headings);
  fieldList.rows.forEach((row, index) => {
    // Numbers stay numbers, as in staff's workbooks; a section row spans the table.
    sheet.addRow(row.cells.map((cell, column) => ((column === 0 || column === 5) && /^\d+(\.\d+)?$/.test(cell) ? Number(cell) : cell)));
    if (row.kind === 'section') sheet.mergeCells(fieldRowNumber(index), 1, fieldRowNumber(index), fieldList.headings.length);
  });
  await workbook.xlsx.writeFile(file);
  return file;
}

export async function writeFieldCsv(file: string): Promise<string> {
  const text = stringify([[fieldList.title], fieldList.headings, ...fieldList.rows.map((row) => row.cells)]);
  await writeFile(file, iconv.encode(text, 'gb18030'));
  return file;
}
