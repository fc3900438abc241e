// PDFium (the PDF engine of Chromium, @embedpdf/pdfium's WebAssembly build) → what each page draws
// that the layout reads: its characters with their origins and advances, and its painted paths with
// their points on the page. PDFium maps glyphs to text itself (ToUnicode maps and the predefined CJK
// CMaps are built in) and never needs a font program for that: reading text costs no font conversion.
//
// The WebAssembly binary comes from the caller (the reader does no IO); it is compiled once per process,
// on the first PDF, and shared by every read. A trap inside PDFium (out of memory, an abort) leaves the instance unusable:
// it is dropped and the next read starts a new one.
import type { WrappedPdfiumModule } from '@embedpdf/pdfium';

/** A character as drawn, in PDF user space (y up). */
export interface PdfChar {
  text: string;
  /** The origin: left end of the baseline. */
  x: number;
  y: number;
  /** How far the glyph advances along its baseline. */
  advance: number;
  /** The font size in points on the page (text matrix and CTM applied). */
  size: number;
  /** Quarter turns counterclockwise of its baseline (0 upright); null at another angle, skewed or mirrored (a stamp, a watermark). */
  turn: 0 | 1 | 2 | 3 | null;
}

/**
 * A page's characters, and how many were left out because their font maps them to no Unicode text
 * (no ToUnicode map, no known encoding): PDFium would give their glyph codes as if they were text.
 */
export interface PageText {
  chars: PdfChar[];
  unmapped: number;
}

/** A path's subpaths in PDF user space, and how it is painted. */
export interface PdfPath {
  subpaths: { points: [number, number][]; closed: boolean }[];
  stroked: boolean;
  filled: boolean;
}

/** The page box shown (crop box within the media box): [x0, y0, x1, y1]. */
export type PageView = [number, number, number, number];

/** Encrypted (a password, or a security handler PDFium lacks), not a PDF it can read, or no memory for it. */
export type PdfiumFailure = 'password' | 'format' | 'memory';

// fpdfview.h, fpdf_edit.h
const FPDF_ERR_PASSWORD = 4;
const FPDF_ERR_SECURITY = 5;
const FPDF_PAGEOBJ_PATH = 2;
const FPDF_PAGEOBJ_FORM = 5;
const FPDF_SEGMENT_LINETO = 0;
const FPDF_SEGMENT_BEZIERTO = 1;
const FPDF_SEGMENT_MOVETO = 2;
/** How deep forms inside forms are followed (PDFium itself refuses cycles). */
const MAX_FORM_DEPTH = 16;

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
/** `m` then `n`: a point in m's space taken to n's. */
const then = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];

export type Pdfium = WrappedPdfiumModule;

/** A WebAssembly trap (PDFium aborted, out of memory, a fault), as against an error of our own code. */
export const isTrap = (err: unknown): boolean => (err as Error | undefined)?.name === 'RuntimeError';

const quiet = (): void => undefined;

let engine: Promise<Pdfium> | null = null;

/** PDFium, started from the binary `wasm` gives on the first call of the process (or after a failure). */
export function startPdfium(wasm: () => Uint8Array): Promise<Pdfium> {
  engine ??= (async () => {
    const { init } = await import('@embedpdf/pdfium'); // on the first PDF only: a run that reads none never evaluates it
    // nothing printed: a language server's stdout is its protocol; a failure to start is thrown anyway
    const m = await init({ wasmBinary: new Uint8Array(wasm()).buffer, print: quiet, printErr: quiet }); // a copy: exactly the binary's bytes
    m.PDFiumExt_Init();
    return m;
  })();
  const started = engine;
  started.catch(() => {
    if (engine === started) engine = null;
  });
  return started;
}

/** Scratch memory for out-parameters: 8 doubles. */
class Scratch {
  readonly at: number;
  constructor(private readonly m: Pdfium) {
    this.at = m.pdfium.wasmExports.malloc(64);
  }
  f64(i: number): number {
    return this.m.pdfium.HEAPF64[(this.at >> 3) + i];
  }
  f32(i: number): number {
    return this.m.pdfium.HEAPF32[(this.at >> 2) + i];
  }
  i32(i: number): number {
    return this.m.pdfium.HEAP32[(this.at >> 2) + i];
  }
  free(): void {
    this.m.pdfium.wasmExports.free(this.at);
  }
}

