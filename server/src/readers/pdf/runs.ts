// pdfjs text items → runs of text with boxes from the page's top-left corner.
import type { TextRun } from './geometry';

/** The fields of a pdfjs TextItem the layout uses. */
export interface PdfTextItem {
  str: string;
  /** [a, b, c, d, e, f]: e, f the origin in PDF user space (y up), a..d the font's scale. */
  transform: number[];
  width: number;
  height: number;
}

/** How far a glyph reaches above its baseline and below it, in ems. */
const ASCENT = 0.88;
const DESCENT = 0.12;
/** Kangxi radicals, which some Chinese PDFs map glyphs to instead of the ideographs (`⼀` for `一`). */
const KANGXI = /[\u2f00-\u2fdf]/g;
/** A run this much taller than its font size is a vertical run of several characters. */
const VERTICAL_RATIO = 1.3;

/**
 * Runs of a page whose view (media box) is [x0, y0, x1, y1]. Empty and rotated items are left out
 * (rotated text is a watermark or a stamp, not part of the report's reading order).
 */
export function runsOf(items: readonly PdfTextItem[], view: readonly number[]): TextRun[] {
  const [left, , , top] = view;
  const runs: TextRun[] = [];
  for (const item of items) {
    if (item.str.trim() === '') continue;
    const [a, b, c, d, e, f] = item.transform;
    if (Math.abs(b) > 1e-3 || Math.abs(c) > 1e-3 || a <= 0 || d <= 0) continue;
    const size = d;
    const x = e - left;
    const y = top - f;
    const vertical = item.height > size * VERTICAL_RATIO && item.width <= size * 1.05;
    runs.push({
      text: item.str.replace(KANGXI, (c) => c.normalize('NFKC')),
      size,
      vertical,
      box: vertical ? [x, y - size, x + Math.max(item.width, size), y - size + item.height] : [x, y - ASCENT * size, x + item.width, y + DESCENT * size],
    });
  }
  return runs;
}
