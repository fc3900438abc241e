// Every check across reports says what it found in Chinese (the default) and in English: the exact
// message, and the exact text of each related place, on summaries made up here (no report analysed).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkAcrossReports } from '../../server/src/core/cross/check';
import type { CrossSummary, ReportEntry, SummaryCell } from '../../server/src/core/cross/types';
import type { Locale } from '../../server/src/core/messages/translate';

let offset = 0;
/** A cell of `table` holding `value`, at its own characters. */
const cell = (table: string, row: string, column: string, name: string, value: number): SummaryCell => {
  offset += 10;
  return { table, row, column, name, value: { units: value, scale: 0 }, text: String(value), span: { start: offset, end: offset + String(value).length } };
};
const report = (path: string, title: string | null, summary: Partial<CrossSummary> = {}): ReportEntry => ({
  path,
  summary: { title: title ? { text: title, span: { start: 0, end: title.length } } : null, template: '2021', cells: [], priorFigures: [], subordinateFigures: [], sentences: [], disabled: [], severity: {}, ...summary },
});
const titled = (body: string, year: number) => `${body}${year}年政府信息公开工作年度报告`;

const CARRIED = '二、上年结转政府信息公开申请数量 · 自然人';
const NEXT = '四、结转下年度继续办理 · 自然人';
const NEW = '一、本年新收政府信息公开申请数量 · 总计';
const QUANTITY = '本年新收政府信息公开申请数量';
const newCell = (value: number) => cell('t3', 'new', 'total', NEW, value);

interface Case {
  name: string;
  entries: ReportEntry[];
  rule: string;
  message: Record<Locale, string>;
  related: Record<Locale, string[]>;
}

