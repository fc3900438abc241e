// Which lines continue the paragraph of the line before: prose is hard-wrapped at the right margin,
// so a line that runs to the margin goes on in the next line unless it ends a sentence (or, where
// paragraphs are marked by a first-line indent, unless the next line is indented); a figure split
// from its unit (`… 46` / `件`) is thereby read as one. A title wrapped over lines of one large size
// is one line too.
import { lineChars, type Line } from './lines';
import { maxOf, minOf } from '../../core/extent';

/** Ems short of the right margin that still count as running to it (justified CJK text, a last narrow glyph). */
const FULL_SLACK = 1.5;
/** Ems from the left margin that make a first-line indent. */
const INDENT = 1.5;
/** Font sizes within this share are one size. */
const SAME_SIZE = 0.15;
/** Lines this many ems apart (bottom to top) are not one paragraph. */
const MAX_LEADING = 1.2;
/** A title is at least this much larger than the body text. */
const TITLE_RATIO = 1.2;
const SENTENCE_END = /[。！？!?]$/;

export interface Margins {
  left: number;
  right: number;
}

export interface ParagraphStyle {
  /** Font size of most of the text. */
  bodySize: number;
  /** Paragraphs start with an indented line. */
  indents: boolean;
  /** Margins of each page (1-based index). */
  margins: Map<number, Margins>;
}

const sameSize = (a: number, b: number) => Math.abs(a - b) <= SAME_SIZE * Math.max(a, b);

/** Body size, indentation and margins of a document's prose lines. */
export function paragraphStyle(lines: readonly Line[]): ParagraphStyle {
  const weight = new Map<number, number>();
  for (const line of lines) {
    const size = Math.round(line.size * 2) / 2;
    weight.set(size, (weight.get(size) ?? 0) + lineChars(line, false).text.length);
  }
  const bodySize = [...weight].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 12;
  const body = lines.filter((l) => sameSize(l.size, bodySize));
  const margins = new Map<number, Margins>();
  const all = { left: minOf(body, (l) => l.box[0]), right: maxOf(body, (l) => l.box[2]) };
  for (const page of new Set(body.map((l) => l.page))) {
    const own = body.filter((l) => l.page === page);
    margins.set(page, own.length >= 3 ? { left: minOf(own, (l) => l.box[0]), right: maxOf(own, (l) => l.box[2]) } : all);
  }
  const indented = body.filter((l) => l.box[0] - (margins.get(l.page)?.left ?? l.box[0]) >= INDENT * l.size).length;
  return { bodySize, indents: indented >= 2, margins };
}

/** Whether `next` continues the paragraph of `previous` (`next` directly below it, or first on the next page). */
export function continuesParagraph(previous: Line, next: Line, style: ParagraphStyle): boolean {
  if (!sameSize(previous.size, next.size)) return false;
  if (previous.page === next.page && next.box[1] - previous.box[3] > MAX_LEADING * previous.size) return false;
  const [before, after] = [lineChars(previous, true).text, lineChars(next, true).text];
  if (before.includes('\t') || after.includes('\t')) return false;
  if (previous.size >= TITLE_RATIO * style.bodySize) return previous.page === next.page;
  const margins = style.margins.get(previous.page);
  const nextMargins = style.margins.get(next.page);
  if (!margins || !nextMargins) return false;
  const full = previous.box[2] >= margins.right - FULL_SLACK * previous.size;
  const indented = next.box[0] - nextMargins.left >= INDENT * next.size;
  return full && !indented && (!SENTENCE_END.test(before) || style.indents);
}
