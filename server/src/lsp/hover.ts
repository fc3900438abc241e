// Hover on a checked figure: the arithmetic as Markdown, from the findings at the position
// (`computation`) or, for a correct figure, from `report.checked`.
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Report, Span } from '../core/types';
import { carrySpan, offsetBefore, type Replacement } from './carry';
import { rangeOf } from './ranges';

/** `edits`: the document's edits since the text the report was computed on. */
export function hoverAt(document: TextDocument, report: Report, position: Position, edits: readonly Replacement[] = []): Hover | null {
  const offset = offsetBefore(document.offsetAt(position), edits);
  if (offset === undefined) return null;
  const contains = (span: Span) => span.start <= offset && offset < span.end;
  const explained = report.findings.filter((f) => f.computation !== undefined && contains(f.span));
  const hits = explained.length > 0
    ? explained.map((f) => ({ span: f.span, markdown: f.computation! }))
    : report.checked.filter((figure) => contains(figure.span));
  if (hits.length === 0) return null;
  const markdown = [...new Set(hits.map((hit) => hit.markdown))].join('\n\n---\n\n');
  return { contents: { kind: MarkupKind.Markdown, value: markdown }, range: rangeOf(document, carrySpan(hits[0].span, edits)) };
}
