// Runs → lines (runs on one baseline, left to right) and a line's characters with their boxes:
// spaces kept only between two non-CJK characters (`2023 年` is `2023年`, `hzzwgk@126.com ）` loses
// its space, `Acrobat Reader` keeps it), a wide gap between runs is a cell edge of a table drawn
// without lines (a tab).
import { isWide, union, type Box, type TextRun } from './geometry';

export interface Line {
  page: number;
  /** Left to right. */
  runs: TextRun[];
  box: Box;
  /** The largest font size on the line. */
  size: number;
}

/** Characters of a line or a cell and the box of each UTF-16 unit; `\t` between cells has no box. */
export interface Chars {
  text: string;
  boxes: (Box | null)[];
}

/** A gap between runs this many ems wide separates cells. */
const CELL_GAP = 2;
/** A gap between runs this many ems wide is a word space (between non-CJK characters). */
const WORD_GAP = 0.2;

/** Runs grouped into lines: a run whose middle lies within the line's height is on that line. */
export function linesOf(runs: readonly TextRun[], page: number): Line[] {
  const sorted = [...runs].sort((a, b) => a.box[1] + a.box[3] - (b.box[1] + b.box[3]));
  const lines: Line[] = [];
  for (const run of sorted) {
    const middle = (run.box[1] + run.box[3]) / 2;
    const line = lines[lines.length - 1];
    if (line && middle >= line.box[1] && middle <= line.box[3] && !run.vertical) {
      line.runs.push(run);
      line.box = union(line.box, run.box);
      line.size = Math.max(line.size, run.size);
    } else lines.push({ page, runs: [run], box: run.box, size: run.size });
  }
  // left to right; runs drawn over each other (vertical text set as single glyphs, where `、` sits a
  // little higher than the `三` before it) in the order they were drawn
  const order = new Map(runs.map((r, i) => [r, i]));
  const overlap = (a: TextRun, b: TextRun) => Math.min(a.box[2], b.box[2]) - Math.max(a.box[0], b.box[0]) > 0.5 * Math.min(a.box[2] - a.box[0], b.box[2] - b.box[0]);
  for (const line of lines) line.runs.sort((a, b) => (overlap(a, b) ? order.get(a)! - order.get(b)! : a.box[0] - b.box[0]));
  return lines;
}

const isSpace = (c: string) => /\s/.test(c);

/** Appends a space only between two non-CJK characters. */
function pushSpace(out: Chars): void {
  const last = out.text[out.text.length - 1];
  if (last !== undefined && !isSpace(last) && last !== '\t' && !isWide(last)) {
    out.text += ' ';
    out.boxes.push(null);
  }
}

function pushRun(out: Chars, run: TextRun): void {
  const { boxes } = run;
  for (let i = 0; i < run.text.length; i++) {
    const c = run.text[i];
    if (isSpace(c)) {
      pushSpace(out);
      continue;
    }
    if (out.text.endsWith(' ') && isWide(c)) {
      out.text = out.text.slice(0, -1);
      out.boxes.pop();
    }
    out.text += c;
    out.boxes.push(boxes[i]);
  }
}

function trimEnd(out: Chars): void {
  while (out.text.endsWith(' ')) {
    out.text = out.text.slice(0, -1);
    out.boxes.pop();
  }
}

/** The characters of a line; `cells`: a wide gap is a tab (prose and tables drawn without lines), else at most a space. */
export function lineChars(line: Line, cells: boolean, out: Chars = { text: '', boxes: [] }): Chars {
  let previous: TextRun | null = null;
  for (const run of line.runs) {
    if (previous) {
      trimEnd(out);
      const gap = run.box[0] - previous.box[2];
      if (cells && gap >= CELL_GAP * line.size) {
        out.text += '\t';
        out.boxes.push(null);
      } else if (gap >= WORD_GAP * line.size) pushSpace(out);
    }
    pushRun(out, run);
    previous = run;
  }
  trimEnd(out);
  return out;
}

/** The text of the lines of a table cell, joined as one: a line break is no space unless between two words. */
export function cellChars(lines: readonly Line[]): Chars {
  const out: Chars = { text: '', boxes: [] };
  for (const line of lines) {
    const next = line.runs[0]?.text.trimStart()[0];
    const last = out.text[out.text.length - 1];
    // a figure wrapped in a narrow cell is one figure
    if (last !== undefined && !(/\d/.test(last) && next !== undefined && /\d/.test(next))) pushSpace(out);
    lineChars(line, false, out);
  }
  return out;
}

/** How many wide gaps between runs the lines have: a page with tables has some, a page of prose none. */
export function cellGaps(lines: readonly Line[]): number {
  let gaps = 0;
  for (const line of lines) for (let i = 1; i < line.runs.length; i++) if (line.runs[i].box[0] - line.runs[i - 1].box[2] >= CELL_GAP * line.size) gaps++;
  return gaps;
}
