// Page furniture: page numbers (`-3-`, `- 3 -`, `第3页`, `3/12`) and running headers and footers
// (the same line in the top or bottom margin of several pages, its digits aside) are no part of the
// report's text, and would otherwise land in the middle of sentences and tables.
import { lineChars, type Line } from './lines';

/** The share of the page's height at its top and bottom where furniture is looked for. */
const MARGIN = 0.12;
const PAGE_NUMBER = /^(?:[-—–－]\s*\d{1,4}\s*[-—–－]|\d{1,4}|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/;
/** A running header or footer is on at least this share of the pages (and on two at least). */
const RUNNING_SHARE = 0.4;

export interface PageLines {
  height: number;
  lines: Line[];
}

const textOf = (line: Line) => lineChars(line, false).text;

/** The lines of each page without its furniture. */
export function withoutFurniture(pages: readonly PageLines[]): Line[][] {
  const inMargin = (line: Line, height: number) => line.box[3] <= height * MARGIN || line.box[1] >= height * (1 - MARGIN);
  const key = (line: Line) => textOf(line).replace(/\d+/g, '#');
  const counts = new Map<string, number>();
  for (const page of pages) {
    for (const k of new Set(page.lines.filter((l) => inMargin(l, page.height)).map(key))) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const running = (k: string) => (counts.get(k) ?? 0) >= Math.max(2, RUNNING_SHARE * pages.length);
  return pages.map((page) =>
    page.lines.filter((line) => {
      if (!inMargin(line, page.height)) return true;
      const text = textOf(line);
      return !PAGE_NUMBER.test(text) && !running(key(line));
    }),
  );
}
