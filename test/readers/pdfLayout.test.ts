// The PDF layout (server/src/readers/pdf/layout.ts) on pages built by hand: what a page's ruling lines
// make a table of, and what stays lines of text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Box, Segment, TextRun } from '../../server/src/readers/pdf/geometry';
import { layoutPdf } from '../../server/src/readers/pdf/layout';

/** A run at (x, baseline y), CJK characters an em wide and others half of one. */
function run(text: string, x: number, y: number, size = 10): TextRun {
  const boxes: Box[] = [];
  let at = x;
  for (const c of text) {
    const width = /[\u4e00-\u9fff]/.test(c) ? size : size / 2;
    boxes.push([at, y - 0.88 * size, at + width, y + 0.12 * size]);
    at += width;
  }
  return { text, size, vertical: false, box: [x, y - 0.88 * size, at, y + 0.12 * size], boxes };
}

/** A box from (100, 100) to (400, 200) ruled into two columns at x 250, and `rows` rows. */
function ruledBox(rows: number): Segment[] {
  const horizontals = Array.from({ length: rows + 1 }, (_, r) => ({ x0: 100, y0: 100 + (100 / rows) * r, x1: 400, y1: 100 + (100 / rows) * r }));
  const verticals = [100, 250, 400].map((x) => ({ x0: x, y0: 100, x1: x, y1: 200 }));
  return [...horizontals, ...verticals];
}

const LINES = [run('收到申请数', 110, 125), run('12', 300, 125), run('办结数', 110, 155), run('3', 300, 155), run('公开数', 110, 185), run('45', 300, 185)];

test('a box ruled into columns but not rows holds lines of text, not one row whose figures run together', () => {
  const read = layoutPdf([{ page: 1, height: 800, runs: LINES, segments: ruledBox(1), slanted: false, unmapped: 0 }]);
  assert.equal(read.text, '收到申请数\t12\n办结数\t3\n公开数\t45\n');
  assert.equal(read.grids.length, 0);
});

test('the same box ruled into rows is a table of three rows', () => {
  const read = layoutPdf([{ page: 1, height: 800, runs: LINES, segments: ruledBox(3), slanted: false, unmapped: 0 }]);
  assert.equal(read.text, '收到申请数\t12\n办结数\t3\n公开数\t45\n');
  assert.equal(read.grids.length, 1);
  assert.equal(read.grids[0].rows.length, 3);
});

test('pages not all read, by why: no text at all (a scan), text set at a slant, characters whose font maps them to no text', () => {
  const page = (n: number, runs: typeof LINES, slanted: boolean, unmapped: number) => ({ page: n, height: 800, runs, segments: null, slanted, unmapped });
  const read = layoutPdf([page(1, LINES, false, 0), page(2, [], false, 0), page(3, [], true, 0), page(4, LINES, false, 3), page(5, [], false, 120)]);
  assert.deepEqual(read.unread, { image: [2], slanted: [3], unmapped: [4, 5] });
  assert.equal(read.pages, 5);
});
