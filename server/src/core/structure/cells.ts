// Recognises the lines that hold table cells, in each flattening seen in published reports:
//  - one cell per line ending in ` |` (empty cells and padding as lines of bare pipes);
//  - tab-separated rows;
//  - markdown pipe rows (`| a | b |`, separator lines `|---|`);
//  - space-aligned columns (two or more spaces between cells, at least one cell a figure).
import type { Line } from './lines';

export type Flattening = 'pipe-cells' | 'tsv' | 'markdown' | 'spaces';

export interface Cell {
  /** Trimmed cell text. */
  text: string;
  /** Normalised offsets of the trimmed text (start = end for an empty cell). */
  start: number;
  end: number;
  line: number;
  /** An empty cell the text writes out (a browser's copy puts U+00A0 in one): a missing value, not layout. */
  blank?: boolean;
}

export interface CellLine {
  line: Line;
  format: Flattening;
  cells: Cell[];
  /** Space-aligned cells without a figure (a header row): part of a table only next to real rows. */
  weak?: boolean;
}

// thousands separators only in groups of three (`3,05` is no figure)
const FIGURE = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?\s*(万元|元|%)?$/;
const MAX_CELL_LINE = 4000;

function cellsBySeparator(line: Line, separator: string): Cell[] {
  const cells: Cell[] = [];
  let from = 0;
  const text = line.text;
  while (from <= text.length) {
    let to = text.indexOf(separator, from);
    if (to < 0) to = text.length;
    let a = from;
    let b = to;
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    cells.push({ text: text.slice(a, b), start: line.start + a, end: line.start + b, line: line.index });
    from = to + separator.length;
  }
  return cells;
}

function spaceCells(line: Line): Cell[] {
  const cells: Cell[] = [];
  const re = /\S+(?: \S+)*/g;
  for (let m = re.exec(line.text); m; m = re.exec(line.text)) {
    cells.push({ text: m[0], start: line.start + m.index, end: line.start + m.index + m[0].length, line: line.index });
  }
  return cells;
}

/** The cells of a line, or null when the line is prose (or blank). */
export function readCellLine(line: Line): CellLine | null {
  const text = line.text;
  const trimmed = text.trim();
  if (trimmed === '' || text.length > MAX_CELL_LINE) return null;
  if (text.includes('\t')) {
    const cells = cellsBySeparator(line, '\t');
    if (cells.filter((c) => c.text !== '').length >= 1 && cells.length >= 2) return { line, format: 'tsv', cells };
  }
  if (trimmed.includes('|')) {
    const parts = cellsBySeparator(line, '|');
    const filled = parts.filter((c) => c.text !== '');
    if (trimmed.endsWith('|') && filled.length <= 1 && !trimmed.startsWith('|')) {
      return { line, format: 'pipe-cells', cells: filled };
    }
    if (/^\|+$/.test(trimmed)) return { line, format: 'pipe-cells', cells: [] };
    if (filled.length >= 2 || (trimmed.startsWith('|') && trimmed.endsWith('|'))) {
      if (/^\|?\s*:?-{3,}/.test(trimmed)) return { line, format: 'markdown', cells: [] };
      const inner = trimmed.startsWith('|') ? parts.slice(1, trimmed.endsWith('|') ? -1 : undefined) : parts.slice(0, trimmed.endsWith('|') ? -1 : undefined);
      return { line, format: 'markdown', cells: inner };
    }
  }
  if (/\S {2,}\S/.test(trimmed) && !trimmed.includes('。')) {
    const cells = spaceCells(line);
    if (cells.length >= 2) return { line, format: 'spaces', cells, weak: !cells.some((c) => FIGURE.test(c.text)) };
  }
  return null;
}

export function isFigureCell(text: string): boolean {
  return FIGURE.test(text);
}
