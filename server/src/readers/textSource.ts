// A report that is text (plain text, or a web page read in place) → the core's Report with its spans
// in the source itself. Pure and free of the PDF and Word readers, so that a browser bundle (the
// web extension's language server) takes only this.
import { analyze } from '../core/analyze';
import { applyDirectives, moveDirectives, readDirectives } from '../core/directives';
import { directiveProblemFindings } from '../core/rules/invalidDirective';
import { moveSummary } from '../core/cross/summary';
import type { OffsetMap } from '../core/normalise/offsetMap';
import type { AnalysisInput, AnalyzeOptions, Report, Span } from '../core/types';
import type { SourceFormat } from './format';
import { readHtml } from './html';
import type { Location } from './types';

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
    ...(report.crossYear ? { crossYear: moveSummary(report.crossYear, move) } : {}),
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

