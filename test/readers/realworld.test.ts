// The real published reports in ../shared/realworld (SOURCES.md), in every form they came in: what is
// read of each (the template, and per table the data rows read of those the template has, and the
// figures read) and every error or warning given, each with the reason it is right, checked by hand
// against the source (the page, the PDF rendered, the text beside it). Where a copy's table cannot be
// read as rows (pdftotext without -layout writes tables column by column; a crawler runs the cells of a
// row together), the table says so in one warning and nothing in it is checked.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { pdfEngine } from '../../server/src/io/pdfEngine';
import { checkDocument, checkText, formatOf, textFormatOf, type CheckedSource } from '../../server/src/readers/source';

const DIR = join(__dirname, '..', '..', '..', 'shared', 'realworld');

type Tables = [id: string, rowsRead: number, rowsExpected: number, cellsRead: number][];
const T2019: Tables = [['t2', 8, 8, 22], ['t3', 23, 23, 161], ['t4', 1, 1, 15]];
const T2021: Tables = [['t2', 6, 6, 10], ['t3', 25, 25, 175], ['t4', 1, 1, 15]];
/** The 2021 form with the single （六）其他处理 row of 2019 (洪泽区). */
const T2021_SINGLE_R6: Tables = [['t2', 6, 6, 10], ['t3', 23, 23, 161], ['t4', 1, 1, 15]];
const UNREAD_COLUMNWISE = 'pdftotext without -layout writes this table column by column: not read, and the warning says so';
const UNREAD_RUN_TOGETHER = "the crawler ran the row's cells together (`数量640020470`): not split, and the warning says so";

/** The loud findings, each as [rule, the figure or cell it points at, why it is right]. */
type Expected = [rule: string, at: string, why: string][];

const HONGZE_2023_TABLE4: Expected = [
  ['sum-mismatch', '0', 'table 四 行政复议 总计 printed 0 over 结果维持 10 and 结果纠正 1 (checked in the PDF, page 4)'],
  ['sum-mismatch', '0', 'table 四 复议后起诉 总计 printed 0 over 结果维持 5 (checked in the PDF, page 4)'],
];
/** `答复政府信息公开申请805件…。予以公开及部分公开258件，占33.9%；不予公开35件，占4.34%；…无法提供265件，占32.9%；不予处理158件，占19.6%`. */
const SHANGHAI_2019_SHARES: Expected = [
  ['percent-mismatch', '33.9', 'the list names no base; 265/805 = 32.9% and 158/805 = 19.6% fit the 805 answered the sentence before states, no other figure fits any share; 258/805 = 32.05% is 32.0%'],
  ['percent-mismatch', '4.34', 'on the same base 805, 35/805 = 4.3478% rounds to 4.35% (4.34 is truncated)'],
];
const PINGTAN_2019_LIST: Expected = [['sum-mismatch', '2599', '2599 条 for 25+68+28+69+90+175+67+983+48+124+856 = 2533, a list ending in 其他应主动公开政府信息']];

