// A report's summary for the checks across years, computed once with its analysis: its title, the
// table cells that carry over or that prose restates, the prose figures that restate last year's
// values or state the subordinates' as a whole, and a hash of each long sentence. Small: an adapter keeps it instead of the text.
import type { DocumentModel } from '../document';
import { findRestatements, type Restatement } from '../facts/restatements';
import { sentencesOf } from '../prose/clauses';
import { readProse } from '../prose/reading';
import type { ProseText } from '../prose/proseText';
import type { TableCell } from '../tables/readTable';
import type { Span } from '../types';
import { hash64 } from './hash';
import type { CrossSummary, PriorFigure, SentenceKey, SubordinateFigure, SummaryCell } from './types';
import { BOILERPLATE, CARRIED_COLUMNS, CARRIED_ROWS, LAST_YEAR_CONNECTOR, MIN_SENTENCE, SUBORDINATES } from './vocabulary';

type SpanOf = (start: number, end: number) => Span;

/** The cells other years' checks need: those that carry over, and those prose restates. */
function neededCells(doc: DocumentModel): Set<string> {
  const needed = new Set<string>();
  for (const alias of doc.template?.prose ?? []) for (const [row, column] of alias.cells) needed.add(`${alias.table}|${row}|${column}`);
  return needed;
}

function summaryCells(doc: DocumentModel, span: SpanOf): SummaryCell[] {
  const needed = neededCells(doc);
  const cells: SummaryCell[] = [];
  for (const table of doc.tables) {
    const id = table.def.id;
    const keep = (c: TableCell) => CARRIED_ROWS[id]?.includes(c.row) || CARRIED_COLUMNS[id]?.includes(c.column) || needed.has(`${id}|${c.row}|${c.column}`);
    for (const c of table.cells.values()) {
      if (c.guessed || !keep(c)) continue;
      cells.push({ table: id, row: c.row, column: c.column, name: c.name, value: c.value, text: c.text, span: span(c.start, c.end) });
    }
  }
  return cells;
}

/** Figures right after a restated figure that give last year's value of it (`81件，较上年（74件）`). */
function priorFigures(doc: DocumentModel, restated: readonly Restatement[], span: SpanOf): PriorFigure[] {
  const reading = readProse(doc);
  const found: PriorFigure[] = [];
  for (const r of restated) {
    if (r.role !== 'own') continue;
    const own = r.pt.figures[r.index];
    const next = r.pt.figures[r.index + 1];
    if (!next || next.token.kind !== 'count' || next.token.approx || next.token.unit !== own.token.unit) continue;
    const role = reading.figure(r.pt, r.index + 1).role;
    if ((role !== 'comparison' && role !== 'otherPeriod') || !LAST_YEAR_CONNECTOR.test(r.pt.text.slice(own.unitEnd, next.at))) continue;
    found.push({
      value: next.token.value,
      text: next.token.raw,
      span: span(next.token.start, next.token.end),
      quantity: r.alias.name,
      cells: r.alias.cells.map(([row, column]) => ({ table: r.alias.table, row, column })),
    });
  }
  return found;
}

/** Figures the prose states of all the body's subordinates of one kind (`各县区共收到申请120件`). */
function subordinateFigures(doc: DocumentModel, restated: readonly Restatement[], span: SpanOf): SubordinateFigure[] {
  const reading = readProse(doc);
  return restated.flatMap((r) => {
    if (r.role !== 'otherBody') return [];
    const subject = reading.figure(r.pt, r.index).subject;
    const kind = SUBORDINATES.find((k) => k.words.test(subject))?.kind;
    if (!kind) return [];
    return [{ value: r.figure.value, text: r.figure.raw, span: span(r.figure.start, r.figure.end), kind, quantity: r.alias.name, cells: r.alias.cells.map(([row, column]) => ({ table: r.alias.table, row, column })) }];
  });
}

function sentenceKeys(pt: ProseText, paragraph: number, span: SpanOf): SentenceKey[] {
  return sentencesOf(pt).flatMap((s) => {
    const text = pt.text.slice(s.start, s.end);
    if (text.length < MIN_SENTENCE || BOILERPLATE.some((b) => b.test(text))) return [];
    return [{ hash: hash64(text), length: text.length, span: span(pt.offsets[s.start], pt.offsets[s.end - 1] + 1), paragraph }];
  });
}

export function summariseForCrossYear(doc: DocumentModel, span: SpanOf, title: CrossSummary['title'], rules: Pick<CrossSummary, 'disabled' | 'severity'>): CrossSummary {
  // every figure the prose states for a table quantity, the body's own and its subordinates', in one pass
  const restated = findRestatements(doc, true, ['own', 'otherBody']);
  return {
    disabled: rules.disabled,
    severity: rules.severity,
    title,
    template: doc.template?.id ?? null,
    cells: summaryCells(doc, span),
    priorFigures: priorFigures(doc, restated, span),
    subordinateFigures: subordinateFigures(doc, restated, span),
    sentences: readProse(doc).texts.flatMap((pt, i) => sentenceKeys(pt, i, span)),
  };
}

/** The summary with every span moved by `move` (the core's spans → the source's, as for the Report). */
export function moveSummary(summary: CrossSummary, move: (span: Span) => Span): CrossSummary {
  return {
    ...summary,
    title: summary.title && { ...summary.title, span: move(summary.title.span) },
    cells: summary.cells.map((c) => ({ ...c, span: move(c.span) })),
    priorFigures: summary.priorFigures.map((f) => ({ ...f, span: move(f.span) })),
    subordinateFigures: summary.subordinateFigures.map((f) => ({ ...f, span: move(f.span) })),
    sentences: summary.sentences.map((s) => ({ ...s, span: move(s.span) })),
  };
}

/**
 * The summary with the strings every report repeats (table, row and column keys, cell names, quantities)
 * taken from `pool`, so that the summaries of many reports kept together share one copy of each.
 */
export function withSharedStrings(summary: CrossSummary, pool: Map<string, string>): CrossSummary {
  const share = (s: string): string => {
    const known = pool.get(s);
    if (known !== undefined) return known;
    pool.set(s, s);
    return s;
  };
  const shareCells = <T extends { table: string; row: string; column: string }>(cells: readonly T[]): T[] => cells.map((c) => ({ ...c, table: share(c.table), row: share(c.row), column: share(c.column) }));
  return {
    ...summary,
    cells: shareCells(summary.cells).map((c) => ({ ...c, name: share(c.name), text: share(c.text) })),
    priorFigures: summary.priorFigures.map((f) => ({ ...f, quantity: share(f.quantity), cells: shareCells(f.cells) })),
    subordinateFigures: summary.subordinateFigures.map((f) => ({ ...f, quantity: share(f.quantity), cells: shareCells(f.cells) })),
  };
}
