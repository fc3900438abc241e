// A page whose text is turned a quarter or more (a landscape table printed on a portrait page) → the
// same page in the frame where that text is upright: its characters and paths turned back, the view
// with them; and a box found in that frame, back on the page as it is shown. PDF user space (y up).
import type { Box } from './geometry';
import type { PageView, PdfChar, PdfPath } from './pdfium';

/** Quarter turns counterclockwise of the text's direction: 1 reads upwards, 2 upside down, 3 downwards. */
export type Turn = 1 | 2 | 3;

/** A page with at least this many characters not upright, more than its upright ones, is turned. */
const MIN_TURNED = 20;

/**
 * How a page's text is turned: null when it is upright (a stamp or a watermark is a few turned
 * characters over upright text), the quarter turn of most of it, or 'other' (another angle).
 */
export function turnOfPage(chars: readonly PdfChar[]): Turn | 'other' | null {
  const counts = [0, 0, 0, 0, 0]; // by quarter turn, then at other angles
  for (const c of chars) counts[c.turn ?? 4]++;
  const turned = chars.length - counts[0];
  if (turned < MIN_TURNED || turned <= counts[0]) return null;
  const most = ([1, 2, 3] as const).reduce((best, t) => (counts[t] > counts[best] ? t : best));
  return 2 * counts[most] > turned ? most : 'other';
}

/** A point turned back by `turn` quarters (clockwise), around the origin. */
function turnBack(turn: Turn, x: number, y: number): [number, number] {
  if (turn === 1) return [y, -x];
  if (turn === 2) return [-x, -y];
  return [-y, x];
}

/** The inverse of turnBack: a point of the upright frame on the page. */
const turnForward = (turn: Turn, x: number, y: number): [number, number] => turnBack((4 - turn) as Turn, x, y);

/** The rectangle holding the four corners, each moved by `move`. */
function around(x0: number, y0: number, x1: number, y1: number, move: (x: number, y: number) => [number, number]): [number, number, number, number] {
  const corners = [move(x0, y0), move(x1, y0), move(x0, y1), move(x1, y1)];
  const xs = corners.map((c) => c[0]);
  const ys = corners.map((c) => c[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** The page's view in the upright frame. */
export const uprightView = (view: PageView, turn: Turn): PageView => around(view[0], view[1], view[2], view[3], (x, y) => turnBack(turn, x, y));

/** The characters drawn with `turn`, upright (the others, at other angles, are left out). */
export const uprightChars = (chars: readonly PdfChar[], turn: Turn): PdfChar[] =>
  chars.flatMap((c) => {
    if (c.turn !== turn) return [];
    const [x, y] = turnBack(turn, c.x, c.y);
    return [{ ...c, x, y, turn: 0 }];
  });

/** The paths, upright. */
export const uprightPaths = (paths: readonly PdfPath[], turn: Turn): PdfPath[] =>
  paths.map((p) => ({ ...p, subpaths: p.subpaths.map((s) => ({ ...s, points: s.points.map(([x, y]) => turnBack(turn, x, y)) })) }));

/**
 * A box from the upright frame's top-left corner (what the layout gives) as a box from the shown page's
 * top-left corner.
 */
export function boxOnPage(box: Box, turn: Turn, view: PageView): Box {
  const frame = uprightView(view, turn);
  // top-left coordinates of the frame → its user space → the page's user space → the page's top-left coordinates
  const [x0, y0, x1, y1] = around(frame[0] + box[0], frame[3] - box[3], frame[0] + box[2], frame[3] - box[1], (x, y) => turnForward(turn, x, y));
  return [x0 - view[0], view[3] - y1, x1 - view[0], view[3] - y0];
}
