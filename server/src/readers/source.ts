// A report as published (plain text, a web page, a PDF, a Word file) → the core's Report, with its
// spans where the user sees them: in the source text itself for text and HTML (so a web page is
// checked in place), in the extracted text for PDF and DOCX, each finding with its page and box or
// its paragraph or table cell. Pure: the CLI and the language server hand over text or bytes.
import { analyze } from '../core/analyze';
import type { AnalyzeOptions } from '../core/types';
import { readDocx } from './docx';
import type { DocumentFormat } from './format';
import { readPdf, type PdfEngine } from './pdf';
import type { Location, Place } from './types';
import { lastAtOrBefore } from '../core/search';
import type { Analyzer, CheckedSource } from './textSource';

export { formatOf, isDocumentFormat, textFormatOf, type DocumentFormat, type SourceFormat } from './format';
export { checkText, mapReport, type Analyzer, type CheckedSource } from './textSource';

/** The place holding offset `at` of the extracted text. */
function placeAt(places: readonly Place[], at: number): Location | null {
  const place = places[lastAtOrBefore(places, at, (p) => p.start)];
  return place && place.start <= at && at < Math.max(place.end, place.start + 1) ? place.location : null;
}

/**
 * Checks a PDF or a Word file. Its findings carry their place in the document; they offer no fixes,
 * since the document itself is not edited (the extracted text is shown read-only). A PDF needs `engine`.
 */
export async function checkDocument(format: DocumentFormat, bytes: Uint8Array, options: AnalyzeOptions, analyzer: Analyzer = analyze, engine?: PdfEngine): Promise<CheckedSource | { error: string }> {
  if (format === 'pdf' && !engine) throw new Error('checkDocument: reading a PDF needs the PDF engine');
  const read = format === 'pdf' ? await readPdf(bytes, engine!) : readDocx(bytes);
  if ('error' in read) return read;
  const report = analyzer({ text: read.text, grids: read.grids, pages: read.pages, unread: read.unread }, { ...options, proveFixes: false });
  return {
    format,
    text: read.text,
    report: { ...report, findings: report.findings.map((f) => ({ ...f, fixes: [] })), fixAll: [] },
    locations: report.findings.map((f) => placeAt(read.places, f.span.start)),
  };
}

