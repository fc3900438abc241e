// What a table cell holds: a figure (`12`, `1,234`, `6350.86 万元`), a placeholder for a missing
// value (`—`, `/`, `无`, or nothing at all), or text.
import { parseDecimal, type Decimal } from '../numbers/decimal';
import { isFigureCell, type Cell } from '../structure/cells';

const BLANKS = new Set(['-', '—', '/', '无', '－', '／']);
/** Unit-column cells of the pre-2019 统计表, including the dashes of caption rows. */
export const UNITS = new Set(['条', '件', '项', '次', '人', '个', '篇', '人次', '万元', '元', '——', '—', '-', '/']);

export interface Figure {
  cell: Cell;
  /** Null for a placeholder (`—`) or an empty cell: a missing value. */
  value: Decimal | null;
}

/** A figure cell (its offsets trimmed to the figure), a placeholder or an empty grid cell; null for text. */
export function figureOf(cell: Cell): Figure | null {
  if (cell.text === '') return { cell, value: null };
  if (BLANKS.has(cell.text)) return { cell, value: null };
  if (!isFigureCell(cell.text)) return null;
  const m = /^[+-]?[\d,]+(\.\d+)?/.exec(cell.text);
  const value = m ? parseDecimal(m[0].replace(/,/g, '')) : null;
  return value ? { cell: { ...cell, end: cell.start + m![0].length, text: m![0] }, value } : null;
}
