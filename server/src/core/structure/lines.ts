// Splits normalised text (LF only) into lines with their offsets.

export interface Line {
  index: number;
  start: number;
  /** Offset of the line end (the newline, or the end of the text). */
  end: number;
  text: string;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lines.push({ index: lines.length, start, end, text: text.slice(start, end) });
    start = end + 1;
  }
  return lines;
}

/** A line that only numbers a page (`-1-`, `— 2 —`, `第 3 页 共 8 页`, `12`): page furniture within prose. */
export const PAGE_NUMBER_LINE = /^\s*([-—–]\s*\d{1,4}\s*[-—–]|第\s*\d{1,4}\s*页(\s*[,/]?\s*共\s*\d{1,4}\s*页)?|\d{1,3})\s*$/;
