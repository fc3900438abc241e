// What a PDF page gives the layout: runs of text and the ruling lines of its tables, in PDF points
// from the page's top-left corner (y grows downwards), as the places of ExtractedDocument want them.

/** x0, y0, x1, y1 from the page's top-left corner. */
export type Box = [number, number, number, number];

/** A run of text drawn in one size, character after character. */
export interface TextRun {
  text: string;
  box: Box;
  /** The box of each UTF-16 unit of `text`. */
  boxes: Box[];
  /** Font size in points. */
  size: number;
  /** Written top to bottom (a vertical font). */
  vertical: boolean;
}

/** A horizontal (y0 = y1) or vertical (x0 = x1) ruling line. */
export interface Segment {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PageContent {
  /** 1-based. */
  page: number;
  /** Height in points. */
  height: number;
  runs: TextRun[];
  /** Ruling lines, or null where the page was not searched for them (no table-like text on it). */
  segments: Segment[] | null;
  /** Most of its text is set at a slant (not read): the page is said not to be checked. */
  slanted: boolean;
  /** Characters left out because their font maps them to no Unicode text. */
  unmapped: number;
}

/** CJK characters and full-width forms: an em wide, and no space between two of them. */
export const isWide = (c: string | undefined): boolean =>
  c !== undefined && /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u2018\u2019\u201c\u201d\u2014\u2026]/.test(c);

export const union = (a: Box, b: Box): Box => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];

export const centre = (b: Box): [number, number] => [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2];
