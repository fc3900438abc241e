// A report as published (plain text, a web page, a PDF, a Word file) → the core's Report, with its
// spans where the user sees them: in the source text itself for text and HTML (so a web page is
// checked in place), in the extracted text for PDF and DOCX, each finding with its page and box or
// its paragraph or table cell. Pure: the CLI and the language server hand over text or bytes.
import { analyze } from '../core/analyze';
import { disabledRulesIn } from '../core/directives';
import type { OffsetMap } from '../core/normalise/offsetMap';
import type { AnalysisInput, AnalyzeOptions, Report, Span } from '../core/types';
import { readHtml } from './html';

export type SourceFormat = 'text' | 'html' | 'pdf' | 'docx';

const EXTENSIONS: Readonly<Record<string, SourceFormat>> = { html: 'html', htm: 'html', pdf: 'pdf', docx: 'docx' };

/** The format a file name says (its extension); text for anything else. */
export function formatOf(name: string): SourceFormat {
  const m = /\.([A-Za-z]+)$/.exec(name);
  return (m && EXTENSIONS[m[1].toLowerCase()]) || 'text';
}

export type Analyzer = (input: string | AnalysisInput, options: AnalyzeOptions) => Report;

export interface CheckedSource {
  format: SourceFormat;
  /** The text the Report's spans point into: the source itself (text, HTML) or the text extracted (PDF, DOCX). */
  text: string;
  report: Report;
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
    checked: report.checked.map((c) => ({ ...c, span: move(c.span) })),
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
  // directives are HTML comments, which the page's text does not keep
  const disable = [...(options.disable ?? []), ...disabledRulesIn(text)];
  return { format, text, report: mapReport(analyzer({ text: page.text, grids: page.grids }, { ...options, disable }), through(page.toSource)) };
}
