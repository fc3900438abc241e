// PDF (a report as published) → the text the core analyses, its tables as grids rebuilt from the
// page geometry, and the page and box of every stretch of the text. PDFium parses the file (each
// character with its position, and the painted paths for the ruling lines of tables: pdf/pdfium.ts);
// the layout is ours (server/src/readers/pdf/). Pure: bytes in, no file or network access (the
// engine's binary comes from the caller; PDFium's CJK CMaps are built in, and it fetches nothing).
import type { ReadResult } from './types';
import type { PageContent } from './pdf/geometry';
import { layoutPdf } from './pdf/layout';
import { cellGaps, linesOf } from './pdf/lines';
import { isTrap, readPages, startPdfium, type PageView } from './pdf/pdfium';
import { boxOnPage, turnOfPage, uprightChars, uprightPaths, uprightView, type Turn } from './pdf/turns';
import { rulingsOf } from './pdf/rulings';
import { runsOf } from './pdf/runs';

export interface PdfEngine {
  /** PDFium's WebAssembly binary (@embedpdf/pdfium's pdfium.wasm), asked for once per process. */
  wasm: () => Uint8Array;
}

/** PDF readers look for `%PDF-` within the first 1024 bytes. */
const HEADER_WINDOW = 1024;
/** A page with this many wide gaps between runs of text may hold a table: its ruling lines are read. */
const TABLE_GAPS = 2;

export const NOT_PDF = '不是 PDF 文件：开头没有 %PDF- 标记 (not a PDF file)';
export const EMPTY_PDF = '空文件，不是 PDF (empty file, not a PDF)';
export const ENCRYPTED_PDF = 'PDF 文件已加密，需要密码才能打开，无法检查 (encrypted PDF: a password is required)';
/** PDFium says only that the file is not a PDF it can open. */
const UNREADABLE = '不是可读取的 PDF 结构 (no readable PDF structure)';
export const engineUnavailable = (detail: string) => `PDF 读取组件 PDFium 无法启动，PDF 未检查 (the PDF engine could not be started): ${detail}`;
export const PDF_TOO_LARGE = 'PDF 文件过大，读取组件内存不足，无法检查 (the PDF is too large for the reader’s memory)';
export const readerFailed = (detail: string) => `读取 PDF 时检查器出错，本文件未检查 (the checker failed while reading this PDF): ${detail}`;
export const corruptPdf = (detail: string) => `PDF 文件已损坏，无法读取 (corrupt PDF): ${detail}`;

export const TRUNCATED_PDF = 'PDF 文件不完整：结尾没有 %%EOF 标记（可能下载或复制时中断），无法读取 (incomplete PDF: no %%EOF at its end; the download or copy may have been cut short)';

/** Bytes `from`…`to` of the file as Latin-1 text (PDF keywords are ASCII). */
const latin1 = (bytes: Uint8Array, from: number, to: number): string => Buffer.from(bytes.buffer, bytes.byteOffset + from, to - from).toString('latin1');

const hasHeader = (bytes: Uint8Array): boolean => latin1(bytes, 0, Math.min(bytes.length, HEADER_WINDOW)).includes('%PDF-');

/** Whether the file ends as every PDF does, with `%%EOF` (in its last KB: writers may add a few bytes after it). */
const hasEnd = (bytes: Uint8Array): boolean => latin1(bytes, Math.max(0, bytes.length - HEADER_WINDOW), bytes.length).includes('%%EOF');

export async function readPdf(bytes: Uint8Array, engine: PdfEngine): Promise<ReadResult> {
  if (bytes.length === 0) return { error: EMPTY_PDF };
  if (!hasHeader(bytes)) return { error: NOT_PDF };
  let pdfium;
  try {
    pdfium = await startPdfium(engine.wasm);
  } catch (err) {
    return { error: engineUnavailable((err as Error | undefined)?.message ?? String(err)) };
  }
  const pages: PageContent[] = [];
  /** The pages read upright after turning them back, and their views as shown. */
  const turns = new Map<number, { turn: Turn; view: PageView }>();
  try {
    const failure = readPages(pdfium, bytes, (view, { chars, unmapped }, paths) => {
      const n = pages.length + 1;
      const turn = turnOfPage(chars);
      // a page turned a quarter is read upright; at another angle, it is not read (and said so)
      const quarter = typeof turn === 'number' ? turn : null;
      const upright = quarter ? { view: uprightView(view, quarter), chars: uprightChars(chars, quarter), paths: () => uprightPaths(paths(), quarter) } : { view, chars, paths };
      if (quarter) turns.set(n, { turn: quarter, view });
      const runs = runsOf(upright.chars, upright.view);
      const tabular = cellGaps(linesOf(runs, n)) >= TABLE_GAPS;
      const [, y0, , y1] = upright.view;
      pages.push({ page: n, height: y1 - y0, runs, segments: tabular ? rulingsOf(upright.paths(), upright.view) : null, slanted: turn === 'other', unmapped });
    });
    if (failure === 'password') return { error: ENCRYPTED_PDF };
    if (failure === 'memory') return { error: PDF_TOO_LARGE };
    // PDFium does not read a file cut short (its cross-reference table and trailer are at the end): said so
    if (failure) return { error: hasEnd(bytes) ? corruptPdf(UNREADABLE) : TRUNCATED_PDF };
  } catch (err) {
    const message = (err as Error | undefined)?.message ?? String(err);
    return { error: isTrap(err) ? corruptPdf(message) : readerFailed(message) };
  }
  const read = layoutPdf(pages);
  // the boxes of a page read upright, back on the page as it is shown
  for (const place of read.places) {
    const turned = 'page' in place.location ? turns.get(place.location.page) : undefined;
    if (turned && 'box' in place.location) place.location = { ...place.location, box: boxOnPage(place.location.box, turned.turn, turned.view) };
  }
  return read;
}
