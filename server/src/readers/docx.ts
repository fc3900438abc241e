// DOCX (a report as a Word file) → the text the core analyses, the tables as grids, and the paragraph or
// table cell each stretch of text comes from. The text has the HTML reader's shapes (TextBuilder): a
// body paragraph per line, a table row per line with its cells separated by tabs, a cell's own
// paragraphs, tabs and line breaks collapsed inside it. Only the body of word/document.xml is read
// (headers, footers, footnotes, comments and text boxes are not the report's text); tracked changes
// are read as accepted (inserted runs kept, deleted runs dropped).
//
// Tables: `w:gridSpan` covers the next grid columns (`from: 'left'`), `w:vMerge` continue takes the
// cell above (`from: 'above'`) and, like a rowspan, adds no cell to the row's line; `w:gridBefore`
// and short rows leave empty cells. A table that holds tables is a layout frame, and a table of one
// column a framed block: both are read as blocks (their paragraphs as lines) and the tables inside as
// tables, as the HTML reader does, so that a report reads the same from its web page and its Word
// file. Tables are numbered in document order, nested ones included.
//
// The body is taken from the XML parser's events in one pass (docxBody.ts), keeping only paragraphs,
// tables and cells, then written out here.
//
// fflate unzips only word/document.xml, refused when its declared size is over the limit or smaller
// than its compressed data (which deflate cannot produce); fflate inflates into a buffer of the declared
// size, so a header that lies otherwise costs only the time to inflate the entry (about 2.5 s per MB of
// compressed data) and gives truncated XML, which the XML parser refuses (xml.ts).
import { unzipSync } from 'fflate';
import { NO_UNREAD_PAGES, type Grid, type GridCell } from '../core/types';
import { TextBuilder } from './textBuilder';
import type { Location, Place, ReadResult } from './types';
import { parseXml } from './xml';
import { maxOf } from '../core/extent';
import { DocxBody, MAX_TABLE_NESTING, TAB, WORDML_PREFIXES, type Block, type Cell, type Inline, type Table } from './docxBody';

export const MAX_DOCUMENT_XML_BYTES = 50 * 1024 * 1024;
const DOCUMENT_XML = 'word/document.xml';
/** The most compressed bytes deflate writes for `size` bytes: 5 bytes per stored block (encoders store at least 16 KB a block), plus framing. */
const deflateBound = (size: number): number => size + 5 * Math.ceil(size / 16384) + 64;

const ERRORS = {
  encrypted: '这是加密的 Office 文件（复合文档格式，不是 ZIP），无法读取；请在 Word 中取消密码后另存为 .docx (an encrypted Office file: a CFB container, not a ZIP)',
  legacy: '这是旧版 Office 二进制文件（如 Word 97-2003 的 .doc，复合文档格式，不是 ZIP）；请在 Word 中另存为 .docx (a legacy Office binary file such as .doc: a CFB container, not a ZIP)',
  notZip: '不是 DOCX 文件：内容不是 ZIP 压缩包 (not a DOCX file: not a ZIP archive)',
  corruptZip: 'DOCX 文件已损坏：ZIP 压缩包无法解压 (corrupt DOCX: the ZIP archive cannot be unpacked)',
  noDocument: `不是 Word 文档：ZIP 压缩包中没有 ${DOCUMENT_XML} (not a Word document: the ZIP archive has no ${DOCUMENT_XML})`,
  tooLarge: `DOCX 文件的正文过大：${DOCUMENT_XML} 解压后超过 ${MAX_DOCUMENT_XML_BYTES / 1024 / 1024} MB，未读取 (the document body is over ${MAX_DOCUMENT_XML_BYTES / 1024 / 1024} MB uncompressed)`,
  forgedSize: `DOCX 文件已损坏：${DOCUMENT_XML} 声明的大小小于其压缩数据 (corrupt DOCX: ${DOCUMENT_XML} declares fewer bytes than its compressed data)`,
  corruptXml: (detail: string) => `DOCX 文件已损坏：${DOCUMENT_XML} 不是有效的 XML (corrupt DOCX: ${DOCUMENT_XML} is not well-formed XML: ${detail})`,
  noBody: `不是 Word 文档：${DOCUMENT_XML} 没有正文 w:body (not a Word document: ${DOCUMENT_XML} has no w:body)`,
  tooDeep: `DOCX 文件的表格嵌套超过 ${MAX_TABLE_NESTING} 层，未读取 (tables nested more than ${MAX_TABLE_NESTING} deep: not read)`,
};

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The stream that holds an encrypted OOXML package, as its name is stored in a CFB directory (UTF-16LE). */
const ENCRYPTED_PACKAGE = new Uint8Array([...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0]));

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean => prefix.every((b, i) => bytes[i] === b);

