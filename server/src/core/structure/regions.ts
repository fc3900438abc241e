// Tables in text found around their labels, whatever the flattening: rows of cells on a line (tabs,
// pipes, columns aligned by spaces), one cell per line (pdftotext, a browser's copy), labels wrapped
// over several lines, page numbers between rows, or a whole report on one line (a crawler's text).
// A region runs from the first to the last of at least MIN_ANCHORS anchors whose gaps hold no
// sentence, and on over the figures after the last one; it is read as one stream of cells.
import { lastAtOrBefore } from '../search';
import type { Anchor } from './anchors';
import { isFigureCell, readCellLine, type Cell } from './cells';
import type { Line } from './lines';

const MIN_ANCHORS = 3;
/** Two anchors with more characters than this between them (white space aside) are not in one table. */
const MAX_GAP = 600;

/** Whether more than MAX_GAP characters other than white space lie in text[from, to). */
function farApart(text: string, from: number, to: number): boolean {
  let count = 0;
  for (let i = from; i < to; i++) if (text[i] !== ' ' && text[i] !== '\n' && text[i] !== '\t' && ++count > MAX_GAP) return true;
  return false;
}
/** A gap with a sentence end is prose, not a table. */
const PROSE = /[。；;!?！？]/;
/** The figures after a region's last label: digits, signs, separators, units and layout. */
const TRAILING = /^(?:[\s|]|[+-]?\d[\d,]*(?:\.\d+)?(?:万元|元|%)?|[—/-]{1,2}|无|总计|合计|小计)+/;

export interface Region {
  start: number;
  end: number;
  cells: Cell[];
}

const WORD = /\S+/g;
/** In a crawler's one-line report cells run together (`数量640020470二、上年`): digits and text are told apart there. */
const RUN = /\d+(?:\.\d+)?|[^\s\d]+/g;
/** A line this long holds a whole report (a crawler's text). */
export const WHOLE_REPORT_LINE = 2000;
/** A page number between the rows of a table (`-3-`, `- 3 -`), printed by the PDF, not the table. */
const PAGE_NUMBER = /^\s*[-—]\s*\d{1,3}\s*[-—]\s*$/;
/**
 * Cells of a stretch of a line that is not a row of tabs or pipes: its white-space separated words,
 * each figure a cell and the words between figures one text cell (`4.无正当理由大量反复 申请`). A
 * figure inside a word stays text (`计1条`); figures run together (`数量640020470`) stay one word.
 */
function segments(text: string, offset: number, line: number, words = WORD): Cell[] {
  const join = words === WORD; // a crawler's runs are cells of their own
  const cells: Cell[] = [];
  let open: Cell | null = null;
  for (let m = words.exec(text); m; m = words.exec(text)) {
    const start = offset + m.index;
    const end = start + m[0].length;
    if (isFigureCell(m[0])) {
      open = null;
      cells.push({ text: m[0], start, end, line });
    } else if (open && join) {
      open.end = end;
      open.text = text.slice(open.start - offset, end - offset);
    } else {
      open = { text: m[0], start, end, line };
      cells.push(open);
    }
  }
  words.lastIndex = 0;
  return cells;
}

/** The cells of region [start, end): rows of a flattening as that flattening reads them, other lines split into text and figures. */
function regionCells(lines: readonly Line[], start: number, end: number, blankLines: ReadonlyMap<number, number>, headings: ReadonlySet<number>): Cell[] {
  const cells: Cell[] = [];
  for (const line of lines) {
    if (line.end < start || line.start >= end || PAGE_NUMBER.test(line.text) || headings.has(line.index)) continue;
    const blanks = blankLines.get(line.index);
    if (blanks) {
      for (let i = 0; i < blanks; i++) cells.push({ text: '', start: line.start, end: line.start, line: line.index, blank: true });
      continue;
    }
    const whole = line.start >= start && line.end <= end;
    const row = whole ? readCellLine(line) : null;
    const add = (more: readonly Cell[]): void => {
      for (const c of more) cells.push(c); // a line may hold millions of cells: no spread
    };
    if (row && row.format !== 'spaces') add(row.cells);
    else if (row) for (const c of row.cells) add(segments(c.text, c.start, line.index));
    else {
      const from = Math.max(start, line.start);
      const to = Math.min(end, line.end);
      add(segments(line.text.slice(from - line.start, to - line.start), from, line.index, line.text.length >= WHOLE_REPORT_LINE ? RUN : WORD));
    }
  }
  return cells;
}