function matrixOf(m: Pdfium, object: number, s: Scratch): Matrix {
  if (!m.FPDFPageObj_GetMatrix(object, s.at)) return IDENTITY;
  return [s.f32(0), s.f32(1), s.f32(2), s.f32(3), s.f32(4), s.f32(5)];
}

const ZERO = 1e-3;

/** The quarter turn of a character's matrix [a b c d], or null (another angle, skewed or mirrored). */
function turnOf(a: number, b: number, c: number, d: number): PdfChar['turn'] {
  const axis = Math.abs(b) < ZERO && Math.abs(c) < ZERO;
  const across = Math.abs(a) < ZERO && Math.abs(d) < ZERO;
  if (axis && a > 0 && d > 0) return 0;
  if (across && b > 0 && c < 0) return 1;
  if (axis && a < 0 && d < 0) return 2;
  if (across && b < 0 && c > 0) return 3;
  return null;
}

/**
 * The characters of a page. A font that maps some of its glyphs to no text is trusted for none: PDFium
 * flags only the glyphs it found no mapping for, and gives the others of such a font whatever its
 * fallbacks find (in a CJK font without a ToUnicode map, letters of unrelated scripts).
 */
function textOf(m: Pdfium, page: number, s: Scratch): PageText {
  const textPage = m.FPDFText_LoadPage(page);
  const chars: PdfChar[] = [];
  /** Each char's index on the text page, while a font may still be found untrusted. */
  const at: number[] = [];
  const unmappedAt: number[] = [];
  try {
    const count = m.FPDFText_CountChars(textPage);
    for (let i = 0; i < count; i++) {
      if (m.FPDFText_IsGenerated(textPage, i)) continue; // spaces and line ends PDFium inserts
      const code = m.FPDFText_GetUnicode(textPage, i);
      if (code < 0x20 || (code >= 0xd800 && code < 0xe000) || code === 0xfffe || code === 0xffff) continue; // no character
      if (m.FPDFText_HasUnicodeMapError(textPage, i)) {
        unmappedAt.push(i);
        continue;
      }
      at.push(i);
      m.FPDFText_GetCharOrigin(textPage, i, s.at, s.at + 8);
      const [x, y] = [s.f64(0), s.f64(1)];
      m.FPDFText_GetLooseCharBox(textPage, i, s.at); // FS_RECTF: left, top, right, bottom
      const [left, top, right, bottom] = [s.f32(0), s.f32(1), s.f32(2), s.f32(3)];
      m.FPDFText_GetMatrix(textPage, i, s.at); // FS_MATRIX a b c d e f: the text matrix with the CTM
      const turn = turnOf(s.f32(0), s.f32(1), s.f32(2), s.f32(3));
      // the loose box spans the advance along the baseline, whichever way the baseline runs
      const advance = turn === 1 ? top - y : turn === 2 ? x - left : turn === 3 ? y - bottom : right - x;
      chars.push({ text: String.fromCodePoint(code), x, y, advance, size: m.FPDFText_GetFontSize(textPage, i) * Math.hypot(s.f32(2), s.f32(3)), turn });
    }
    if (unmappedAt.length > 0) {
      const fontOf = (i: number): number => m.FPDFTextObj_GetFont(m.FPDFText_GetTextObject(textPage, i));
      const untrusted = new Set(unmappedAt.map(fontOf));
      const kept = chars.filter((_, k) => !untrusted.has(fontOf(at[k])));
      return { chars: kept, unmapped: unmappedAt.length + chars.length - kept.length };
    }
  } finally {
    m.FPDFText_ClosePage(textPage);
  }
  return { chars, unmapped: 0 };
}

