// word/document.xml's body → the parts of it the DOCX reader reads (docx.ts), in one pass over the XML
// parser's events. No general element tree is built: run properties, section properties, drawings,
// deleted runs and the like are skipped as they stream by, and only paragraphs (their text, tabs and
// breaks), tables, rows and cells (with their layout) are kept. Elements count only in the
// WordprocessingML namespace, whatever prefix the file binds to it: the parser names it `w`.
import type { XmlHandler, XmlTag } from './xml';

/** WordprocessingML namespaces, transitional (what Word writes) and strict, and the prefix they are read by. */
export const WORDML_PREFIXES: Readonly<Record<string, string>> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
};
const PREFIX = 'w:';
/** Tables inside tables deeper than this are not a report's (and the reader's recursion stays shallow). */
export const MAX_TABLE_NESTING = 64;

/** A tab (`w:tab`, `w:ptab`) or a line break (`w:br`, `w:cr`) in a paragraph's runs. */
export const TAB = 0;
export const BREAK = 1;
/** A paragraph's runs: their text (`w:t`, `w:noBreakHyphen` as '-'), tabs and breaks in order. */
export type Inline = string | typeof TAB | typeof BREAK;

export interface Paragraph {
  kind: 'p';
  inline: Inline[];
}
export interface Table {
  kind: 'tbl';
  rows: Row[];
}
export interface Row {
  /** `w:trPr/w:gridBefore`: grid columns left empty before the first cell. */
  gridBefore: number;
  cells: Cell[];
}
export interface Cell {
  /** `w:tcPr/w:gridSpan`: the grid columns the cell covers. */
  span: number;
  /** Whether the cell continues the merged cell above (`w:vMerge`) or, in older files, to its left (`w:hMerge`). */
  vMerge: boolean;
  hMerge: boolean;
  /** A table anywhere inside the cell, in any namespace (what makes its table a layout frame). */
  holdsTable: boolean;
  blocks: Block[];
}
export type Block = Paragraph | Table;

/** Containers whose content is read in place: content controls, custom XML, tracked insertions, links, fields. */
const TRANSPARENT = new Set(['sdt', 'sdtContent', 'customXml', 'smartTag', 'ins', 'moveTo', 'hyperlink', 'fldSimple', 'dir', 'bdo']);

const wordAttribute = (tag: XmlTag, name: string): string | null => tag.attribute(PREFIX + name);

/** A count attribute (`w:gridSpan`, `w:gridBefore`); malformed or absurd values read as `fallback`. */
const countOf = (tag: XmlTag, fallback: number): number => {
  const value = wordAttribute(tag, 'val');
  const n = Number(value);
  return value !== null && Number.isInteger(n) && n >= 0 && n <= 1000 ? n : fallback;
};

/** A merge mark continues the merged cell unless it restarts it. */
const continues = (tag: XmlTag): boolean => wordAttribute(tag, 'val') !== 'restart';

/**
 * What an open element is to the reader, and where its content goes. A transparent container takes
 * the kind of its parent (so a row inside a content control is still a row), but not its properties:
 * `w:body`, `w:trPr` and `w:tcPr` count only as direct children, and only the first of each.
 */
type Frame =
  | { kind: 'skip' }
  | { kind: 'text' }
  | { kind: 'document'; sawBody: boolean }
  | { kind: 'blocks'; blocks: Block[] }
  | { kind: 'cell'; cell: Cell; sawTcPr: boolean }
  | { kind: 'tcPr'; cell: Cell; sawSpan: boolean; sawVMerge: boolean; sawHMerge: boolean }
  | { kind: 'inline'; inline: Inline[] }
  | { kind: 'run'; inline: Inline[] }
  | { kind: 'rows'; rows: Row[] }
  | { kind: 'cells'; row: Row; sawTrPr: boolean }
  | { kind: 'trPr'; row: Row; sawGridBefore: boolean };

/** Skipped content, and the content of a `w:t` (one frame each for all the elements they hold). */
const SKIP: Frame = { kind: 'skip' };
const TEXT: Frame = { kind: 'text' };

/** Reads the body of a document as the XML parser hands it over (xml.ts). */
export class DocxBody implements XmlHandler {
  /** The first `w:body` of a `w:document` root, once it has opened. */
  blocks: Block[] | null = null;
  /** A table opened inside more than MAX_TABLE_NESTING cells: the document is not read. */
  tooDeep = false;
  private readonly frames: Frame[] = [];
  /** The cells open around the current element, to mark those holding a table. */
  private readonly openCells: Cell[] = [];
  /** The open `w:t`: its text so far, and the paragraph it goes to. */
  private openText: { text: string; into: Inline[] } | null = null;

