// Rows of a table given as a grid (HTML, DOCX, PDF geometry): each row's label is its most specific
// label cell that names a template row (a row-spanning group label such as `三、本年度办理结果` is
// context), and its figures are the cells under the template's columns, found from the header cells
// above the first row of figures; where the header does not name every column, the cells after the
// label. An empty cell is a missing value, not a zero; a colspan continuation is not a second figure.
import type { GridPosition } from '../structure/blocks';
import type { Cell } from '../structure/cells';
import type { TableDef } from '../templates/types';
import { cellLabelKey, labelsMatch, templateLabelKey } from './labels';
import { figureOf, UNITS, type Figure } from './figures';
import type { RowReading } from './readTable';
import { namesRow } from './readStream';
import { RowMatcher } from './rowMatcher';
import { maxOf } from '../extent';

const isFigure = (p: GridPosition): boolean => p.cell.text !== '' && figureOf(p.cell)?.value != null;

function isLabel(p: GridPosition, def: TableDef): boolean {
  return p.cell.text !== '' && figureOf(p.cell) === null && !(def.unitColumn && UNITS.has(p.cell.text));
}

/** For each template column, the grid column whose header cells name it; null unless every column is found once. */
function headerColumns(rows: readonly GridPosition[][], def: TableDef): number[] | null {
  if (def.rows.some((r) => r.columns)) return null; // table 二: each block has its own header row
  const first = rows.findIndex((r) => r.some(isFigure));
  if (first <= 0) return null;
  const width = maxOf(rows, (r) => r.length);
  const stacks = Array.from({ length: width }, (_, col) => rows.slice(0, first).map((r) => r[col]?.cell).filter((c): c is Cell => !!c && c.text !== ''));
  const found = def.columns.map((column) => {
    const parts = column.label.split('·').map(templateLabelKey);
    const matching = stacks.flatMap((stack, col) => (parts.every((part) => stack.some((c) => labelsMatch(cellLabelKey(c), part))) ? [col] : []));
    // a column named again below (a group header over its sub-columns) is the lowest, most specific one
    return matching.length === 1 ? matching[0] : null;
  });
  return found.every((c): c is number => c !== null) && new Set(found).size === found.length ? found : null;
}

export function gridRows(rows: readonly GridPosition[][], def: TableDef): { readings: RowReading[]; headerless: Figure[]; unknownAfter: string[] } {
  const unknownAfter: string[] = [];
  const matcher = new RowMatcher(def.rows.filter((r) => r.labels.length > 0));
  const columns = headerColumns(rows, def);
  const readings: RowReading[] = [];
  const headerless: Figure[] = [];
  for (const row of rows) {
    const labels = row.map((p, i) => ({ p, i })).filter(({ p }) => p.from !== 'left' && isLabel(p, def));
    // the most specific label first: own cells right to left, then those spanning from above
    const candidates = [...labels.filter(({ p }) => !p.from).reverse(), ...labels.filter(({ p }) => p.from === 'above').reverse()];
    const named = candidates.map((c) => ({ ...c, index: matcher.find(c.p.cell) })).find((c) => c.index >= 0);
    const lastLabel = labels.length > 0 ? labels[labels.length - 1].i : -1;
    const valueAt = (p: GridPosition | undefined): Figure | null => (!p || p.from === 'above' ? { cell: p?.cell ?? row[0].cell, value: null } : figureOf(p.cell));
    const values = columns && columns.every((c) => c > lastLabel)
      ? columns.map((c) => valueAt(row[c]))
      : row.slice(lastLabel + 1).filter((p) => p.from !== 'left').map(valueAt);
    const figures = values.filter((f): f is Figure => f !== null);
    if (named) {
      const def = matcher.take(named.index);
      // a caption or group row carries no figures: its empty cells are layout
      readings.push({ def, labelCell: named.p.cell, figures: def.values === 0 ? figures.filter((f) => f.value !== null) : figures });
    } else if (labels.length === 0 && figures.some((f) => f.value !== null) && def.headerlessRow) {
      headerless.push(...figures);
    } else if (readings.length > 0 && candidates.some((c) => namesRow(c.p.cell)) && figures.some((f) => f.value !== null)) {
      unknownAfter.push(readings[readings.length - 1].def.key);
    }
  }
  return { readings, headerless, unknownAfter };
}