const CASES: Case[] = [
  {
    name: 'carry-over, paired by title',
    entries: [report('a/1.txt', titled('东湖区', 2021), { cells: [cell('t3', 'next', 'natural', NEXT, 2)] }), report('a/2.txt', titled('东湖区', 2022), { cells: [cell('t3', 'carry', 'natural', CARRIED, 3)] })],
    rule: 'carry-over-mismatch',
    message: {
      'zh-CN': `${CARRIED} 3 与 2021 年报告的${NEXT} 2 不一致（差 1）：本年的上年结转数应等于上年报告结转下年度继续办理的数量（跨年度配对：东湖区 2021 年与 2022 年报告，依据标题中的机关名称与年份）`,
      en: `${CARRIED} 3 differs from ${NEXT} 2 in the 2021 report (off by 1): what this year carries over must be what last year’s report carried into the next year (paired across years: 东湖区, the reports of 2021 and 2022, by the body and the year their titles name)`,
    },
    related: { 'zh-CN': [`2021 年报告 ${NEXT} = 2`, `2022 年报告 ${CARRIED} = 3`], en: [`the 2021 report: ${NEXT} = 2`, `the 2022 report: ${CARRIED} = 3`] },
  },
  {
    name: 'carry-over, paired by folder and file names',
    entries: [report('东湖区/2021.txt', null, { cells: [cell('t3', 'next', 'natural', NEXT, 5)] }), report('东湖区/2022.txt', null, { cells: [cell('t3', 'carry', 'natural', CARRIED, 0)] })],
    rule: 'carry-over-mismatch',
    message: {
      'zh-CN': `${CARRIED} 0 与 2021 年报告的${NEXT} 5 不一致（差 5）：本年的上年结转数应等于上年报告结转下年度继续办理的数量（跨年度配对：东湖区 2021 年与 2022 年报告，依据文件名中的机关名称与年份）`,
      en: `${CARRIED} 0 differs from ${NEXT} 5 in the 2021 report (off by 5): what this year carries over must be what last year’s report carried into the next year (paired across years: 东湖区, the reports of 2021 and 2022, by the body and the year in their file or folder names)`,
    },
    related: { 'zh-CN': [`2021 年报告 ${NEXT} = 5`, `2022 年报告 ${CARRIED} = 0`], en: [`the 2021 report: ${NEXT} = 5`, `the 2022 report: ${CARRIED} = 0`] },
  },
  {
    name: 'carry-over of a body renamed',
    entries: [report('临川县/2020.txt', titled('临川县', 2020), { cells: [cell('t3', 'next', 'natural', NEXT, 1)] }), report('临川县/2021.txt', titled('临川区', 2021), { cells: [cell('t3', 'carry', 'natural', CARRIED, 4)] })],
    rule: 'carry-over-mismatch',
    message: {
      'zh-CN': `${CARRIED} 4 与 2020 年报告的${NEXT} 1 不一致（差 3）：本年的上年结转数应等于上年报告结转下年度继续办理的数量（跨年度配对：临川区 2020 年与 2021 年报告，依据文件名（机关名称由“临川县”改为“临川区”））`,
      en: `${CARRIED} 4 differs from ${NEXT} 1 in the 2020 report (off by 3): what this year carries over must be what last year’s report carried into the next year (paired across years: 临川区, the reports of 2020 and 2021, by their file or folder names (the body renamed from “临川县” to “临川区”))`,
    },
    related: { 'zh-CN': [`2020 年报告 ${NEXT} = 1`, `2021 年报告 ${CARRIED} = 4`], en: [`the 2020 report: ${NEXT} = 1`, `the 2021 report: ${CARRIED} = 4`] },
  },
  {
    name: 'documents in force (2021 form)',
    entries: [
      report('x/西岭区2022.txt', titled('西岭区', 2022), { cells: [cell('t2', 'normative', 'inForce', '行政规范性文件 · 现行有效件数', 10)] }),
      report('x/西岭区2023.txt', titled('西岭区', 2023), {
        cells: [cell('t2', 'normative', 'inForce', '行政规范性文件 · 现行有效件数', 14), cell('t2', 'normative', 'issued', '行政规范性文件 · 本年制发件数', 5), cell('t2', 'normative', 'abolished', '行政规范性文件 · 本年废止件数', 2)],
      }),
    ],
    rule: 'documents-in-force-mismatch',
    message: {
      'zh-CN': '行政规范性文件 · 现行有效件数 14 ≠ 2022 年报告的现行有效件数 10 + 本年制发件数 5 − 本年废止件数 2 = 13（差 1）；文件失效、被替代等其他变动也可能造成差异，请核对（跨年度配对：西岭区 2022 年与 2023 年报告，依据标题中的机关名称与年份）',
      en: '行政规范性文件 · 现行有效件数 14 ≠ in force in the 2022 report 10 + issued this year 5 − abolished this year 2 = 13 (off by 1); documents that expire or are replaced change the count too: please check (paired across years: 西岭区, the reports of 2022 and 2023, by the body and the year their titles name)',
    },
    related: {
      'zh-CN': ['2022 年报告 行政规范性文件 · 现行有效件数 = 10', '2023 年报告 行政规范性文件 · 本年制发件数 = 5', '2023 年报告 行政规范性文件 · 本年废止件数 = 2'],
      en: ['the 2022 report: 行政规范性文件 · 现行有效件数 = 10', 'the 2023 report: 行政规范性文件 · 本年制发件数 = 5', 'the 2023 report: 行政规范性文件 · 本年废止件数 = 2'],
    },
  },
  {
    name: 'items of the year before (2019 form), a decrease',
    entries: [
      report('南屏区-2019.txt', titled('南屏区', 2019), { template: '2019', cells: [cell('t2', 'permit', 'lastYear', '行政许可 · 上一年项目数量', 20), cell('t2', 'permit', 'change', '行政许可 · 本年增/减', -3)] }),
      report('南屏区-2020.txt', titled('南屏区', 2020), { template: '2019', cells: [cell('t2', 'permit', 'lastYear', '行政许可 · 上一年项目数量', 18)] }),
    ],
    rule: 'items-last-year-mismatch',
    message: {
      'zh-CN': '行政许可 · 上一年项目数量 18 ≠ 2019 年报告的上一年项目数量 20 − 3（本年增/减）= 17（差 1）（跨年度配对：南屏区 2019 年与 2020 年报告，依据标题中的机关名称与年份）',
      en: '行政许可 · 上一年项目数量 18 ≠ the year before’s items in the 2019 report 20 − 3 (that year’s change) = 17 (off by 1) (paired across years: 南屏区, the reports of 2019 and 2020, by the body and the year their titles name)',
    },
    related: {
      'zh-CN': ['2019 年报告 行政许可 · 上一年项目数量 = 20', '2019 年报告 行政许可 · 本年增/减 = -3', '2020 年报告 行政许可 · 上一年项目数量 = 18'],
      en: ['the 2019 report: 行政许可 · 上一年项目数量 = 20', 'the 2019 report: 行政许可 · 本年增/减 = -3', 'the 2020 report: 行政许可 · 上一年项目数量 = 18'],
    },
  },
  {
    name: 'a prose figure of last year',
    entries: [
      report('北塘区-2021.txt', titled('北塘区', 2021), { cells: [newCell(74)] }),
      report('北塘区-2022.txt', titled('北塘区', 2022), { priorFigures: [{ value: { units: 80, scale: 0 }, text: '80', span: { start: 900, end: 902 }, quantity: QUANTITY, cells: [{ table: 't3', row: 'new', column: 'total' }] }] }),
    ],
    rule: 'last-year-figure-mismatch',
    message: {
      'zh-CN': `正文所述上年的${QUANTITY} 80 与 2021 年报告的统计表不一致：${NEW} 74（差 6）（跨年度配对：北塘区 2021 年与 2022 年报告，依据标题中的机关名称与年份）`,
      en: `Last year’s ${QUANTITY} as the prose states it, 80, disagrees with the table of the 2021 report: ${NEW} 74 (off by 6) (paired across years: 北塘区, the reports of 2021 and 2022, by the body and the year their titles name)`,
    },
    related: { 'zh-CN': [`2021 年报告 ${NEW} = 74`], en: [`the 2021 report: ${NEW} = 74`] },
  },
  {
    name: 'a passage copied',
    entries: [2021, 2022].map((year) =>
      report(`云山区-${year}.txt`, titled('云山区', year), {
        sentences: [
          { hash: 'a', length: 60, span: { start: 100, end: 160 }, paragraph: 4 },
          { hash: 'b', length: 50, span: { start: 161, end: 211 }, paragraph: 4 },
        ],
      }),
    ),
    rule: 'copied-from-last-year',
    message: {
      'zh-CN': '这段文字（2 句，110 字）与 2021 年报告中的一段逐字相同，请确认是否照搬了上年内容（跨年度配对：云山区 2021 年与 2022 年报告，依据标题中的机关名称与年份）',
      en: 'This passage (2 sentences, 110 characters) stands word for word in the 2021 report: was last year’s text copied? (paired across years: 云山区, the reports of 2021 and 2022, by the body and the year their titles name)',
    },
    related: { 'zh-CN': ['2021 年报告中相同的文字'], en: ['the same text in the 2021 report'] },
  },
  {
    name: 'a year published twice (the first of the two findings)',
    entries: [report('a.txt', titled('东湖区', 2021)), report('b.txt', titled('东湖区', 2021))],
    rule: 'duplicate-report-year',
    message: {
      'zh-CN': '东湖区 2021 年有 2 份不同的报告（a.txt、b.txt），无法确定以哪一份为准，这些报告均未做跨年度核对',
      en: '东湖区 has 2 different reports for 2021 (a.txt, b.txt): which one is the report cannot be told, so none of them is checked across years',
    },
    related: { 'zh-CN': ['2021 年的另一份报告'], en: ['another report of 2021'] },
  },
  {
    name: 'a region’s figure for its counties',
    entries: [
      report('淮安市/淮安市2023年报.txt', titled('淮安市', 2023), {
        subordinateFigures: [{ kind: 'counties', value: { units: 10, scale: 0 }, text: '10', span: { start: 800, end: 802 }, quantity: QUANTITY, cells: [{ table: 't3', row: 'new', column: 'total' }] }],
      }),
      report('淮安市/洪泽区/2023年报.txt', titled('洪泽区', 2023), { cells: [newCell(6)] }),
      report('淮安市/涟水县/2023年报.txt', titled('涟水县', 2023), { cells: [newCell(7)] }),
    ],
    rule: 'subordinates-sum-mismatch',
    message: {
      'zh-CN': `正文所述各县（市、区）的${QUANTITY} 10 小于文件夹中 2 个下级机关报告统计表之和：洪泽区 6 + 涟水县 7 = 13（差 3）（2023 年；文件夹中的下级报告可能不全，故只在正文数字小于已有报告之和时提示）`,
      en: `The prose’s ${QUANTITY} of all counties (county-level cities, districts), 10, is below the sum of the tables of the 2 subordinates’ reports in the folder: 洪泽区 6 + 涟水县 7 = 13 (off by 3) (2023; the folder may not hold all of them, so only a figure below the sum of those found is reported)`,
    },
    related: { 'zh-CN': [`洪泽区 2023 年报告 ${NEW} = 6`, `涟水县 2023 年报告 ${NEW} = 7`], en: [`洪泽区’s 2023 report: ${NEW} = 6`, `涟水县’s 2023 report: ${NEW} = 7`] },
  },
];

describe('messages of the checks across reports, in both languages', () => {
  for (const c of CASES) {
    for (const locale of ['zh-CN', 'en'] as const) {
      test(`${c.name} · ${locale}`, () => {
        const [found] = checkAcrossReports(c.entries, { locale }).findings.filter((f) => f.rule === c.rule);
        assert.equal(found?.message, c.message[locale]);
        assert.deepEqual(found.related.map((r) => r.message), c.related[locale]);
      });
    }
  }
  test('Chinese when no language is asked for', () => {
    assert.deepEqual(checkAcrossReports(CASES[0].entries).findings.map((f) => f.message), [CASES[0].message['zh-CN']]);
  });
});
