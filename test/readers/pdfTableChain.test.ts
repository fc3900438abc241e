// A table continued on the next page (server/src/readers/pdf/tableChain.ts): which cells of the next
// page's first row are the rest of the row above, broken by the page. Fragments are built by hand: two
// columns (a label, a figure), each row 20 points high.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Box, TextRun } from '../../server/src/readers/pdf/geometry';
import { chainTable } from '../../server/src/readers/pdf/tableChain';
import type { TableFragment } from '../../server/src/readers/pdf/tableFragments';

const XS = [50, 250, 350];

const run = (text: string, box: Box): TextRun => ({ text, box, boxes: [...text].map(() => box), size: 10, vertical: false });

/** A fragment of rows [label, figure] on `page`, every border drawn (no cell open at a page break). */
function fragment(page: number, rows: [string, string][]): TableFragment {
  const ys = rows.map((_, r) => 100 + 20 * r).concat(100 + 20 * rows.length);
  const cells = rows.flatMap(([label, figure], r) =>
    [label, figure].map((text, col) => ({
      row: r,
      col,
      rowSpan: 1,
      colSpan: 1,
      runs: text ? [run(text, [XS[col] + 2, ys[r] + 5, XS[col + 1] - 2, ys[r] + 15])] : [],
      openTop: false,
      openBottom: false,
    })),
  );
  return { page, box: [XS[0], ys[0], XS[2], ys[ys.length - 1]], xs: XS, ys, cells };
}

/** Each row of the chained table as its cells' texts, the parts of a cell joined by `/`. */
const rowsOf = (fragments: TableFragment[]): string[][] => {
  const table = chainTable(fragments);
  return Array.from({ length: table.rows }, (_, r) =>
    table.cells.filter((c) => c.row === r).map((c) => c.parts.map((p) => p.runs.map((x) => x.text).join('')).filter((t) => t !== '').join('/')),
  );
};

const CASES: { name: string; pages: [string, string][][]; rows: string[][] }[] = [
  {
    name: 'the rest of a label over an empty figure cell goes on the row above',
    pages: [[['（四）无法提供', '0'], ['1.本机', '5']], [['关不掌握相关政府信息', ''], ['2.没有现成信息需要另行制作', '3']]],
    rows: [['（四）无法提供', '0'], ['1.本机/关不掌握相关政府信息', '5'], ['2.没有现成信息需要另行制作', '3']],
  },
  {
    name: 'a row that starts a new item is a row of its own',
    pages: [[['1.本机关不掌握相关政府信息', '5']], [['补正后申请内容仍不明确', '2']]],
    rows: [['1.本机关不掌握相关政府信息', '5'], ['补正后申请内容仍不明确', '2']],
  },
  {
    name: 'a first row with a figure is a row of its own',
    pages: [[['行政许可', '5']], [['行政处罚', '7']]],
    rows: [['行政许可', '5'], ['行政处罚', '7']],
  },
  {
    name: 'a first row numbering a new item is a row of its own, even without figures',
    pages: [[['1.本机关不掌握相关政府信息', '5']], [['2.没有现成信息需要另行制作', '']]],
    rows: [['1.本机关不掌握相关政府信息', '5'], ['2.没有现成信息需要另行制作', '']],
  },
  {
    name: 'under a row without figures (a header) nothing is joined',
    pages: [[['信息内容', '本年处理决定数量']], [['行政许可', '']]],
    rows: [['信息内容', '本年处理决定数量'], ['行政许可', '']],
  },
  {
    name: 'a row whose cell under a figure holds anything (a header, —) is a row of its own',
    pages: [[['行政强制', '3']], [['信息内容', '本年收费金额（单位：万元）']]],
    rows: [['行政强制', '3'], ['信息内容', '本年收费金额（单位：万元）']],
  },
  {
    name: 'a row with a dash under a figure is a row of its own',
    pages: [[['行政许可', '5']], [['行政确认', '—']]],
    rows: [['行政许可', '5'], ['行政确认', '—']],
  },
  {
    name: "a table's last row alone on the next page is its last row",
    pages: [[['信息内容', '采购总金额']], [['政府集中采购', '3169.97']]],
    rows: [['信息内容', '采购总金额'], ['政府集中采购', '3169.97']],
  },
];

for (const c of CASES) {
  test(c.name, () => {
    assert.deepEqual(rowsOf(c.pages.map((rows, i) => fragment(i + 1, rows))), c.rows);
  });
}
