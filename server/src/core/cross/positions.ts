// The line and column of every place a summary names, computed while the report's text is at hand:
// what an adapter keeps to show a finding across years in a file whose text it no longer holds.
import { LineIndex, type Position } from '../lineIndex';
import type { Span } from '../types';
import type { CrossSummary } from './types';

export type SummaryPositions = ReadonlyMap<number, Position>;

export function positionsOf(text: string, summary: CrossSummary): SummaryPositions {
  const spans: Span[] = [...(summary.title ? [summary.title.span] : []), ...summary.cells.map((c) => c.span), ...summary.priorFigures.map((f) => f.span), ...summary.subordinateFigures.map((f) => f.span), ...summary.sentences.map((s) => s.span)];
  const lines = new LineIndex(text);
  const at = new Map<number, Position>([[0, { line: 0, character: 0 }]]);
  for (const span of spans) for (const offset of [span.start, span.end]) if (!at.has(offset)) at.set(offset, lines.positionAt(offset));
  return at;
}

/** A span of the summary as a range (both ends are among the positions kept). */
export function rangeIn(positions: SummaryPositions, span: Span): { start: Position; end: Position } {
  return { start: positions.get(span.start)!, end: positions.get(span.end)! };
}
