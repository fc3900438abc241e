// A paragraph's prose as one run of characters: line breaks, indentation and spacing removed
// (`其\n中`, `占收到申请总\n数的`, `当面申请 38 件` in text from PDFs), page furniture dropped (`-1-`), each
// character mapped back to its normalised offset. Words are matched here; figures keep their tokens.
import type { Paragraph } from '../document';
import type { NumberToken } from '../numbers/tokens';
import { PAGE_NUMBER_LINE } from '../structure/lines';

export interface ProseFigure {
  token: NumberToken;
  /** Position in the compact text of the figure, its end and its unit's end. */
  at: number;
  end: number;
  unitEnd: number;
}

export interface ProseText {
  paragraph: Paragraph;
  text: string;
  /** `offsets[i]`: the normalised offset of `text[i]`; one more entry for the paragraph's end. */
  offsets: number[];
  /** The paragraph's figures (every kind), in order. */
  figures: ProseFigure[];
}


function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

/** The first compact position whose offset is at or after `offset`. */
export function compactIndex(pt: ProseText, offset: number): number {
  let lo = 0;
  let hi = pt.offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pt.offsets[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function buildProseText(norm: string, p: Paragraph): ProseText {
  const { start, end } = p.line;
  let text = '';
  const offsets: number[] = [];
  const kept: [number, number][] = [];
  let lineStart = start;
  while (lineStart <= end) {
    let lineEnd = norm.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    // a wrapped paragraph's page number between its lines is not prose (its first line always is)
    if (lineStart === start || !PAGE_NUMBER_LINE.test(norm.slice(lineStart, lineEnd))) {
      kept.push([lineStart, lineEnd]);
      for (let i = lineStart; i < lineEnd; i++) {
        if (isSpace(norm[i])) continue;
        text += norm[i];
        offsets.push(i);
      }
    }
    lineStart = lineEnd + 1;
  }
  offsets.push(end);
  const pt: ProseText = { paragraph: p, text, offsets, figures: [] };
  let k = 0; // tokens and kept lines are both in order
  const inKept = (t: NumberToken): boolean => {
    while (k < kept.length && kept[k][1] < t.start) k++;
    return k < kept.length && t.start >= kept[k][0] && t.end <= kept[k][1];
  };
  pt.figures = p.numbers.filter(inKept).map((token) => ({ token, at: compactIndex(pt, token.start), end: compactIndex(pt, token.end), unitEnd: compactIndex(pt, token.unitEnd) }));
  return pt;
}

/** Index of the first figure at or after compact position `at`. */
export function firstFigureFrom(pt: ProseText, at: number): number {
  let lo = 0;
  let hi = pt.figures.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pt.figures[mid].at < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The figures lying within compact [from, to). */
export function figuresWithin(pt: ProseText, from: number, to: number): ProseFigure[] {
  const out: ProseFigure[] = [];
  for (let i = firstFigureFrom(pt, from); i < pt.figures.length && pt.figures[i].end <= to; i++) out.push(pt.figures[i]);
  return out;
}