const FILES: [name: string, template: string, tables: Tables, findings: Expected][] = [
  ['01_上海市人民政府办公厅_2019.html', '2019', T2019, SHANGHAI_2019_SHARES],
  ['01_上海市人民政府办公厅_2019.innertext.txt', '2019', T2019, SHANGHAI_2019_SHARES],
  ['02_洪泽区_2023.pdf', '2021', T2021_SINGLE_R6, HONGZE_2023_TABLE4],
  ['02_洪泽区_2023.txt', '2021', T2021_SINGLE_R6, HONGZE_2023_TABLE4],
  ['02_洪泽区_2023.raw.txt', '2021', [['t2', 0, 6, 0], ['t3', 0, 25, 0], ['t4', 0, 1, 0]], [
    ['table-shape', '第二十条第（一）项', UNREAD_COLUMNWISE],
    ['table-shape', '二、上年结转政府信息公开申请数量', UNREAD_COLUMNWISE],
    ['table-shape', '行政复议', "table 四's figures stand among its header words: not read, and the warning says so"],
  ]],
  ['03_洪泽区_2024.pdf', '2021', T2021_SINGLE_R6, []],
  ['03_洪泽区_2024.txt', '2021', T2021_SINGLE_R6, []],
  ['03_洪泽区_2024.raw.txt', '2021', [['t2', 0, 6, 0], ['t3', 0, 25, 0], ['t4', 0, 1, 0]], [
    ['table-shape', '第二十条第（一）项', UNREAD_COLUMNWISE],
    ['table-shape', '二、上年结转政府信息公开申请数量', UNREAD_COLUMNWISE],
    ['table-shape', '行政复议', "table 四's figures stand among its header words: not read, and the warning says so"],
  ]],
  ['04_淮安市_2024.pdf', '2021', T2021, []],
  ['04_淮安市_2024.txt', '2021', T2021, []],
  ['04_淮安市_2024.raw.txt', '2021', [['t2', 6, 6, 10], ['t3', 0, 25, 0], ['t4', 0, 1, 0]], [
    ['table-shape', '一、本年新收政府信息公开申请数量', UNREAD_COLUMNWISE],
    ['table-shape', '行政复议', "table 四's figures stand among its header words: not read, and the warning says so"],
  ]],
  ['17_平潭综合实验区_2019.html', '2019', T2019, PINGTAN_2019_LIST],
  ['17_平潭综合实验区_2019.txt', '2019', [['t2', 0, 8, 0], ['t3', 0, 23, 0], ['t4', 0, 1, 0]], [
    ...PINGTAN_2019_LIST,
    ['table-shape', '第二十条第（一）项信息内容本年新制作数量', UNREAD_RUN_TOGETHER],
    ['table-shape', '二、上年结转政府信息公开申请数量', UNREAD_RUN_TOGETHER],
    ['table-shape', '000000000000000', UNREAD_RUN_TOGETHER],
  ]],
  ['18_平潭综合实验区_2020.txt', '2019', [['t2', 0, 8, 0], ['t3', 0, 23, 0], ['t4', 0, 1, 0]], [
    ['sum-mismatch', '2602', '2602 条 for 82+80+21+40+390+69+143+208+246+271+1053 = 2603, a list ending in 其他应主动公开政府信息'],
    ['table-shape', '第二十条第（一）项信息内容本年新制作数量', UNREAD_RUN_TOGETHER],
    ['table-shape', '二、上年结转政府信息公开申请数量', UNREAD_RUN_TOGETHER],
    ['table-shape', '000000000000000', UNREAD_RUN_TOGETHER],
  ]],
  ['19_平潭综合实验区_2021.html', '2021', T2021, []],
  // the one row a crawler's text gives whole, 行政强制 42, is the page's
  ['19_平潭综合实验区_2021.txt', '2021', [['t2', 1, 6, 1], ['t3', 0, 25, 0], ['t4', 0, 1, 0]], [
    ['table-shape', '第二十条第（一）项信息内容本年制发件数本', UNREAD_RUN_TOGETHER],
    ['table-shape', '二、上年结转政府信息公开申请数量', UNREAD_RUN_TOGETHER],
    ['table-shape', '四、政府信息公开行政复议、行政诉讼情况', UNREAD_RUN_TOGETHER],
  ]],
  // this year's crawler kept single spaces between table 四's cells: 0 1 1 0 2 | 1 0 0 0 1 | 0 0 0 0 0, consistent
  ['20_平潭综合实验区_2022.txt', '2021', [['t2', 0, 6, 0], ['t3', 0, 25, 0], ['t4', 1, 1, 15]], [
    ['table-shape', '第二十条第（一）项', UNREAD_RUN_TOGETHER],
    ['table-shape', '一、本年新收政府信息公开申请数量', UNREAD_RUN_TOGETHER],
  ]],
  ['21_平潭综合实验区_2023.txt', '2021', [['t2', 1, 6, 1], ['t3', 0, 25, 0], ['t4', 0, 1, 0]], [
    ['table-shape', '第二十条第（一）项信息内容本年制发件数本', UNREAD_RUN_TOGETHER],
    ['table-shape', '二、上年结转政府信息公开申请数量', UNREAD_RUN_TOGETHER],
    ['table-shape', '110024001510102', UNREAD_RUN_TOGETHER],
  ]],
  ['22_平潭综合实验区_2024.html', '2021', T2021, []],
  ['22_平潭综合实验区_2024.txt', '2021', [['t2', 1, 6, 1], ['t3', 0, 25, 0], ['t4', 0, 1, 0]], [
    ['table-shape', '第二十条第（一）项信息内容本年制发件数本', UNREAD_RUN_TOGETHER],
    ['table-shape', '二、上年结转政府信息公开申请数量', UNREAD_RUN_TOGETHER],
    ['table-shape', '四、政府信息公开行政复议、行政诉讼情况行', UNREAD_RUN_TOGETHER],
  ]],
  ['23_平潭综合实验区_2025.txt', '2021', [['t2', 1, 6, 1], ['t3', 0, 25, 0], ['t4', 0, 1, 0]], [
    ['table-shape', '第二十条第（一）项信息内容本年制发件数本', UNREAD_RUN_TOGETHER],
    ['table-shape', '二、上年结转政府信息公开申请数量', UNREAD_RUN_TOGETHER],
    ['table-shape', '四、政府信息公开行政复议、行政诉讼情况行', UNREAD_RUN_TOGETHER],
  ]],
];

async function check(name: string): Promise<CheckedSource> {
  const format = formatOf(name);
  const bytes = readFileSync(join(DIR, name));
  const checked = format === 'pdf' || format === 'docx' ? await checkDocument(format, bytes, {}, undefined, pdfEngine()) : checkText(textFormatOf(name, bytes.toString('utf8')), bytes.toString('utf8'), {});
  assert.ok(!('error' in checked), name);
  return checked;
}

describe('real published reports', { skip: !existsSync(DIR) && `${DIR} not present` }, () => {
  for (const [name, template, tables, findings] of FILES) {
    test(`${name}: the ${template} form, its tables read as pinned, and only the findings verified by hand`, async () => {
      const { report, text } = await check(name);
      assert.equal(report.template, template);
      assert.deepEqual(report.tables.map((t) => [t.id, t.rowsRead, t.rowsExpected, t.cellsRead]), tables);
      const loud = report.findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
      assert.deepEqual(loud.map((f) => [f.rule, text.slice(f.span.start, f.span.end).slice(0, 20)]), findings.map(([rule, at]) => [rule, at]));
    });
  }
});
