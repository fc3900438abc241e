// A page's operator list (pdfjs) → the ruling lines drawn on it: stroked straight lines and thin
// filled rectangles (how Word, WPS and browsers draw table borders), axis-aligned, in points from
// the page's top-left corner. Paths are tracked through the graphics state (save/restore, cm, forms).
import type { Segment } from './geometry';

/** The pdfjs operator codes the walk needs (`OPS` of pdfjs-dist). */
export interface OperatorCodes {
  save: number;
  restore: number;
  transform: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  constructPath: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}

export interface OperatorList {
  fnArray: ArrayLike<number>;
  argsArray: readonly unknown[];
}

type Matrix = [number, number, number, number, number, number];

/** A filled rectangle at most this thick (points) is a line. */
const THIN = 2.5;
/** Off-axis drift (points) still read as a horizontal or vertical line. */
const SKEW = 0.5;
/** Shorter lines are glyph decorations, not rulings. */
const MIN_LENGTH = 2;

// pdfjs path data: moveTo x y, lineTo x y, curveTo 6, quadraticCurveTo 4, closePath
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUAD = 3;

const multiply = (m: Matrix, n: readonly number[]): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];

/** The subpaths of pdfjs path data as point lists; curves end a subpath (a rounded shape is no ruling). */
function subpaths(data: ArrayLike<number>): { points: [number, number][]; closed: boolean }[] {
  const paths: { points: [number, number][]; closed: boolean }[] = [];
  let current: [number, number][] = [];
  const end = (closed: boolean) => {
    if (current.length > 1) paths.push({ points: current, closed });
    current = [];
  };
  for (let i = 0; i < data.length; ) {
    const op = data[i];
    if (op === MOVE || op === LINE) {
      if (op === MOVE) end(false);
      current.push([data[i + 1], data[i + 2]]);
      i += 3;
    } else if (op === CURVE || op === QUAD) {
      end(false);
      i += op === CURVE ? 7 : 5;
    } else {
      end(true);
      i += 1;
    }
  }
  end(false);
  return paths;
}

function axisSegment(x0: number, y0: number, x1: number, y1: number): Segment | null {
  if (Math.abs(y1 - y0) <= SKEW && Math.abs(x1 - x0) >= MIN_LENGTH) {
    const y = (y0 + y1) / 2;
    return { x0: Math.min(x0, x1), y0: y, x1: Math.max(x0, x1), y1: y };
  }
  if (Math.abs(x1 - x0) <= SKEW && Math.abs(y1 - y0) >= MIN_LENGTH) {
    const x = (x0 + x1) / 2;
    return { x0: x, y0: Math.min(y0, y1), x1: x, y1: Math.max(y0, y1) };
  }
  return null;
}

/** The centre line of a thin axis-aligned rectangle (4 corners), else null. */
function thinRectangle(points: [number, number][]): Segment | null {
  const corners = points.length === 5 && points[4][0] === points[0][0] && points[4][1] === points[0][1] ? points.slice(0, 4) : points;
  if (corners.length !== 4) return null;
  const xs = corners.map((p) => p[0]);
  const ys = corners.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const axisAligned = corners.every((p, i) => {
    const q = corners[(i + 1) % 4];
    return Math.abs(p[0] - q[0]) <= SKEW || Math.abs(p[1] - q[1]) <= SKEW;
  });
  if (!axisAligned) return null;
  if (y1 - y0 <= THIN && x1 - x0 >= MIN_LENGTH) return axisSegment(x0, (y0 + y1) / 2, x1, (y0 + y1) / 2);
  if (x1 - x0 <= THIN && y1 - y0 >= MIN_LENGTH) return axisSegment((x0 + x1) / 2, y0, (x0 + x1) / 2, y1);
  return null;
}

/** The ruling lines of a page whose view (media box) is [x0, y0, x1, y1]. */
export function rulingsOf(list: OperatorList, ops: OperatorCodes, view: readonly number[]): Segment[] {
  const [left, , , top] = view;
  const strokes = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const fills = new Set([ops.fill, ops.eoFill, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const segments: Segment[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const toPage = (x: number, y: number): [number, number] => [ctm[0] * x + ctm[2] * y + ctm[4] - left, top - (ctm[1] * x + ctm[3] * y + ctm[5])];
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[] | null;
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform && args) ctm = multiply(ctm, args as number[]);
    else if (fn === ops.paintFormXObjectBegin && args) {
      stack.push(ctm);
      if (Array.isArray(args[0]) || ArrayBuffer.isView(args[0])) ctm = multiply(ctm, args[0] as number[]);
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === ops.constructPath && args) {
      const paint = args[0] as number;
      const data = (args[1] as (ArrayLike<number> | null)[] | undefined)?.[0];
      if (!data || (!strokes.has(paint) && !fills.has(paint))) continue;
      for (const path of subpaths(data)) {
        const points = path.points.map(([x, y]) => toPage(x, y));
        if (strokes.has(paint)) {
          const edges = path.closed ? points.length : points.length - 1;
          for (let k = 0; k < edges; k++) {
            const [p, q] = [points[k], points[(k + 1) % points.length]];
            const s = axisSegment(p[0], p[1], q[0], q[1]);
            if (s) segments.push(s);
          }
        } else {
          const s = thinRectangle(points);
          if (s) segments.push(s);
        }
      }
    }
  }
  return segments;
}