  open(tag: XmlTag): void {
    const name = tag.name;
    if (this.openCells.length > 0 && (name === 'tbl' || name.endsWith(':tbl'))) for (const cell of this.openCells) cell.holdsTable = true;
    const parent = this.frames[this.frames.length - 1];
    // most elements open inside skipped ones (run properties): no more to know of them
    if (parent === SKIP || parent === TEXT) return void this.frames.push(parent);
    const local = name.startsWith(PREFIX) ? name.slice(PREFIX.length) : null;
    if (parent === undefined) this.frames.push(local === 'document' ? { kind: 'document', sawBody: false } : SKIP);
    else this.frames.push(local !== null ? this.child(parent, local, tag) : SKIP);
  }

  close(): void {
    const frame = this.frames.pop()!;
    if (frame.kind === 'cell') this.openCells.pop();
    else if (frame === TEXT && this.frames[this.frames.length - 1] !== TEXT) {
      this.openText!.into.push(this.openText!.text);
      this.openText = null;
    }
  }

  text(decode: () => string): void {
    if (this.openText) this.openText.text += decode();
  }

  /** The frame of a WordprocessingML element inside `parent`. */
  private child(parent: Frame, name: string, tag: XmlTag): Frame {
    switch (parent.kind) {
      case 'document':
        if (name !== 'body' || parent.sawBody) return SKIP;
        parent.sawBody = true;
        this.blocks = [];
        return { kind: 'blocks', blocks: this.blocks };
      case 'blocks':
        return this.block(parent.blocks, name) ?? (TRANSPARENT.has(name) ? parent : SKIP);
      case 'cell':
        if (name === 'tcPr' && !parent.sawTcPr) {
          parent.sawTcPr = true;
          return { kind: 'tcPr', cell: parent.cell, sawSpan: false, sawVMerge: false, sawHMerge: false };
        }
        return this.block(parent.cell.blocks, name) ?? (TRANSPARENT.has(name) ? { kind: 'blocks', blocks: parent.cell.blocks } : SKIP);
      case 'tcPr':
        if (name === 'gridSpan' && !parent.sawSpan) {
          parent.sawSpan = true;
          parent.cell.span = Math.max(1, countOf(tag, 1));
        } else if (name === 'vMerge' && !parent.sawVMerge) {
          parent.sawVMerge = true;
          parent.cell.vMerge = continues(tag);
        } else if (name === 'hMerge' && !parent.sawHMerge) {
          parent.sawHMerge = true;
          parent.cell.hMerge = continues(tag);
        }
        return SKIP;
      case 'inline':
        if (name === 'r') return { kind: 'run', inline: parent.inline };
        return TRANSPARENT.has(name) ? parent : SKIP;
      case 'run':
        return this.runContent(parent.inline, name);
      case 'rows':
        if (name === 'tr') {
          const row: Row = { gridBefore: 0, cells: [] };
          parent.rows.push(row);
          return { kind: 'cells', row, sawTrPr: false };
        }
        return TRANSPARENT.has(name) ? parent : SKIP;
      case 'cells':
        if (name === 'tc') {
          const cell: Cell = { span: 1, vMerge: false, hMerge: false, holdsTable: false, blocks: [] };
          parent.row.cells.push(cell);
          this.openCells.push(cell);
          return { kind: 'cell', cell, sawTcPr: false };
        }
        if (name === 'trPr' && !parent.sawTrPr) {
          parent.sawTrPr = true;
          return { kind: 'trPr', row: parent.row, sawGridBefore: false };
        }
        return TRANSPARENT.has(name) ? { kind: 'cells', row: parent.row, sawTrPr: true } : SKIP;
      case 'trPr':
        if (name === 'gridBefore' && !parent.sawGridBefore) {
          parent.sawGridBefore = true;
          parent.row.gridBefore = countOf(tag, 0);
        }
        return SKIP;
      default:
        return SKIP;
    }
  }

  /** A paragraph or a table opening in a body or a cell, added to its blocks. */
  private block(blocks: Block[], name: string): Frame | null {
    if (name === 'p') {
      const inline: Inline[] = [];
      blocks.push({ kind: 'p', inline });
      return { kind: 'inline', inline };
    }
    if (name === 'tbl') {
      if (this.openCells.length >= MAX_TABLE_NESTING) {
        this.tooDeep = true;
        return SKIP;
      }
      const rows: Row[] = [];
      blocks.push({ kind: 'tbl', rows });
      return { kind: 'rows', rows };
    }
    return null;
  }

  /** What a run's child adds to its paragraph. */
  private runContent(inline: Inline[], name: string): Frame {
    switch (name) {
      case 't':
        this.openText = { text: '', into: inline };
        return TEXT;
      case 'noBreakHyphen':
        inline.push('-');
        break;
      case 'tab':
      case 'ptab':
        inline.push(TAB);
        break;
      case 'br':
      case 'cr':
        inline.push(BREAK);
        break;
    }
    return SKIP;
  }
}
