// The tables drawn on one page, rebuilt from their ruling lines: lines that touch form a table; its
// column edges are the x of its vertical lines, its row edges the y of its horizontal lines; two
// neighbouring grid squares are one cell where no line separates them (a merged header, a label
// spanning rows, written vertically or once in the middle); the text inside a cell's box is the cell's.
// An edge without a line on the table's top or bottom row is open: the cell goes on over a page break.
import { centre, union, type Box, type Segment, type TextRun } from './geometry';
import { clusterValues, intervalOf, UnionFind } from './clusters';

/** Points within which two line ends meet or two coordinates are one edge. */
const TOLERANCE = 2;

export interface FragmentCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  runs: TextRun[];
  openTop: boolean;
  openBottom: boolean;
}

/** A table, or the part of it drawn on one page. */
export interface TableFragment {
  page: number;
  box: Box;
  /** Column edges, left to right. */
  xs: number[];
  /** Row edges, top to bottom. */
  ys: number[];
  cells: FragmentCell[];
}

const isHorizontal = (s: Segment): boolean => s.y0 === s.y1;

function touches(a: Segment, b: Segment): boolean {
  const t = TOLERANCE;
  return a.x0 - t <= b.x1 && b.x0 - t <= a.x1 && a.y0 - t <= b.y1 && b.y0 - t <= a.y1;
}

/** Groups of lines that touch one another (each a table candidate). */
function components(segments: readonly Segment[]): Segment[][] {
  const uf = new UnionFind(segments.length);
  for (let i = 0; i < segments.length; i++) for (let j = i + 1; j < segments.length; j++) if (touches(segments[i], segments[j])) uf.union(i, j);
  const groups = new Map<number, Segment[]>();
  segments.forEach((s, i) => {
    const root = uf.find(i);
    groups.set(root, [...(groups.get(root) ?? []), s]);
  });
  return [...groups.values()];
}

/** Whether a line at `at` (x of a vertical, y of a horizontal line) covers the point `along` the other axis. */
function ruled(lines: readonly Segment[], horizontal: boolean, at: number, along: number): boolean {
  return lines.some((s) =>
    horizontal
      ? Math.abs(s.y0 - at) <= TOLERANCE && s.x0 - TOLERANCE <= along && along <= s.x1 + TOLERANCE
      : Math.abs(s.x0 - at) <= TOLERANCE && s.y0 - TOLERANCE <= along && along <= s.y1 + TOLERANCE,
  );
}

/**
 * The table drawn by one group of lines, or null when they draw no grid of at least 2 columns (one row
 * may be a table's last row carried over to the next page: layout.ts keeps it only as such).
 */
function gridOf(lines: readonly Segment[], page: number): TableFragment | null {
  const horizontals = lines.filter(isHorizontal);
  const verticals = lines.filter((s) => !isHorizontal(s));
  if (horizontals.length < 2 || verticals.length < 2) return null;
  const xs = clusterValues([...verticals.map((s) => s.x0), ...horizontals.flatMap((s) => [s.x0, s.x1])], TOLERANCE);
  const ys = clusterValues([...horizontals.map((s) => s.y0), ...verticals.flatMap((s) => [s.y0, s.y1])], TOLERANCE);
  const [rows, cols] = [ys.length - 1, xs.length - 1];
  if (rows < 1 || cols < 2) return null;
  const id = (r: number, c: number) => r * cols + c;
  const uf = new UnionFind(rows * cols);
  for (let r = 0; r < rows; r++) {
    const midY = (ys[r] + ys[r + 1]) / 2;
    for (let c = 0; c < cols; c++) {
      const midX = (xs[c] + xs[c + 1]) / 2;
      if (c + 1 < cols && !ruled(verticals, false, xs[c + 1], midY)) uf.union(id(r, c), id(r, c + 1));
      if (r + 1 < rows && !ruled(horizontals, true, ys[r + 1], midX)) uf.union(id(r, c), id(r + 1, c));
    }
  }
  const bounds = new Map<number, { r0: number; r1: number; c0: number; c1: number }>();
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const root = uf.find(id(r, c));
      const b = bounds.get(root);
      if (!b) bounds.set(root, { r0: r, r1: r, c0: c, c1: c });
      else Object.assign(b, { r0: Math.min(b.r0, r), r1: Math.max(b.r1, r), c0: Math.min(b.c0, c), c1: Math.max(b.c1, c) });
    }
  }
  const openAt = (y: number, c0: number, c1: number): boolean => {
    for (let c = c0; c <= c1; c++) if (!ruled(horizontals, true, y, (xs[c] + xs[c + 1]) / 2)) return true;
    return false;
  };
  const cells = [...bounds.values()].map(({ r0, r1, c0, c1 }): FragmentCell => ({
    row: r0,
    col: c0,
    rowSpan: r1 - r0 + 1,
    colSpan: c1 - c0 + 1,
    runs: [],
    openTop: r0 === 0 && openAt(ys[0], c0, c1),
    openBottom: r1 === rows - 1 && openAt(ys[rows], c0, c1),
  }));
  cells.sort((a, b) => a.row - b.row || a.col - b.col);
  return { page, box: [xs[0], ys[0], xs[cols], ys[rows]], xs, ys, cells };
}

/** The cell of a fragment holding a point, or null. */
function cellAt(table: TableFragment, x: number, y: number): FragmentCell | null {
  const [r, c] = [intervalOf(table.ys, y), intervalOf(table.xs, x)];
  if (r < 0 || c < 0) return null;
  return table.cells.find((cell) => cell.row <= r && r < cell.row + cell.rowSpan && cell.col <= c && c < cell.col + cell.colSpan) ?? null;
}

/** A run cut where its characters fall into different cells (a run drawn across a column edge). */
function splitByCell(run: TextRun, table: TableFragment): { run: TextRun; cell: FragmentCell | null }[] {
  const { boxes } = run;
  const parts: { run: TextRun; cell: FragmentCell | null }[] = [];
  for (let i = 0; i < run.text.length; i++) {
    const [x, y] = centre(boxes[i]);
    const cell = cellAt(table, x, y);
    const last = parts[parts.length - 1];
    if (last && last.cell === cell) {
      last.run.text += run.text[i];
      last.run.box = union(last.run.box, boxes[i]);
      last.run.boxes.push(boxes[i]);
    }
    else parts.push({ run: { ...run, text: run.text[i], box: boxes[i], boxes: [boxes[i]] }, cell });
  }
  return parts;
}

/** The tables of a page and the runs outside them. */
export function tableFragments(segments: readonly Segment[], runs: readonly TextRun[], page: number): { tables: TableFragment[]; rest: TextRun[] } {
  const tables = components(segments).flatMap((lines) => gridOf(lines, page) ?? []);
  const rest: TextRun[] = [];
  for (const run of runs) {
    const [x, y] = centre(run.box);
    const table = tables.find((t) => t.box[0] <= x && x <= t.box[2] && t.box[1] <= y && y <= t.box[3]);
    if (!table) {
      rest.push(run);
      continue;
    }
    for (const part of splitByCell(run, table)) {
      if (part.cell) part.cell.runs.push(part.run);
      else rest.push(part.run);
    }
  }
  return { tables: tables.sort((a, b) => a.box[1] - b.box[1]), rest };
}
