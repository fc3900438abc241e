// Groups cell lines into table blocks: runs of cell lines, blank lines allowed inside (page breaks),
// ended by any line of prose.
import { readCellLine, type Cell, type CellLine, type Flattening } from './cells';
import type { Line } from './lines';

/** A position of a grid: its cell (an empty one for an empty cell) and, if covered by a spanning cell, where from. */
export interface GridPosition {
  cell: Cell;
  from?: 'above' | 'left';
}

export interface TableBlock {
  format: Flattening | 'grid' | 'stream';
  firstLine: number;
  lastLine: number;
  start: number;
  end: number;
  /** All cells in reading order (for a grid: each cell once). */
  cells: Cell[];
  /** The rows of a table given as a grid by its source. */
  grid?: GridPosition[][];
}

function dominantFormat(lines: CellLine[]): Flattening {
  const counts = new Map<Flattening, number>();
  for (const l of lines) counts.set(l.format, (counts.get(l.format) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
}

function toBlock(run: CellLine[]): TableBlock {
  const first = run[0].line;
  const last = run[run.length - 1].line;
  return {
    format: dominantFormat(run),
    firstLine: first.index,
    lastLine: last.index,
    start: first.start,
    end: last.end,
    cells: run.flatMap((l) => l.cells),
  };
}

/** Table blocks of text flattenings; `skip`: lines of tables given as grids, which end a block. */
export function findTableBlocks(lines: readonly Line[], skip: ReadonlySet<number> = new Set()): { blocks: TableBlock[]; tableLines: Set<number> } {
  const blocks: TableBlock[] = [];
  const tableLines = new Set<number>();
  let run: CellLine[] = [];
  const close = (): void => {
    // a lone cell line inside prose is not a table, nor are space-aligned lines without figures
    if (run.length >= 2 && run.some((l) => !l.weak)) {
      blocks.push(toBlock(run));
      for (let i = run[0].line.index; i <= run[run.length - 1].line.index; i++) tableLines.add(i);
    }
    run = [];
  };
  for (const line of lines) {
    if (skip.has(line.index)) {
      close();
      continue;
    }
    const cellLine = readCellLine(line);
    if (cellLine) run.push(cellLine);
    else if (line.text.trim() !== '') close();
  }
  close();
  return { blocks, tableLines };
}
