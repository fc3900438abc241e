// The checks across years on real reports (../shared/realworld, SOURCES.md): 平潭综合实验区 2019–2025 (web
// pages for 2019, 2021 and 2024, a crawler's text for every year) and 洪泽区 2023–2024 (pdftotext with and
// without -layout), with 淮安市 2024 beside them. Every expectation was checked by hand against the sources:
//
// 平潭 table 三, 上年结转 of N against 结转下年度 of N−1 (7 columns each, every cell one digit, so the crawler's
// runs of seven digits read unambiguously by hand): 2019 结转 0000000 → 2020 上年结转 0000000; 2020 0000000 →
// 2021 0000000; 2021 1000001 (自然人 1, 总计 1) → 2022 1000001; 2022 0000000 → 2023 0000000; 2023 0000000 →
// 2024 0000000; 2024 0000000 → 2025 0000000. Every carry-over holds, so none may be reported. The checker
// cannot compare any of them: each pair has a crawler's text on one side, whose table 三 it does not read.
// 平潭 table 二 of the 2019 form, 2019 → 2020 (上一年项目数量 + 本年增/减 = next year's 上一年项目数量): 行政许可
// 396 + 0 = 396, 其他对外管理服务事项 10 + 0 = 10, 行政处罚 2648 + 0 = 2648, 行政强制 126 + 0 = 126, 行政事业性收费
// 35 + 0 = 35: all hold (2020's table is the crawler's, not read). The 2021 form, 现行有效 = last year's +
// 制发 − 废止 (行政规范性文件; 规章 is 0 0 0 every year): 2021 665 (page) → 2022 `8855698` = 88 55 698, and
// 665 + 88 − 55 = 698 holds; 2023 `77132470` fits no split (698 + a − b = c has no solution among 7|7|132470 …
// 77|132|470 …, the likeliest 77 132 470 giving 643), 2024 (page: 62 33 440) needs 2023's 411, and 2025
// `5845546` fits no split either (58 45 546 would need 453): three warnings a reader of these tables would
// give, which the checker cannot, since the 2022, 2023 and 2025 tables are crawler runs it does not split.
// No prose restates a figure of last year; no long passage repeats last year's except the form's stock
// sentences (本报告包括…, 本报告的电子版…, 如对本报告有任何疑问…), which are not compared.
//
// 洪泽区 2023 → 2024 (both tables read from the -layout text): 上年结转 of 2024 is 0 in all 7 columns, as 2023's
// 结转下年度; 行政规范性文件 5 + 3 − 0 = 8 and 规章 0 + 0 − 0 = 0 hold. Nothing to report; a changed cell is.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { checkAcrossReports } from '../../server/src/core/cross/check';
import type { ReportEntry } from '../../server/src/core/cross/types';
import { checkText, textFormatOf } from '../../server/src/readers/source';

const DIR = join(__dirname, '..', '..', '..', 'shared', 'realworld');
const PINGTAN = ['17_平潭综合实验区_2019', '18_平潭综合实验区_2020', '19_平潭综合实验区_2021', '20_平潭综合实验区_2022', '21_平潭综合实验区_2023', '22_平潭综合实验区_2024', '23_平潭综合实验区_2025'];
const FILES = [
  ...PINGTAN.flatMap((name) => [`${name}.txt`, `${name}.html`]).filter((name) => existsSync(join(DIR, name))),
  '02_洪泽区_2023.txt', '02_洪泽区_2023.raw.txt', '03_洪泽区_2024.txt', '03_洪泽区_2024.raw.txt', '04_淮安市_2024.txt',
];

function entries(): ReportEntry[] {
  return FILES.map((name) => {
    const text = readFileSync(join(DIR, name), 'utf8');
    return { path: name, summary: checkText(textFormatOf(name, text), text, {}).report.crossYear! };
  });
}