function contains(bytes: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = bytes.indexOf(needle[0]); i >= 0 && i <= bytes.length - needle.length; i = bytes.indexOf(needle[0], i + 1)) {
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** word/document.xml's bytes, or why they cannot be had. */
function documentXml(bytes: Uint8Array): Uint8Array | { error: string } {
  if (startsWith(bytes, CFB_SIGNATURE)) return { error: contains(bytes, ENCRYPTED_PACKAGE) ? ERRORS.encrypted : ERRORS.legacy };
  if (!startsWith(bytes, [0x50, 0x4b])) return { error: ERRORS.notZip };
  let refusal: string | null = null;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (file.name !== DOCUMENT_XML) return false;
        if (file.originalSize > MAX_DOCUMENT_XML_BYTES) refusal = ERRORS.tooLarge;
        else if (file.compression !== 0 && file.size > deflateBound(file.originalSize)) refusal = ERRORS.forgedSize;
        return refusal === null;
      },
    });
  } catch {
    return { error: ERRORS.corruptZip };
  }
  return refusal ? { error: refusal } : (files[DOCUMENT_XML] ?? { error: ERRORS.noDocument });
}

function decodeXml(bytes: Uint8Array): string {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  return new TextDecoder(encoding).decode(bytes);
}

class DocxReader {
  private readonly out = new TextBuilder();
  readonly grids: Grid[] = [];
  readonly places: Place[] = [];
  private tables = 0;
  private paragraphs = 0;

  text(): string {
    return this.out.text();
  }

  body(blocks: readonly Block[]): void {
    for (const block of blocks) {
      if (block.kind === 'tbl') this.table(block);
      else this.paragraph(block.inline, { paragraph: this.paragraphs++ });
    }
  }

  private place(start: number, location: Location): void {
    if (this.out.offset > start) this.places.push({ start, end: this.out.offset, location });
  }

  /** A paragraph on lines of its own. */
  private paragraph(inline: readonly Inline[], location: Location): void {
    this.out.lineBreak(0);
    const start = this.out.offset;
    this.inline(inline, false);
    this.place(start, location);
    this.out.lineBreak(0);
  }

  /** The text of a paragraph's runs; in a cell, tabs and breaks only separate words. */
  private inline(inline: readonly Inline[], inCell: boolean): void {
    for (const item of inline) {
      if (typeof item === 'string') this.out.addText(item);
      else if (inCell) this.out.softBreak(0);
      else if (item === TAB) this.out.tab(0);
      else this.out.lineBreak(0);
    }
  }

  private table({ rows }: Table): void {
    const index = this.tables++;
    const framed = rows.every((row) => row.cells.length < 2) || rows.some((row) => row.cells.some((cell) => cell.holdsTable));
    if (framed) return this.frame(rows.map((row) => row.cells), index);

    this.out.lineBreak(0);
    const grid: (GridCell | undefined)[][] = [];
    rows.forEach(({ gridBefore, cells }, r) => {
      const row: (GridCell | undefined)[] = (grid[r] = []);
      let col = gridBefore;
      let written = 0;
      for (const { span, vMerge, hMerge, blocks } of cells) {
        const above = grid[r - 1]?.[col];
        const left = row[col - 1];
        if (vMerge && above) {
          for (let j = 0; j < span; j++) row[col + j] = { start: above.start, end: above.end, from: 'above' };
        } else if (hMerge && left) {
          for (let j = 0; j < span; j++) row[col + j] = { start: left.start, end: left.end, from: 'left' };
        } else {
          if (written++ > 0) this.out.tab(0);
          const start = this.out.offset;
          for (const block of blocks) {
            if (block.kind !== 'p') continue; // (a cell holding a table makes its table a frame)
            this.out.softBreak(0);
            this.inline(block.inline, true);
          }
          const origin: GridCell = { start, end: this.out.offset };
          this.place(start, { table: index, row: r, cell: col });
          for (let j = 0; j < span; j++) row[col + j] = j === 0 ? origin : { ...origin, from: 'left' };
        }
        col += span;
      }
      this.out.lineBreak(0);
    });
    const width = maxOf(grid, (r) => r.length);
    const at = this.out.offset;
    this.grids.push({ rows: grid.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? { start: at, end: at })) });
  }

  /** A layout frame or a one-column table (the cells of each row): its paragraphs as lines, its tables as tables. */
  private frame(rows: readonly (readonly Cell[])[], index: number): void {
    rows.forEach((cells, r) => {
      let col = 0;
      for (const { span, blocks } of cells) {
        for (const block of blocks) {
          if (block.kind === 'tbl') this.table(block);
          else this.paragraph(block.inline, { table: index, row: r, cell: col });
        }
        col += span;
      }
    });
  }
}

export function readDocx(bytes: Uint8Array): ReadResult {
  const xml = documentXml(bytes);
  if ('error' in xml) return xml;
  const body = new DocxBody();
  const failure = parseXml(decodeXml(xml), WORDML_PREFIXES, body);
  if (failure) return { error: ERRORS.corruptXml(failure.error) };
  if (!body.blocks) return { error: ERRORS.noBody };
  if (body.tooDeep) return { error: ERRORS.tooDeep };
  const reader = new DocxReader();
  reader.body(body.blocks);
  return { text: reader.text(), grids: reader.grids, places: reader.places, pages: 0, unread: NO_UNREAD_PAGES };
}
