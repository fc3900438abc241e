// Tables that match no template: only what such a table states itself is checked. A row labelled
// 合计/总计/小计 is the sum of the rows between it and the previous total (or, at the top, of the rows
// after it up to the next); a column headed so is the sum of the figure columns beside it, when it is
// the table's only total column; a 其中 row is at most the row it hangs from. Nothing else. The table
// becomes a table definition of its own, so identities, corrections and findings work as for the forms.
import type { TableBlock } from '../structure/blocks';
import type { Cell } from '../structure/cells';
import type { Identity, TableDef } from '../templates/types';
import { figureOf } from './figures';
import { cellId, type ParsedTable, type TableCell } from './readTable';
import { maxOf } from '../extent';
import type { Translator } from '../messages/translate';

interface FreeRow {
  label: string;
  labelCell: Cell;
  /** The row's cells by column. */
  cells: (Cell | undefined)[];
}

const TOTAL = /^(合计|总计|小计|共计|总数)(\(.*\))?$/;
/** Columns whose figures are no quantities to add (`占比`, `序号`, a year). */
const NOT_ADDED = /占比|比例|比重|率|%|序号|编号|年份|年度|排名|名次/;
const compact = (text: string): string => text.replace(/[\s:：]/g, '');
const isTotal = (text: string): boolean => TOTAL.test(compact(text));
/** A row that details the one above it (`其中：…`). */
const isDetail = (label: string): boolean => /^其中/.test(compact(label));
/** A table must have this many rows (header included) to be one. */
const MIN_ROWS = 3;

/** The block's rows, each cell at its column: a grid's positions, a tab or pipe row's cells in order. */
function rowsOf(block: TableBlock): Cell[][] {
  // a figure spanning several positions of a grid counts once, where it stands
  if (block.grid) return block.grid.map((row) => row.map((p) => (p.from && figureOf(p.cell)?.value ? { ...p.cell, text: '' } : p.cell)));
  if (block.format !== 'tsv' && block.format !== 'markdown') return [];
  const rows = new Map<number, Cell[]>();
  for (const cell of block.cells) {
    const row = rows.get(cell.line);
    if (row) row.push(cell);
    else rows.set(cell.line, [cell]);
  }
  return [...rows.values()];
}

const hasFigure = (row: readonly Cell[]): boolean => row.some((c) => c.text !== '' && figureOf(c)?.value);

function freeRows(cells: Cell[][]): { header: Cell[][]; rows: FreeRow[] } {
  const first = cells.findIndex(hasFigure);
  if (first < 0) return { header: cells, rows: [] };
  const rows = cells.slice(first).flatMap((row): FreeRow[] => {
    // the label nearest the figures (`（一）予以公开`, not the group label spanning several rows beside it)
    const firstFigure = row.findIndex((c) => c.text !== '' && !!figureOf(c));
    let labelAt = (firstFigure < 0 ? row.length : firstFigure) - 1;
    while (labelAt >= 0 && (row[labelAt].text === '' || figureOf(row[labelAt]))) labelAt--;
    if (labelAt < 0) return [];
    return [{ label: row[labelAt].text, labelCell: row[labelAt], cells: row.map((c, i) => (i > labelAt ? c : undefined)) }];
  });
  return { header: cells.slice(0, first), rows };
}

/** Columns of quantities: figures (or blanks) in every data row, no text, no percentages. */
function figureColumns(header: Cell[][], rows: readonly FreeRow[]): number[] {
  const width = maxOf(rows, (r) => r.cells.length);
  const columns: number[] = [];
  for (let c = 0; c < width; c++) {
    const title = header.map((h) => h[c]?.text ?? '').join('');
    const cells = rows.map((r) => r.cells[c]).filter((x): x is Cell => x !== undefined);
    if (NOT_ADDED.test(title) || cells.some((x) => x.text.includes('%') || !figureOf(x))) continue;
    if (cells.some((x) => figureOf(x)?.value)) columns.push(c);
  }
  return columns;
}

