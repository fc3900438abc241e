// Characters as PDFium gives them → runs (server/src/readers/pdf/runs.ts): one baseline and size, no gap
// of a word space; a vertical font's glyphs one under the other are one run, figures stacked are not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PdfChar } from '../../server/src/readers/pdf/pdfium';
import { runsOf } from '../../server/src/readers/pdf/runs';

const VIEW = [0, 0, 600, 800];
/** A character of size 10 at (x, y) in PDF space (y up), `advance` wide. */
const char = (text: string, x: number, y: number, advance = 10): PdfChar => ({ text, x, y, advance, size: 10, turn: 0 });
/** Characters side by side on one baseline. */
const across = (text: string, x: number, y: number) => [...text].map((c, i) => char(c, x + 10 * i, y));
/** Characters one under the other, an em apart. */
const down = (text: string, x: number, y: number) => [...text].map((c, i) => char(c, x, y - 10 * i));

const CASES: { name: string; chars: PdfChar[]; runs: [string, boolean][] }[] = [
  { name: 'characters side by side are one run', chars: across('政府信息', 100, 700), runs: [['政府信息', false]] },
  { name: 'a gap of a word space or more ends a run', chars: [...across('申请', 100, 700), ...across('21', 125, 700)], runs: [['申请', false], ['21', false]] },
  { name: 'CJK characters one under the other are a vertical run', chars: down('三、本年度', 100, 700), runs: [['三、本年度', true]] },
  { name: 'figures one under the other are separate figures', chars: down('58', 100, 700), runs: [['5', false], ['8', false]] },
  { name: 'a rotated character (a stamp) is left out', chars: [char('章', 100, 700), { ...char('印', 110, 700), turn: null }], runs: [['章', false]] },
];

for (const c of CASES) {
  test(c.name, () => {
    assert.deepEqual(runsOf(c.chars, VIEW).map((r) => [r.text, r.vertical]), c.runs);
  });
}
