// PDF (a report as published) → the text the core analyses, its tables as grids rebuilt from the
// page geometry, and the page and box of every stretch of the text. pdfjs-dist parses the file
// (text runs with positions, and the operator list for the ruling lines of tables); the layout is
// ours (server/src/readers/pdf/). Pure: bytes in, no file or network access; fonts and CMaps are
// never fetched (pdfjs has no URL to fetch them from; `resources` supplies CMaps where needed).
import type { ReadResult } from './types';
import type { PageContent } from './pdf/geometry';
import { layoutPdf } from './pdf/layout';
import { cellGaps, linesOf } from './pdf/lines';
import { loadPdfjs } from './pdf/pdfjs';
import { rulingsOf } from './pdf/rulings';
import { runsOf, type PdfTextItem } from './pdf/runs';

export interface PdfResources {
  /**
   * The packed CMap `name` (pdfjs-dist/cmaps/<name>.bcmap), for PDFs whose fonts use a predefined
   * CJK encoding (UniGB-UCS2-H, GBK-EUC-H …) without a ToUnicode map: without it their text is lost.
   */
  cMap?: (name: string) => Uint8Array | undefined;
}

/** pdfjs looks for `%PDF-` within the first 1024 bytes. */
const HEADER_WINDOW = 1024;
/** A page with this many wide gaps between runs of text may hold a table: its ruling lines are read. */
const TABLE_GAPS = 2;

export const NOT_PDF = '不是 PDF 文件：开头没有 %PDF- 标记 (not a PDF file)';
export const EMPTY_PDF = '空文件，不是 PDF (empty file, not a PDF)';
export const ENCRYPTED_PDF = 'PDF 文件已加密，需要密码才能打开，无法检查 (encrypted PDF: a password is required)';
export const corruptPdf = (detail: string) => `PDF 文件已损坏，无法读取 (corrupt PDF): ${detail}`;

function hasHeader(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, HEADER_WINDOW)).toString('latin1');
  return head.includes('%PDF-');
}

/**
 * Where pdfjs "loads" the fonts of the document: a stand-in that keeps nothing. With `disableFontFace`
 * (pdfjs's default in Node, where no document can load a font) pdfjs outlines every glyph drawn on a
 * page whose operator list is read (table pages: 2/3 of that read's time), to paint text as paths;
 * with font faces, it hands each font over once as a CSS rule, which this document drops. Neither
 * changes the text or the lines read. pdfjs's FontLoader inserts the rule through createElement,
 * documentElement.getElementsByTagName('head') and sheet.insertRule; if a later pdfjs wanted more of a
 * document, the font would fail to load and pdfjs would outline its glyphs after all (slower, the same
 * result). A new one for each read: nothing of one document stays for the next.
 */
function fontSink() {
  const sheet = { cssRules: [], insertRule: () => 0 };
  return { createElement: () => ({ sheet, remove: () => undefined }), documentElement: { getElementsByTagName: () => [{ append: () => undefined }] } };
}

/** Serves CMaps from `resources` and nothing else (no standard fonts, no wasm decoders: pdfjs falls back). */
function binaryData(resources: PdfResources) {
  return class {
    async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
      const data = kind === 'cMapUrl' ? resources.cMap?.(filename.replace(/\.bcmap$/, '')) : undefined;
      if (!data) throw new Error(`${kind} ${filename} not supplied`);
      return data;
    }
  };
}

export async function readPdf(bytes: Uint8Array, resources: PdfResources = {}): Promise<ReadResult> {
  if (bytes.length === 0) return { error: EMPTY_PDF };
  if (!hasHeader(bytes)) return { error: NOT_PDF };
  const { getDocument, OPS, AnnotationMode } = await loadPdfjs();
  const task = getDocument({
    data: new Uint8Array(bytes), // a copy (pdfjs may take the buffer over), and never a Buffer, which pdfjs refuses
    disableFontFace: false,
    ownerDocument: fontSink(),
    maxImageSize: 0, // no image is decoded for an operator list (a scan or a seal on a table page): only text and lines are read
    isEvalSupported: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    useSystemFonts: false,
    useWorkerFetch: false,
    cMapUrl: 'cmaps/', // a name for the factory below, never fetched
    cMapPacked: true,
    BinaryDataFactory: binaryData(resources),
    verbosity: 0,
  });
  try {
    const document = await task.promise;
    const pages: PageContent[] = [];
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const [, , , top] = page.view;
      const items = (await page.getTextContent()).items.flatMap((i): PdfTextItem[] => ('str' in i ? [i] : []));
      const runs = runsOf(items, page.view);
      const tabular = cellGaps(linesOf(runs, n)) >= TABLE_GAPS;
      const segments = tabular ? rulingsOf(await page.getOperatorList({ annotationMode: AnnotationMode.DISABLE }), OPS, page.view) : null;
      pages.push({ page: n, height: top - page.view[1], runs, segments });
      page.cleanup();
    }
    return layoutPdf(pages);
  } catch (err) {
    const name = (err as Error | undefined)?.name;
    if (name === 'PasswordException') return { error: ENCRYPTED_PDF };
    return { error: corruptPdf((err as Error | undefined)?.message ?? String(err)) };
  } finally {
    await task.destroy();
  }
}
