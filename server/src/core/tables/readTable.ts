// Reads a table block against a template table: finds each row by its label, takes the figures
// that follow it, and maps them to the row's columns. A text flattening is read as a cell stream, so
// it does not depend on how the table was flattened (row breaks, padding and empty cells are layout);
// a grid from the source's structure is read row by row and column by column (gridRows.ts).
import type { Decimal } from '../numbers/decimal';
import type { Cell } from '../structure/cells';
import type { TableBlock } from '../structure/blocks';
import type { Identity, RowDef, TableDef } from '../templates/types';
import { evaluateIdentity } from './evaluate';
import { RowMatcher } from './rowMatcher';
import { figureOf, UNITS, type Figure } from './figures';
import { gridRows } from './gridRows';

export interface TableCell {
  row: string;
  column: string;
  /** Null for a blank cell (`-`, `—`, `/`, `无`, empty): an addend of 0, but never a stated total. */
  value: Decimal | null;
  /** Normalised offsets of the figure. */
  start: number;
  end: number;
  text: string;
  /** Display name, e.g. `（一）予以公开 · 自然人`. */
  name: string;
  /** The row had more figures than the template and this reading was chosen among several. */
  guessed: boolean;
}

export interface ShapeIssue {
  row: string;
  /** Empty for the unlabelled data row (table 四) and for a whole table (`notInRows`). */
  rowLabel: string;
  expected: number;
  found: number;
  /** Normalised offsets to report at (the row label). */
  start: number;
  end: number;
  resolved: boolean;
  /** The whole table: most rows did not have their figures after them (the text is not in rows). */
  notInRows?: boolean;
}

export interface ParsedTable {
  def: TableDef;
  block: TableBlock;
  /** Normalised offsets of the first matched label or figure (for the outline's selection). */
  captionStart: number;
  captionEnd: number;
  cells: Map<string, TableCell>;
  /** Rows whose label was found, read or not. */
  rowsSeen: Set<string>;
  /** Rows after which a numbered row the template does not have stood (a province's `5.其他形式申请数`). */
  unknownAfter: Set<string>;
  shapeIssues: ShapeIssue[];
}

export const cellId = (row: string, column: string): string => `${row}\u0000${column}`;

const MAX_EXTRA = 2;

export interface RowReading {
  def: RowDef;
  labelCell: Cell;
  figures: Figure[];
}

function collectRows(block: TableBlock, def: TableDef): { readings: RowReading[]; headerless: Figure[] } {
  const matcher = new RowMatcher(def.rows.filter((r) => r.labels.length > 0));
  const readings: RowReading[] = [];
  const headerless: Figure[] = [];
  let current: RowReading | null = null;
  for (const cell of block.cells) {
    if (cell.text === '' || (def.unitColumn && UNITS.has(cell.text))) continue;
    const figure = figureOf(cell);
    if (figure) {
      if (current) current.figures.push(figure);
      else if (def.headerlessRow) headerless.push(figure);
      continue;
    }
    for (const label of matcher.split(cell)) {
      const row = matcher.match(label);
      current = row ? { def: row, labelCell: label, figures: [] } : null;
      if (row) readings.push(current!);
    }
  }
  return { readings, headerless };
}

/** A row's figures without the empty cells after them that pad it to the table's width (a block of
 * table 二 with fewer columns than the table, given as a grid): layout, not missing values. */
function withoutPadding(figures: Figure[], expected: number): Figure[] {
  let n = figures.length;
  while (n > expected && figures[n - 1].value === null && figures[n - 1].cell.text === '') n--;
  return figures.slice(0, n);
}

/** Which figures to keep when a row has `extra` too many: every way of dropping `extra` of them. */
function* dropChoices(n: number, extra: number, from = 0): Generator<number[]> {
  if (extra === 0) {
    yield [];
    return;
  }
  for (let i = from; i <= n - extra; i++) {
    for (const rest of dropChoices(n, extra - 1, i + 1)) yield [i, ...rest];
  }
}

function assign(row: RowDef, columns: readonly string[], figures: Figure[], guessed: boolean, rowName: string, def: TableDef): TableCell[] {
  return figures.map((f, i) => {
    const column = columns[i];
    const columnLabel = def.columns.length > 1 ? def.columns.find((c) => c.key === column)?.label : undefined;
    return {
      row: row.key,
      column,
      value: f.value,
      start: f.cell.start,
      end: f.cell.end,
      text: f.cell.text,
      // the unlabelled row of table 四 is named by its column alone (`行政复议·总计`)
      name: columnLabel ? (row.labels.length > 0 ? `${rowName} · ${columnLabel}` : columnLabel) : rowName,
      guessed,
    };
  });
}

