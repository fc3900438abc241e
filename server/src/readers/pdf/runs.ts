// A page's characters (PDFium) → runs of text with boxes from the page's top-left corner: characters
// drawn one after another on one baseline in one size, each starting where the one before ends.
// A run ends at a gap of a word space or more, so that the lines (lines.ts) see every gap between runs
// and make it a space or a cell edge; the runs' text keeps the spaces drawn as characters.
import { isWide, union, type Box, type TextRun } from './geometry';
import type { PdfChar } from './pdfium';

/** How far a glyph reaches above its baseline and below it, in ems. */
const ASCENT = 0.88;
const DESCENT = 0.12;
/** Kangxi radicals, which some Chinese PDFs map glyphs to instead of the ideographs (`⼀` for `一`). */
const KANGXI = /[\u2f00-\u2fdf]/g;
/** A gap before a character this many ems wide, or a step back, ends the run (lines.ts's word space). */
const GAP = 0.2;
/** The same baseline and size, within this many ems. */
const SAME = 0.1;
/** A character this far below the one before, at the same x, continues a vertical run (ems). */
const NEXT_BELOW = [0.8, 1.25];

interface Open {
  chars: PdfChar[];
  vertical: boolean;
}

/** `next` goes on the run ending in `last`, written left to right or top to bottom. */
function continues(run: Open, next: PdfChar): 'across' | 'down' | null {
  const last = run.chars[run.chars.length - 1];
  const size = last.size;
  if (Math.abs(next.size - size) > SAME * size) return null;
  if (!run.vertical && Math.abs(next.y - last.y) <= SAME * size) {
    const gap = next.x - (last.x + last.advance);
    if (gap < GAP * size && gap > -GAP * size) return 'across';
    return null;
  }
  // written top to bottom: CJK characters only (figures stacked in a narrow column are separate figures)
  const below = last.y - next.y;
  const stacked = Math.abs(next.x - last.x) <= SAME * size && below >= NEXT_BELOW[0] * size && below <= NEXT_BELOW[1] * size;
  if ((run.vertical || run.chars.length === 1) && stacked && isWide(last.text) && isWide(next.text)) return 'down';
  return null;
}

/**
 * Runs of a page whose view is [x0, y0, x1, y1]. Rotated characters are left out (rotated text is a
 * watermark or a stamp, not part of the report's reading order), and runs of spaces alone.
 */
export function runsOf(chars: readonly PdfChar[], view: readonly number[]): TextRun[] {
  const [left, , , top] = view;
  const open: Open[] = [];
  for (const c of chars) {
    if (c.turn !== 0) continue;
    const run = open[open.length - 1];
    const way = run && continues(run, c);
    if (way) {
      run.chars.push(c);
      run.vertical = way === 'down';
    } else open.push({ chars: [c], vertical: false });
  }
  const runs: TextRun[] = [];
  for (const { chars: cs, vertical } of open) {
    if (cs.every((c) => c.text.trim() === '')) continue;
    const size = cs[0].size;
    let text = '';
    const boxes: Box[] = [];
    for (const c of cs) {
      const x = c.x - left;
      const y = top - c.y;
      // an em wide down a vertical run: PDFium's advances of vertical glyphs are not theirs
      const box: Box = vertical ? [x, y - ASCENT * size, x + size, y + DESCENT * size] : [x, y - ASCENT * c.size, x + c.advance, y + DESCENT * c.size];
      text += c.text.replace(KANGXI, (k) => k.normalize('NFKC'));
      for (let i = 0; i < c.text.length; i++) boxes.push(box);
    }
    runs.push({ text, size, vertical, box: boxes.reduce(union), boxes });
  }
  return runs;
}
