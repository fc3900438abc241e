// A page's painted paths (PDFium) → the ruling lines drawn on it: stroked straight lines and thin
// filled rectangles (how Word, WPS and browsers draw table borders), axis-aligned, in points from
// the page's top-left corner.
import type { Segment } from './geometry';
import type { PdfPath } from './pdfium';

/** A filled rectangle at most this thick (points) is a line. */
const THIN = 2.5;
/** Off-axis drift (points) still read as a horizontal or vertical line. */
const SKEW = 0.5;
/** Shorter lines are glyph decorations, not rulings. */
const MIN_LENGTH = 2;

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

/** The ruling lines among the painted paths of a page whose view (crop box) is [x0, y0, x1, y1]. */
export function rulingsOf(paths: readonly PdfPath[], view: readonly number[]): Segment[] {
  const [left, , , top] = view;
  const segments: Segment[] = [];
  for (const { subpaths, stroked } of paths) {
    for (const path of subpaths) {
      const points = path.points.map(([x, y]): [number, number] => [x - left, top - y]);
      if (stroked) {
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
  return segments;
}