function pathOf(m: Pdfium, path: number, ctm: Matrix, s: Scratch): PdfPath | null {
  if (!m.FPDFPath_GetDrawMode(path, s.at, s.at + 4)) return null;
  const filled = s.i32(0) !== 0;
  const stroked = s.i32(1) !== 0;
  if (!filled && !stroked) return null;
  const subpaths: PdfPath['subpaths'] = [];
  let current: [number, number][] = [];
  const end = (closed: boolean) => {
    if (current.length > 1) subpaths.push({ points: current, closed });
    current = [];
  };
  const count = m.FPDFPath_CountSegments(path);
  for (let i = 0; i < count; i++) {
    const segment = m.FPDFPath_GetPathSegment(path, i);
    const type = m.FPDFPathSegment_GetType(segment);
    if (type === FPDF_SEGMENT_BEZIERTO) {
      end(false); // a rounded shape is no ruling
      continue;
    }
    if (type !== FPDF_SEGMENT_MOVETO && type !== FPDF_SEGMENT_LINETO) continue;
    if (type === FPDF_SEGMENT_MOVETO) end(false);
    m.FPDFPathSegment_GetPoint(segment, s.at, s.at + 4);
    const [x, y] = [s.f32(0), s.f32(1)];
    current.push([ctm[0] * x + ctm[2] * y + ctm[4], ctm[1] * x + ctm[3] * y + ctm[5]]);
    if (m.FPDFPathSegment_GetClose(segment)) end(true);
  }
  end(false);
  return { subpaths, stroked, filled };
}

/** The painted paths among `count` objects got by `objectAt`, forms followed with their matrices. */
function pathsOf(m: Pdfium, count: number, objectAt: (i: number) => number, ctm: Matrix, s: Scratch, depth: number, into: PdfPath[]): void {
  for (let i = 0; i < count; i++) {
    const object = objectAt(i);
    const type = m.FPDFPageObj_GetType(object);
    if (type === FPDF_PAGEOBJ_PATH) {
      const path = pathOf(m, object, then(matrixOf(m, object, s), ctm), s);
      if (path) into.push(path);
    } else if (type === FPDF_PAGEOBJ_FORM && depth < MAX_FORM_DEPTH) {
      const inner = then(matrixOf(m, object, s), ctm);
      pathsOf(m, m.FPDFFormObj_CountObjects(object), (k) => m.FPDFFormObj_GetObject(object, k), inner, s, depth + 1, into);
    }
  }
}

/**
 * Hands each page of the PDF in `bytes` to `page`, in order: its view, its characters, and a way to
 * its painted paths (read only if asked, and only during the call: pages without table-like text
 * need none). A document that cannot be opened gives the reason.
 */
export function readPages(m: Pdfium, bytes: Uint8Array, page: (view: PageView, text: PageText, paths: () => PdfPath[]) => void): PdfiumFailure | null {
  let trapped = false;
  const data = m.pdfium.wasmExports.malloc(bytes.length);
  if (!data) return 'memory';
  const s = new Scratch(m);
  let document = 0;
  try {
    if (!s.at) return 'memory';
    m.pdfium.HEAPU8.set(bytes, data);
    document = m.FPDF_LoadMemDocument(data, bytes.length, '');
    if (!document) return [FPDF_ERR_PASSWORD, FPDF_ERR_SECURITY].includes(m.FPDF_GetLastError()) ? 'password' : 'format';
    const count = m.FPDF_GetPageCount(document);
    for (let n = 0; n < count; n++) {
      const handle = m.FPDF_LoadPage(document, n);
      if (!handle) return 'format';
      try {
        // FS_RECTF: left, top, right, bottom; else the page's size from its origin
        const view: PageView = m.FPDF_GetPageBoundingBox(handle, s.at) ? [s.f32(0), s.f32(3), s.f32(2), s.f32(1)] : [0, 0, m.FPDF_GetPageWidthF(handle), m.FPDF_GetPageHeightF(handle)];
        page(view, textOf(m, handle, s), () => {
          const drawn: PdfPath[] = [];
          pathsOf(m, m.FPDFPage_CountObjects(handle), (k) => m.FPDFPage_GetObject(handle, k), IDENTITY, s, 0, drawn);
          return drawn;
        });
      } finally {
        if (!trapped) m.FPDF_ClosePage(handle);
      }
    }
    return null;
  } catch (err) {
    if (isTrap(err)) {
      trapped = true; // PDFium stopped mid-call: the instance is not trusted again
      engine = null;
    }
    throw err;
  } finally {
    if (!trapped) {
      if (document) m.FPDF_CloseDocument(document);
      if (s.at) s.free();
      m.pdfium.wasmExports.free(data);
    }
  }
}