describe('real reports across years', { skip: !existsSync(DIR) && `${DIR} not present` }, () => {
  const all = existsSync(DIR) ? entries() : [];

  test('pairs: each body’s consecutive years, the best-read form of each report, 淮安市 alone', () => {
    const { pairing, findings } = checkAcrossReports(all);
    assert.deepEqual(
      pairing.pairs.map((p) => `${p.earlier.entry.path} → ${p.later.entry.path}`).sort(),
      [
        '02_洪泽区_2023.txt → 03_洪泽区_2024.txt',
        '17_平潭综合实验区_2019.html → 18_平潭综合实验区_2020.txt',
        '18_平潭综合实验区_2020.txt → 19_平潭综合实验区_2021.html',
        '19_平潭综合实验区_2021.html → 20_平潭综合实验区_2022.txt',
        '20_平潭综合实验区_2022.txt → 21_平潭综合实验区_2023.txt',
        '21_平潭综合实验区_2023.txt → 22_平潭综合实验区_2024.html',
        '22_平潭综合实验区_2024.html → 23_平潭综合实验区_2025.txt',
      ],
    );
    assert.deepEqual(pairing.duplicates, []);
    assert.deepEqual(pairing.gaps, []);
    // every carry-over and every count of documents the checker can compare holds (verified by hand above)
    assert.deepEqual(findings, []);
  });

  test('洪泽区: what was compared is the real tables — a changed cell of 2024 is reported with the arithmetic', () => {
    const changed = all.map((e) => {
      if (e.path !== '03_洪泽区_2024.txt') return e;
      const cells = e.summary.cells.map((c) => {
        if (c.table === 't2' && c.row === 'normative' && c.column === 'inForce') return { ...c, value: { units: 9, scale: 0 }, text: '9' };
        if (c.table === 't3' && c.row === 'carry' && c.column === 'natural') return { ...c, value: { units: 1, scale: 0 }, text: '1' };
        return c;
      });
      return { ...e, summary: { ...e.summary, cells } };
    });
    const { findings } = checkAcrossReports(changed);
    assert.deepEqual(
      findings.map((f) => [f.rule, f.path, f.message.replace(/（跨年度配对.*$/, '')]).sort(),
      [
        ['documents-in-force-mismatch', '03_洪泽区_2024.txt', '行政规范性文件 · 现行有效件数 9 ≠ 2023 年报告的现行有效件数 5 + 本年制发件数 3 − 本年废止件数 0 = 8（差 1）；文件失效、被替代等其他变动也可能造成差异，请核对'],
        ['carry-over-mismatch', '03_洪泽区_2024.txt', '二、上年结转政府信息公开申请数量 · 自然人 1 与 2023 年报告的四、结转下年度继续办理 · 自然人 0 不一致（差 1）：本年的上年结转数应等于上年报告结转下年度继续办理的数量'],
      ].sort(),
    );
    assert.match(findings[0].message, /跨年度配对：洪泽区 2023 年与 2024 年报告，依据标题与文件名中的机关名称与年份/);
    const related = findings.find((f) => f.rule === 'carry-over-mismatch')!.related[0];
    const earlier = readFileSync(join(DIR, '02_洪泽区_2023.txt'), 'utf8');
    assert.equal(related.path, '02_洪泽区_2023.txt');
    assert.equal(earlier.slice(related.span.start, related.span.end), '0');
    assert.match(earlier.slice(related.span.start - 60, related.span.start), /四、结转下年度继续办理\s*$/);
  });

  test('平潭: the 2021 page’s 结转下年度 (自然人 1, 总计 1) is read, and the crawler’s 2022 table is not, so nothing is compared', () => {
    const page = all.find((e) => e.path === '19_平潭综合实验区_2021.html')!.summary;
    assert.deepEqual(page.cells.filter((c) => c.table === 't3' && c.row === 'next').map((c) => `${c.column}=${c.text}`), ['natural=1', 'commercial=0', 'research=0', 'charity=0', 'legal=0', 'other=0', 'total=1']);
    const crawler = all.find((e) => e.path === '20_平潭综合实验区_2022.txt')!.summary;
    assert.deepEqual(crawler.cells.filter((c) => c.table === 't3'), []);
  });
});
