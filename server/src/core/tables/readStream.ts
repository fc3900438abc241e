// Reads a region of text (structure/regions.ts) as the tables of a template, one after another: each
// label cell names a row of the table being read or, when it names a row or a header of another
// table of the template, starts that table; figures go to the row whose label they follow. A text
// cell that names nothing ends the row, unless the row has no figure yet (a label wrapped over lines,
// `（二）部分公开（区分处理的，只计这一情` / `形，不计其他情形）`). A table whose rows mostly do not
// have their count of figures is not read at all: its figures are not in rows (pdftotext writes some
// tables column by column), and a reading would be a guess.
import type { TableBlock } from '../structure/blocks';
import type { Cell } from '../structure/cells';
import type { Region } from '../structure/regions';
import type { TableDef, TemplateDef } from '../templates/types';
import { figureOf, UNITS, type Figure } from './figures';
import { cellLabelKey, labelsMatch, templateLabelKey } from './labels';
import { placeRows, type ParsedTable, type RowReading } from './readTable';
import { RowMatcher } from './rowMatcher';

/** Below this share of rows with exactly their figures, a table's reading is not trusted. */
const TRUSTED_SHARE = 0.8;
/** Tables with fewer data rows are judged row by row. */
const MIN_ROWS_TO_DOUBT = 3;
/** A label must be this specific to switch to another table. */
const SPECIFIC = 4;

interface Reading {
  def: TableDef;
  matcher: RowMatcher;
  readings: RowReading[];
  headerless: Figure[];
  /** Text came between the figures of the unlabelled row: they are not one row (a column-wise copy). */
  headerlessBroken: boolean;
  /** Rows after which a numbered row the template does not have stood. */
  unknownAfter: string[];
  cells: Cell[];
}

/** A text cell this long may be a heading and a header run together (a crawler's `…情况行政复议行政诉讼结果维持…`). */
const RUN_TOGETHER = 16;

/** Whether a text cell is a header of `def` (its signature or column labels), specific enough to switch tables. */
function namesHeader(cell: Cell, def: TableDef): boolean {
  const key = cellLabelKey(cell);
  if (key.core.length < SPECIFIC) return false;
  const labels = [...def.signature, ...def.columns.flatMap((c) => c.label.split('·'))];
  return labels.some((l) => {
    const t = templateLabelKey(l);
    return t.core.length >= SPECIFIC && (labelsMatch(key, t) || (key.core.length >= RUN_TOGETHER && key.core.includes(t.core)));
  });
}

/** A numbered label of its own (`5.其他形式申请数`), not a fragment of a wrapped one (`（三）不`). */
export const namesRow = (cell: Cell): boolean => {
  const key = cellLabelKey(cell);
  return key.numbering !== null && key.core.length >= SPECIFIC;
};

export function readStream(region: Region, template: TemplateDef): ParsedTable[] {
  const lookups = new Map(template.tables.map((def) => [def, new RowMatcher(def.rows.filter((r) => r.labels.length > 0))]));
  const tables: Reading[] = [];
  let current: Reading | null = null;
  let row: RowReading | null = null;
  const start = (def: TableDef): Reading => {
    const reading: Reading = { def, matcher: new RowMatcher(def.rows.filter((r) => r.labels.length > 0)), readings: [], headerless: [], headerlessBroken: false, unknownAfter: [], cells: [] };
    tables.push(reading);
    return reading;
  };
  for (const cell of region.cells) {
    if ((cell.text === '' && !cell.blank) || (current?.def.unitColumn && UNITS.has(cell.text))) continue;
    const figure = figureOf(cell);
    if (!figure && current && current.headerless.length > 0) current.headerlessBroken = true;
    if (figure) {
      if (row) row.figures.push(figure);
      else if (current?.def.headerlessRow && current.readings.length === 0) current.headerless.push(figure);
      current?.cells.push(cell);
      continue;
    }
    const labels = current ? current.matcher.split(cell) : [cell];
    if (current && labels.length === 2) {
      for (const label of labels) {
        row = { def: current.matcher.take(current.matcher.find(label)), labelCell: label, figures: [] };
        current.readings.push(row);
      }
      current.cells.push(cell);
      continue;
    }
    const own = current ? current.matcher.find(cell) : -1;
    if (current && own >= 0) {
      row = { def: current.matcher.take(own), labelCell: cell, figures: [] };
      current.readings.push(row);
      current.cells.push(cell);
      continue;
    }
    const specific = cellLabelKey(cell).core.length >= SPECIFIC;
    const other = specific ? template.tables.find((def) => def !== current?.def && (lookups.get(def)!.find(cell) >= 0 || namesHeader(cell, def))) : undefined;
    if (other) {
      current = start(other);
      current.cells.push(cell);
      const index = current.matcher.find(cell);
      row = index >= 0 ? { def: current.matcher.take(index), labelCell: cell, figures: [] } : null;
      if (row) current.readings.push(row);
      continue;
    }
    if (current && namesHeader(cell, current.def)) {
      row = null;
      continue;
    }
    // text that names nothing: a wrapped label goes on; after figures, the row is over, and a
    // numbered label there is a row the template does not have (its figures are not read)
    if (row && row.figures.length > 0) {
      if (namesRow(cell) && current) current.unknownAfter.push(row.def.key);
      row = null;
    }
  }
  return tables.flatMap((t) => {
    const first = t.cells[0];
    const last = t.cells[t.cells.length - 1];
    if (!first) return [];
    const block: TableBlock = { format: 'stream', firstLine: first.line, lastLine: last.line, start: first.start, end: last.end, cells: t.cells };
    const table = placeRows(block, t.def, t.readings, t.headerlessBroken ? [] : t.headerless, t.unknownAfter);
    const at = t.readings[0]?.labelCell ?? first;
    return [t.headerlessBroken ? untrusted(table, at, 1, 0) : trusted(table, at)];
  });
}

/** A table read from a stream is kept only if most of its data rows were placed. */
function trusted(table: ParsedTable, at: Cell): ParsedTable {
  const data = table.def.rows.filter((r) => r.values !== 0 && table.rowsSeen.has(r.key));
  const placed = data.filter((r) => [...table.cells.values()].some((c) => c.row === r.key)).length;
  if (data.length === 0 && table.cells.size === 0) return untrusted(table, at, table.def.rows.filter((r) => r.values !== 0).length, 0);
  // a table of one or two rows keeps its rows' own warnings (table 四's one row with a figure missing)
  return data.length < MIN_ROWS_TO_DOUBT || placed >= TRUSTED_SHARE * data.length ? table : untrusted(table, at, data.length, placed);
}

function untrusted(table: ParsedTable, at: Cell, rows: number, placed: number): ParsedTable {
  return {
    ...table,
    cells: new Map(),
    shapeIssues: [{ row: '', rowLabel: '', expected: rows, found: placed, start: at.start, end: at.end, resolved: false, notInRows: true }],
  };
}