/** The identities the table states: total rows over their parts, its total column over the others, 其中 rows under their parents. */
function identitiesOf(header: Cell[][], rows: readonly FreeRow[], columns: readonly number[]): Identity[] {
  const key = (r: number): string => `r${r}`;
  const col = (c: number): string => `c${c}`;
  const identities: Identity[] = [];
  const plain = (i: number): boolean => !isTotal(rows[i].label) && !isDetail(rows[i].label);
  // rows
  const totals = rows.flatMap((r, i) => (isTotal(r.label) ? [i] : []));
  const plainBetween = (from: number, to: number): number[] => {
    const out: number[] = [];
    for (let i = from + 1; i < to; i++) if (plain(i)) out.push(i);
    return out;
  };
  totals.forEach((t, n) => {
    const previous = n > 0 ? totals[n - 1] : -1;
    let parts = plainBetween(previous, t);
    // a total at the top of the table adds the rows after it
    if (parts.length === 0 && previous < 0) parts = plainBetween(t, totals[n + 1] ?? rows.length);
    if (parts.length < 2) return;
    for (const c of columns) identities.push({ kind: 'sum', total: [key(t), col(c)], parts: parts.map((p) => [key(p), col(c)] as const) });
  });
  rows.forEach((r, i) => {
    if (!isDetail(r.label)) return;
    let parent = i - 1;
    while (parent >= 0 && isDetail(rows[parent].label)) parent--;
    if (parent < 0 || isTotal(rows[parent].label)) return;
    for (const c of columns) identities.push({ kind: 'atMost', part: [[key(i), col(c)]], whole: [[key(parent), col(c)]] });
  });
  // columns: only the table's one total column, over the figure columns on its side
  const totalColumns = columns.filter((c) => header.some((h) => h[c] && isTotal(h[c].text)));
  if (totalColumns.length === 1) {
    const [tc] = totalColumns;
    const before = columns.filter((c) => c < tc);
    const parts = before.length > 0 ? before : columns.filter((c) => c > tc);
    if (parts.length >= 2) rows.forEach((_, i) => identities.push({ kind: 'sum', total: [key(i), col(tc)], parts: parts.map((c) => [key(i), col(c)] as const) }));
  }
  return identities;
}

/** A table that matches no template, as a table of its own with the identities it states; null if it states none. */
export function readFreeTable(block: TableBlock, index: number, t: Translator): ParsedTable | null {
  const all = rowsOf(block);
  if (all.length < MIN_ROWS) return null;
  const { header, rows } = freeRows(all);
  const columns = figureColumns(header, rows);
  const identities = identitiesOf(header, rows, columns);
  if (identities.length === 0) return null;
  // a column by its headers (a total column by its own word, 合计 or 总计), else by its place, in the message's language
  const columnName = (c: number): string => {
    const texts = [...new Set(header.map((h) => h[c]?.text ?? '').filter((text) => text !== ''))];
    return texts.filter((text) => !isTotal(text)).join('·') || texts.find(isTotal) || t('table.column', { n: c + 1 });
  };
  const caption = header.flat().find((c) => c.text !== '')?.text ?? rows[0].label;
  const def: TableDef = {
    id: `free${index}`,
    name: caption,
    free: true,
    signature: [],
    columns: columns.map((c) => ({ key: `c${c}`, label: columnName(c) })),
    rows: rows.map((r, i) => ({ key: `r${i}`, labels: [r.label] })),
    identities,
  };
  const cells = new Map<string, TableCell>();
  rows.forEach((r, i) => {
    for (const c of columns) {
      const cell = r.cells[c];
      const figure = cell && figureOf(cell);
      if (!figure) continue;
      const row = `r${i}`;
      const column = `c${c}`;
      cells.set(cellId(row, column), { row, column, value: figure.value, start: figure.cell.start, end: figure.cell.end, text: figure.cell.text, name: `${r.label} · ${columnName(c)}`, guessed: false });
    }
  });
  return {
    def,
    block,
    captionStart: rows[0].labelCell.start,
    captionEnd: rows[0].labelCell.end,
    cells,
    rowsSeen: new Set(rows.map((_, i) => `r${i}`)),
    unknownAfter: new Set(),
    shapeIssues: [],
  };
}