/** A cell after a table's last label that still belongs to it: a figure, a placeholder, a short header word (`总计`). */
const TAIL_CELL = /^(?:[+-]?\d[\d,]*(?:\.\d+)?(?:万元|元|%)?|[—/-]{1,2}|无|[^\d]{1,4})$/;
const HAS_FIGURE = /\d/;
const isTableTail = (text: string): boolean => text.split(/[\s|]+/).every((cell) => cell === '' || TAIL_CELL.test(cell));
/** A count unit right after a figure: prose (`32件`), not a table cell. */
const UNIT_AFTER = /^\s?[件条项次人个篇家批年月日]/;

/** Whether a region's figures are table cells: some figures, most of them without a unit after them. */
function tableLike(text: string, cells: readonly Cell[]): boolean {
  const figures = cells.filter((c) => /^[+-]?\d/.test(c.text));
  const inProse = figures.filter((c) => UNIT_AFTER.test(text.slice(c.end, c.end + 2))).length;
  return figures.length > 0 && 2 * inProse < figures.length;
}
/** How many lines after the last label a table's last figures may start (cells one per line, blank lines between). */
const MAX_TAIL_LINES = 80;

/** The end of the last line with figures (or empty cells) among the lines after `lastLabelLine` that still belong to the table. */
function trailingRows(lines: readonly Line[], lastLabelLine: number, blankLines: ReadonlyMap<number, number>): number {
  let end = lines[lastLabelLine].end;
  for (let i = lastLabelLine + 1; i < lines.length && i <= lastLabelLine + MAX_TAIL_LINES; i++) {
    const line = lines[i];
    if (PAGE_NUMBER.test(line.text)) continue;
    if (!isTableTail(line.text)) break;
    if (HAS_FIGURE.test(line.text) || blankLines.has(i)) end = line.end;
  }
  return end;
}

/**
 * `blankLines`: lines that stand for empty cells, and how many (a browser's copy writes U+00A0 in each);
 * `headings`: section headings, which may stand between two tables but are no part of them.
 */
export function findRegions(text: string, lines: readonly Line[], anchors: readonly Anchor[], blankLines: ReadonlyMap<number, number>, headings: ReadonlySet<number>): Region[] {
  const regions: Region[] = [];
  let cluster: Anchor[] = [];
  const close = (): void => {
    if (cluster.length >= MIN_ANCHORS) {
      const first = cluster[0];
      const last = cluster[cluster.length - 1];
      // whole lines around the labels, unless a line is a whole report (a crawler's)
      const lineOf = (offset: number): Line => lines[lastAtOrBefore(lines, offset, (l) => l.start)];
      const firstLine = lineOf(first.start);
      const lastLine = lineOf(last.start);
      const start = firstLine.text.length >= WHOLE_REPORT_LINE ? first.start : firstLine.start;
      let end: number;
      if (lastLine.text.length >= WHOLE_REPORT_LINE) {
        const tail = TRAILING.exec(text.slice(last.end, last.end + MAX_GAP));
        end = last.end + (tail ? tail[0].trimEnd().length : 0);
      } else end = trailingRows(lines, lastLine.index, blankLines);
      const cells = regionCells(lines, start, end, blankLines, headings);
      if (tableLike(text, cells)) regions.push({ start, end, cells });
    }
    cluster = [];
  };
  for (const anchor of anchors) {
    const previous = cluster[cluster.length - 1];
    if (previous && (farApart(text, previous.end, anchor.start) || PROSE.test(text.slice(previous.end, anchor.start)))) close();
    cluster.push(anchor);
  }
  close();
  return regions;
}
