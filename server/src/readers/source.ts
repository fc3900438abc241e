// A report as published (plain text, a web page, a PDF, a Word file) → the core's Report, with its
// spans where the user sees them: in the source text itself for text and HTML (so a web page is
// checked in place), in the extracted text for PDF and DOCX, each finding with its page and box or
// its paragraph or table cell. Pure: the CLI and the language server hand over text or bytes.
import { analyze } from '../core/analyze';
import { applyDirectives, moveDirectives, readDirectives } from '../core/directives';
import { directiveProblemFindings } from '../core/rules/invalidDirective';
import type { OffsetMap } from '../core/normalise/offsetMap';
import type { AnalysisInput, AnalyzeOptions, Report, Span } from '../core/types';
import { readDocx } from './docx';
import { readHtml } from './html';
import { readPdf, type PdfResources } from './pdf';
import type { Location, Place } from './types';
import { lastAtOrBefore } from '../core/search';

import type { SourceFormat } from './format';
export { formatOf, textFormatOf, type SourceFormat } from './format';

export type Analyzer = (input: string | AnalysisInput, options: AnalyzeOptions) => Report;

export interface CheckedSource {
  format: SourceFormat;
  /** The text the Report's spans point into: the source itself (text, HTML) or the text extracted (PDF, DOCX). */
  text: string;
  report: Report;
  /** PDF, DOCX: where each finding lies in the document (page and box, paragraph, table cell). */
  locations?: (Location | null)[];
}

/** A Report with every span moved by `move` (the core's spans → the source's). */
export function mapReport(report: Report, move: (span: Span) => Span): Report {
  return {
    ...report,
    title: report.title && { ...report.title, span: move(report.title.span) },
    findings: report.findings.map((f) => ({
      ...f,
      span: move(f.span),
      related: f.related.map((r) => ({ ...r, span: move(r.span) })),
      fixes: f.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((e) => ({ ...e, span: move(e.span) })) })),
    })),
    fixAll: report.fixAll.map((e) => ({ ...e, span: move(e.span) })),
    checked: report.checked.map((c) => ({ ...c, span: move(c.span), parts: c.parts.map(move) })),
    outline: mapOutline(report.outline, move),
    tables: report.tables.map((t) => ({ ...t, span: move(t.span) })),
  };
}

function mapOutline(nodes: Report['outline'], move: (span: Span) => Span): Report['outline'] {
  return nodes.map((n) => ({ ...n, span: move(n.span), selection: move(n.selection), children: mapOutline(n.children, move) }));
}

const through = (map: OffsetMap) => (span: Span): Span => map.toOriginal(span);

/** Checks a source that is text: a plain-text report, or an HTML page read in place. */
export function checkText(format: 'text' | 'html', text: string, options: AnalyzeOptions, analyzer: Analyzer = analyze): CheckedSource {
  if (format === 'text') return { format, text, report: analyzer(text, options) };
  const page = readHtml(text);
  // Directives are HTML comments, which the page's text does not keep: read in the source, they are
  // moved into the page's text for the core; their problems stay in the source.
  const directives = readDirectives(text);
  const inPage = { ...moveDirectives(directives, (at) => page.toSource.toNormalised(at)), problems: [] };
  const report = mapReport(analyzer({ text: page.text, grids: page.grids, directives: inPage }, options), through(page.toSource));
  const problems = applyDirectives(directiveProblemFindings(directives.problems, options), directives);
  if (problems.length === 0) return { format, text, report };
  const findings = [...report.findings, ...problems].sort((a, b) => a.span.start - b.span.start || a.rule.localeCompare(b.rule));
  return { format, text, report: { ...report, findings } };
}

/** The place holding offset `at` of the extracted text. */
function placeAt(places: readonly Place[], at: number): Location | null {
  const place = places[lastAtOrBefore(places, at, (p) => p.start)];
  return place && place.start <= at && at < Math.max(place.end, place.start + 1) ? place.location : null;
}

/**
 * Checks a PDF or a Word file. Its findings carry their place in the document; they offer no fixes,
 * since the document itself is not edited (the extracted text is shown read-only).
 */
export async function checkDocument(format: 'pdf' | 'docx', bytes: Uint8Array, options: AnalyzeOptions, analyzer: Analyzer = analyze, resources: PdfResources = {}): Promise<CheckedSource | { error: string }> {
  const read = format === 'pdf' ? await readPdf(bytes, resources) : readDocx(bytes);
  if ('error' in read) return read;
  const report = analyzer({ text: read.text, grids: read.grids, pages: read.pages, pagesWithoutText: read.pagesWithoutText }, { ...options, proveFixes: false });
  return {
    format,
    text: read.text,
    report: { ...report, findings: report.findings.map((f) => ({ ...f, fixes: [] })), fixAll: [] },
    locations: report.findings.map((f) => placeAt(read.places, f.span.start)),
  };
}

