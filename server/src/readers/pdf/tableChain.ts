// A table continued over pages → one table: the parts' column edges merged, the header repeated at
// the top of a page dropped, and a cell broken by the page joined with its rest on the next page:
// where the line between them is missing on both pages, where a label spanning rows goes on
// (`三、本年度办理结果` over an empty cell, `（四）无` / `法提供`: the rest starts no new item), or where a
// whole row was broken (its rest holds no figure and starts no item).
import type { TextRun } from './geometry';
import { clusterValues, nearestIndex } from './clusters';
import type { TableFragment } from './tableFragments';

/** Column edges of two pages' parts closer than this (points) are one edge. */
const EDGE_TOLERANCE = 3;

/** The text of a cell drawn on one page. */
export interface CellPart {
  page: number;
  runs: TextRun[];
}

export interface TableCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  parts: CellPart[];
}

export interface Table {
  rows: number;
  cols: number;
  /** Ordered by row, then column. */
  cells: TableCell[];
}

interface ChainCell extends TableCell {
  openTop: boolean;
  openBottom: boolean;
}

/** Whether fragment `next` (first on its page) continues `last` (last on the page before): same left and right edges. */
export function continues(last: TableFragment, next: TableFragment): boolean {
  return next.page === last.page + 1 && Math.abs(last.box[0] - next.box[0]) <= EDGE_TOLERANCE && Math.abs(last.box[2] - next.box[2]) <= EDGE_TOLERANCE;
}

const runsText = (runs: readonly TextRun[]): string => runs.map((r) => r.text.replace(/\s+/g, '')).join('');

/** The start of a new item: `（五）`, `(5)`, `五、`, `5.`, `5、`, `第…`. */
const ITEM_START = /^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+\s*[.、．]|第)/;

const cellText = (c: ChainCell): string => c.parts.map((p) => runsText(p.runs)).join('');

/** Whether `below`, first on its page, is the rest of `above`, last on the page before (same columns). */
function joins(above: ChainCell, below: ChainCell): boolean {
  if (above.openBottom && below.openTop) return true;
  const [upper, lower] = [cellText(above), cellText(below)];
  const spansRows = above.rowSpan > 1 || below.rowSpan > 1;
  return upper !== '' && spansRows && (lower === '' || !ITEM_START.test(lower));
}

const isFigure = (text: string): boolean => /^[\d.,+-]+$/.test(text);

/**
 * Whether the first row of a page's part, `row`, is the rest of the row above it broken by the page
 * (word processors let a row break across pages, and draw its borders on both): each of its cells under
 * a cell of the same columns, the row above has figures and the rest's cells under them are empty, and
 * text goes on only under text, starting no new item and holding no digit (`1.本机` … `5`, then
 * `关不掌握相关政府信息` over empty figure cells). A row with anything under a figure (`—`, `无`, a header)
 * is a row of its own.
 */
function restOfBrokenRow(row: readonly ChainCell[], above: readonly (ChainCell | undefined)[]): boolean {
  if (!above.every((a) => a !== undefined)) return false;
  const texts = row.map(cellText);
  const figuresAbove = above.map((a) => isFigure(cellText(a!)));
  return (
    figuresAbove.some(Boolean) &&
    texts.some((t) => t !== '') &&
    texts.every((t, k) => t === '' || (!figuresAbove[k] && !/\d/.test(t) && !ITEM_START.test(t)))
  );
}

/** How many top rows of `next` repeat the top rows of `first` (a header printed again on a new page). */
function repeatedHeaderRows(first: TableFragment, next: TableFragment): number {
  const rowText = (t: TableFragment, r: number) => t.cells.filter((c) => c.row === r).map((c) => runsText(c.runs)).join('\t');
  let k = 0;
  while (k < first.ys.length - 2 && k < next.ys.length - 2 && rowText(next, k) !== '' && rowText(next, k) === rowText(first, k)) k++;
  return next.cells.some((c) => c.row < k && c.row + c.rowSpan > k) ? 0 : k;
}

/** Drops rows no cell starts in and columns no cell starts in (edges only one part had), shrinking spans. */
function compact(cells: ChainCell[], rows: number, cols: number): Table {
  const keptRows = Array.from({ length: rows }, (_, r) => cells.some((c) => c.row === r));
  const keptCols = Array.from({ length: cols }, (_, k) => cells.some((c) => c.col === k));
  // the new index of each kept row or column: how many are kept before it
  const newIndex = (kept: boolean[]) => kept.map((_, i) => kept.slice(0, i).filter(Boolean).length);
  const rowAt = newIndex(keptRows);
  const colAt = newIndex(keptCols);
  const count = (kept: boolean[], from: number, span: number) => kept.slice(from, from + span).filter(Boolean).length;
  return {
    rows: keptRows.filter(Boolean).length,
    cols: keptCols.filter(Boolean).length,
    cells: cells
      .map((c) => ({ row: rowAt[c.row], col: colAt[c.col], rowSpan: count(keptRows, c.row, c.rowSpan), colSpan: count(keptCols, c.col, c.colSpan), parts: c.parts }))
      .sort((a, b) => a.row - b.row || a.col - b.col),
  };
}

/** One table from its parts on consecutive pages (each `continues` the one before). */
export function chainTable(fragments: readonly TableFragment[]): Table {
  const edges = clusterValues(fragments.flatMap((f) => f.xs), EDGE_TOLERANCE);
  const edgeOf = (x: number) => nearestIndex(edges, x);
  const cells: ChainCell[] = [];
  let rowOffset = 0;
  let lastRow: ChainCell[] = [];
  fragments.forEach((fragment, index) => {
    const skip = index === 0 ? 0 : repeatedHeaderRows(fragments[0], fragment);
    const rowsHere = fragment.ys.length - 1 - skip;
    const placed = fragment.cells
      .filter((c) => c.row >= skip)
      .map((c): ChainCell => {
        const col = edgeOf(fragment.xs[c.col]);
        return {
          row: rowOffset + c.row - skip,
          col,
          rowSpan: c.rowSpan,
          colSpan: edgeOf(fragment.xs[c.col + c.colSpan]) - col,
          parts: [{ page: fragment.page, runs: c.runs }],
          openTop: c.openTop && skip === 0,
          openBottom: c.openBottom,
        };
      });
    const aboveOf = (cell: ChainCell) => (cell.row === rowOffset ? lastRow.find((a) => a.col === cell.col && a.colSpan === cell.colSpan) : undefined);
    const first = placed.filter((c) => c.row === rowOffset);
    const broken = index > 0 && restOfBrokenRow(first, first.map(aboveOf));
    for (const cell of placed) {
      const above = aboveOf(cell);
      if (above && (joins(above, cell) || (broken && first.includes(cell)))) {
        above.rowSpan += cell.rowSpan;
        above.parts.push(...cell.parts);
        above.openBottom = cell.openBottom;
      } else cells.push(cell);
    }
    rowOffset += rowsHere;
    lastRow = cells.filter((c) => c.row + c.rowSpan === rowOffset);
  });
  return compact(cells, rowOffset, edges.length - 1);
}
