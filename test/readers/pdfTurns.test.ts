// A page turned a quarter (server/src/readers/pdf/turns.ts): its characters read upright, and the box
// found for one in the upright frame lands back where the glyph is on the page as shown.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Box } from '../../server/src/readers/pdf/geometry';
import type { PageView, PdfChar } from '../../server/src/readers/pdf/pdfium';
import { runsOf } from '../../server/src/readers/pdf/runs';
import { boxOnPage, turnOfPage, uprightChars, uprightView, type Turn } from '../../server/src/readers/pdf/turns';

const VIEW: PageView = [10, 20, 605, 862];
const [ASCENT, DESCENT, SIZE, ADVANCE] = [0.88, 0.12, 10, 10];

/** Where a glyph drawn at (x, y) with `turn` lies on the page, from its top-left corner. */
function onPage(x: number, y: number, turn: Turn): Box {
  const [a, d, s] = [ASCENT * SIZE, DESCENT * SIZE, ADVANCE];
  // PDF space: its baseline runs up (1), left (2) or down (3) from (x, y); its top faces left, down or right
  const [x0, y0, x1, y1] = turn === 1 ? [x - a, y, x + d, y + s] : turn === 2 ? [x - s, y - a, x, y + d] : [x - d, y - s, x + a, y];
  return [x0 - VIEW[0], VIEW[3] - y1, x1 - VIEW[0], VIEW[3] - y0];
}

for (const turn of [1, 2, 3] as const) {
  test(`turned ${turn} quarter(s): read upright, and the box back on the page`, () => {
    const chars: PdfChar[] = [...'政府信息公开申请'].map((text, i) => {
      const step = i * ADVANCE;
      const [x, y] = turn === 1 ? [300, 400 + step] : turn === 2 ? [300 - step, 400] : [300, 400 - step];
      return { text, x, y, advance: ADVANCE, size: SIZE, turn };
    });
    const runs = runsOf(uprightChars(chars, turn), uprightView(VIEW, turn));
    assert.deepEqual(runs.map((r) => r.text), ['政府信息公开申请']);
    const first = boxOnPage(runs[0].boxes[0], turn, VIEW);
    onPage(chars[0].x, chars[0].y, turn).forEach((v, k) => assert.ok(Math.abs(first[k] - v) < 1e-6, `${first} ≠ ${onPage(chars[0].x, chars[0].y, turn)}`));
  });
}

test('a page is turned when most of its text is, and not for a stamp over upright text', () => {
  const chars = (n: number, turn: PdfChar['turn']): PdfChar[] => Array.from({ length: n }, (_, i) => ({ text: '字', x: i, y: 0, advance: 1, size: 1, turn }));
  assert.equal(turnOfPage([...chars(30, 3), ...chars(2, 0)]), 3);
  assert.equal(turnOfPage([...chars(15, 1), ...chars(100, 0)]), null);
  assert.equal(turnOfPage([...chars(30, null), ...chars(5, 1)]), 'other');
});
