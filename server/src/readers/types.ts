// What a reader of a binary document (PDF, DOCX) gives the core, and where its text came from.
import type { Grid, UnreadPages } from '../core/types';

/** Where a stretch of extracted text lies in the document. */
export type Location =
  /** PDF: 1-based page; box in PDF points, from the page's top-left corner (x0, y0, x1, y1). */
  | { page: number; box: [number, number, number, number] }
  /** DOCX: 0-based paragraph of the document body. */
  | { paragraph: number }
  /** DOCX: 0-based table, row and cell (the cell's grid column) of the document body. */
  | { table: number; row: number; cell: number };

export interface Place {
  start: number;
  end: number;
  location: Location;
}

/** A document read into what the core analyses. */
export interface ExtractedDocument {
  /** Prose one paragraph per line; each table row one line, its cells separated by tabs. */
  text: string;
  /** The tables the document's structure gives; their cells' offsets are in `text`. */
  grids: Grid[];
  /** Where each stretch of `text` comes from, in text order; a figure lies within one place. */
  places: Place[];
  /** A PDF's page count (0 for other formats), and its pages whose content was not (all) read. */
  pages: number;
  unread: UnreadPages;
}

/** A document that cannot be read gets a clear reason (encrypted, corrupt, not a PDF). */
export type ReadResult = ExtractedDocument | { error: string };