/** Readings of an over-long row under which every identity inside the row holds; null if not exactly one. */
function uniqueReading(row: RowDef, columns: readonly string[], figures: Figure[], rowName: string, def: TableDef): TableCell[] | null {
  const inside = def.identities.filter((id) => identityRows(id).every((r) => r === row.key));
  if (inside.length === 0) return null;
  const readings = new Map<string, TableCell[]>();
  for (const drop of dropChoices(figures.length, figures.length - columns.length)) {
    const kept = figures.filter((_, i) => !drop.includes(i));
    const cells = assign(row, columns, kept, true, rowName, def);
    const byId = new Map(cells.map((c) => [cellId(c.row, c.column), c]));
    if (!inside.every((id) => evaluateIdentity(id, byId)?.ok)) continue;
    readings.set(kept.map((f) => (f.value ? f.value.units : 'blank')).join(','), cells);
  }
  return readings.size === 1 ? [...readings.values()][0] : null;
}

function identityRows(id: Identity): string[] {
  switch (id.kind) {
    case 'sum':
      return [id.total[0], ...id.parts.map((p) => p[0])];
    case 'balance':
      return [...id.left, ...id.right].map((p) => p[0]);
    case 'atMost':
      return [...id.part, ...id.whole].map((p) => p[0]);
  }
}

export function readTable(block: TableBlock, def: TableDef): ParsedTable {
  const { readings, headerless, unknownAfter } = block.grid ? gridRows(block.grid, def) : { ...collectRows(block, def), unknownAfter: [] };
  return placeRows(block, def, readings, headerless, unknownAfter);
}

/**
 * The rows placed by the template table, or by the local variant of it they fit better: fewer rows
 * left unread, then fewer rows whose figures had to be guessed out of too many.
 */
export function placeRows(block: TableBlock, def: TableDef, readings: readonly RowReading[], headerless: readonly Figure[], unknownAfter: readonly string[] = []): ParsedTable {
  const misfit = (t: ParsedTable): number => t.shapeIssues.filter((i) => !i.resolved).length * 1000 + t.shapeIssues.length;
  let best = placeIn(block, def, readings, headerless, unknownAfter);
  for (const variant of def.variants ?? []) {
    if (misfit(best) === 0) break;
    const rows = readings.map((r) => ({ ...r, def: variant.rows.find((v) => v.key === r.def.key) }));
    if (rows.some((r) => !r.def)) continue;
    const other = placeIn(block, variant, rows as RowReading[], headerless, unknownAfter);
    if (misfit(other) < misfit(best)) best = other;
  }
  return best;
}

/** Each row's figures placed in its columns when their count fits the template (or one reading of a few extra fits its sums). */
function placeIn(block: TableBlock, def: TableDef, given: readonly RowReading[], headerless: readonly Figure[], unknownAfter: readonly string[]): ParsedTable {
  const readings = [...given];
  if (def.headerlessRow && headerless.length > 0) {
    const row = def.rows.find((r) => r.key === def.headerlessRow)!;
    readings.push({ def: row, labelCell: headerless[0].cell, figures: [...headerless] });
  }
  const cells = new Map<string, TableCell>();
  const shapeIssues: ShapeIssue[] = [];
  for (const reading of readings) {
    const row = reading.def;
    const columns = row.columns ?? def.columns.map((c) => c.key);
    const expected = row.values ?? columns.length;
    const figures = withoutPadding(reading.figures, expected);
    const found = figures.length;
    const rowName = row.labels[0] ?? '';
    let placed: TableCell[] | null = null;
    if (found === expected) placed = assign(row, columns, figures, false, rowName, def);
    else if (found > expected && expected > 0 && found - expected <= MAX_EXTRA) {
      placed = uniqueReading(row, columns, figures, rowName, def);
    }
    if (found !== expected) {
      const at = reading.labelCell;
      const end = figures.length > 0 ? figures[figures.length - 1].cell.end : at.end;
      shapeIssues.push({ row: row.key, rowLabel: rowName, expected, found, start: at.start, end: row.labels.length > 0 ? at.end : end, resolved: placed !== null });
    }
    for (const cell of placed ?? []) cells.set(cellId(cell.row, cell.column), cell);
  }
  const first = readings[0]?.labelCell;
  return {
    def,
    block,
    captionStart: first?.start ?? block.start,
    captionEnd: first?.end ?? block.start,
    cells,
    rowsSeen: new Set(readings.map((r) => r.def.key)),
    unknownAfter: new Set(unknownAfter),
    shapeIssues,
  };
}
