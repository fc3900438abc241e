// Hover on a checked figure: the arithmetic as Markdown, from the findings at the position
// (`computation`) or, for a correct figure or a part of a check, from `report.checked`. Short at the
// top: every verdict with its arithmetic first, the tables of named figures after them.
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckedFigure, Report, Span } from '../core/types';
import { carrySpan, offsetBefore, type Replacement } from './carry';
import { rangeOf } from './ranges';

/** `edits`: the document's edits since the text the report was computed on. */
export function hoverAt(document: TextDocument, report: Report, position: Position, edits: readonly Replacement[] = []): Hover | null {
  const offset = offsetBefore(document.offsetAt(position), edits);
  if (offset === undefined) return null;
  const contains = (span: Span) => span.start <= offset && offset < span.end;
  const explained = report.findings.filter((f) => f.computation !== undefined && contains(f.span));
  if (explained.length > 0) return hover(document, explained[0].span, unique(explained.map((f) => f.computation!)).join('\n\n---\n\n'), edits);
  // the checks of the figure itself first, then those it is a part of
  const own = report.checked.filter((c) => contains(c.span));
  const asPart = report.checked.filter((c) => !contains(c.span) && c.parts.some(contains));
  const hits: CheckedFigure[] = [...own, ...asPart];
  if (hits.length === 0) return null;
  const span = own.length > 0 ? own[0].span : asPart[0].parts.find(contains)!;
  const verdicts = unique(hits.map((c) => c.markdown)).join('\n\n');
  const tables = unique(hits.map((c) => c.table).filter(Boolean));
  return hover(document, span, tables.length > 0 ? `${verdicts}\n\n---\n\n${tables.join('\n\n')}` : verdicts, edits);
}

const unique = (texts: readonly string[]): string[] => [...new Set(texts)];

function hover(document: TextDocument, span: Span, markdown: string, edits: readonly Replacement[]): Hover {
  return { contents: { kind: MarkupKind.Markdown, value: markdown }, range: rangeOf(document, carrySpan(span, edits)) };
}
