// One-figure mutations of a consistent synthetic report, each with the finding it must produce,
// written as data: which rules may report it and at which characters of the mutated text.
import type { Finding, Span } from '../../server/src/core/types';
import { formatScaled, generateReport, scaledPercent, T3, toFullWidthDigits, type CellKey, type GeneratedReport, type ProseFact } from './generate';

export interface ExpectedFinding {
  /** Any of these rules, at severity error or warning. */
  rules: readonly string[];
  /** The changed characters in the mutated text. */
  span: Span;
  /** Also accept a finding located elsewhere whose related spans include `span`: a changed table
   * cell breaks sums that a checker may report at their totals. */
  orRelated: boolean;
  /** `span` is a whole table row: a finding whose span (or related span) overlaps it counts. */
  overlapping?: boolean;
}

export interface Mutation {
  /** E.g. `自然人 of （一）予以公开: 5 → 7`. */
  description: string;
  text: string;
  expected: ExpectedFinding;
  /** No error-severity finding may lie in or relate to these characters (a row read as malformed). */
  errorFree?: Span;
}

/** A change that keeps the report consistent (a share restated within its tolerance): it must
 * draw no error or warning. `span`: the changed characters in the new text. */
export interface HarmlessChange {
  description: string;
  text: string;
  span: Span;
}

type Fact<K extends ProseFact['kind']> = Extract<ProseFact, { kind: K }>;

/** A changed cell may break a row or column sum, the 勾稽 balance, or a prose restatement. */
const CELL_RULES = ['sum-mismatch', 'table-identity', 'prose-table-mismatch'];

/** Writes `ascii` over `span`, in the digit width the text used there. */
function rewriteFigure(text: string, span: Span, ascii: string, what: string): HarmlessChange {
  const old = text.slice(span.start, span.end);
  const figure = /[０-９]/.test(old) ? toFullWidthDigits(ascii) : ascii;
  return {
    description: `${what}: ${old} → ${figure}`,
    text: text.slice(0, span.start) + figure + text.slice(span.end),
    span: { start: span.start, end: span.start + figure.length },
  };
}

/** `ascii` written over the figure at `span`, expected to draw a finding of one of `rules` at the
 * new figure (or, with `orRelated`, one that names it among its related spans). */
export function replaceFigure(text: string, span: Span, ascii: string, rules: readonly string[], orRelated: boolean, what: string): Mutation {
  const { span: changed, ...change } = rewriteFigure(text, span, ascii, what);
  return { ...change, expected: { rules, span: changed, orRelated } };
}

export function mutateCell(report: GeneratedReport, cell: CellKey, d: number): Mutation {
  const value = cell.value + d;
  const ascii = (cell.text.startsWith('+') && value > 0 ? '+' : '') + formatScaled(value, cell.decimals);
  return replaceFigure(report.text, cell.span, ascii, CELL_RULES, true, `${cell.col} of ${cell.row}`);
}

export function mutateProseTotal(report: GeneratedReport, fact: Fact<'total'>, d: number): Mutation {
  return replaceFigure(report.text, fact.span, String(fact.value + d), ['sum-mismatch'], false, `the total of the ${fact.list} list`);
}

/** Moves the stated share by two units of its last digit: outside the half-unit of exact figures
 * and the whole unit allowed for `约占`. */
export function mutatePercent(report: GeneratedReport, fact: Fact<'percent'>): Mutation {
  const value = fact.value + 2 <= 100 * 10 ** fact.decimals ? fact.value + 2 : fact.value - 2;
  return replaceFigure(report.text, fact.span, formatScaled(value, fact.decimals), ['percent-mismatch'], false, `the share ${fact.count}/${fact.base}`);
}

/** Whether `stated` (× 10^decimals) is within the tolerance of 100·count/base: half a unit of
 * its last digit, a whole unit for `约占`. */
function shareWithinTolerance(stated: number, decimals: number, count: number, base: number, approximate: boolean): boolean {
  const diff = BigInt(count) * 100n * 10n ** BigInt(decimals) - BigInt(stated) * BigInt(base);
  const distance = diff < 0n ? -diff : diff;
  return (approximate ? distance : 2n * distance) <= BigInt(base);
}

/** The share written as `value` × 10^-decimals: percent-mismatch beyond its tolerance, silence within it. */
function restatePercent(report: GeneratedReport, fact: Fact<'percent'>, value: number, decimals: number): Mutation | HarmlessChange {
  const what = `the share ${fact.count}/${fact.base}${fact.approximate ? ' (约占)' : ''}`;
  const ascii = formatScaled(value, decimals);
  return shareWithinTolerance(value, decimals, fact.count, fact.base, fact.approximate)
    ? rewriteFigure(report.text, fact.span, ascii, `${what} within its tolerance`)
    : replaceFigure(report.text, fact.span, ascii, ['percent-mismatch'], false, what);
}

/** A share moved by one unit of its last digit (beyond the half-unit, except at a tie or for
 * `约占`), by two units, and written with one more decimal, correctly rounded (within it). */
export function percentChanges(report: GeneratedReport, fact: Fact<'percent'>): (Mutation | HarmlessChange)[] {
  const oneUnit = fact.value + 1 <= 100 * 10 ** fact.decimals ? fact.value + 1 : fact.value - 1;
  const finer = fact.decimals + 1;
  return [
    restatePercent(report, fact, oneUnit, fact.decimals),
    mutatePercent(report, fact),
    restatePercent(report, fact, scaledPercent(fact.count, fact.base, finer), finer),
  ];
}

export function mutateRestated(report: GeneratedReport, fact: Fact<'restated-cell'>, d: number): Mutation {
  const [cell] = fact.cells;
  return replaceFigure(report.text, fact.span, String(fact.value + d), ['prose-table-mismatch'], false, `the prose figure for ${cell.col} of ${cell.row}`);
}

// Dropped and extra table cells. A cell's separator depends on the flattening (generate.ts):
// its own line ending in ` |`, a tab after it, ` |` after it, or the spaces before it.

const lineStart = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;
function lineEnd(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : text[end - 1] === '\r' ? end - 1 : end;
}

/** The whole printed cell: the figure and a suffix such as `万元`. */
function cellEnd(text: string, cell: CellKey): number {
  let end = cell.span.end;
  while (end < text.length && !/[\s|]/.test(text[end])) end++;
  return end;
}

/** The characters that make up the cell and its separator. */
function cellWithSeparator(report: GeneratedReport, cell: CellKey): Span {
  const { text } = report;
  const { start } = cell.span;
  const end = cellEnd(text, cell);
  switch (report.options.flattening) {
    case 'pipe-cells':
      return { start: lineStart(text, start), end: text.indexOf('\n', end) + 1 };
    case 'tsv':
      return { start, end: end + 1 };
    case 'markdown':
      return { start: start - 1, end: end + 2 };
    case 'spaces': {
      let from = start;
      while (text[from - 1] === ' ') from--;
      return { start: from, end };
    }
  }
}

/** `figure` as a cell of its own, and where it goes to follow `cell`. */
function cellAfter(report: GeneratedReport, cell: CellKey, figure: string): { at: number; inserted: string } {
  const { text } = report;
  const end = cellEnd(text, cell);
  switch (report.options.flattening) {
    case 'pipe-cells':
      return { at: lineEnd(text, end), inserted: `${report.options.crlf ? '\r\n' : '\n'}${figure} |` };
    case 'tsv':
      return { at: end, inserted: `\t${figure}` };
    case 'markdown':
      return { at: end, inserted: ` | ${figure}` };
    case 'spaces':
      return { at: end, inserted: `  ${figure}` };
  }
}

/** The text of the cell's table row: its lines (from the previous row's last figure for one cell
 * per line, where the labels stand on lines of their own). */
function rowOf(report: GeneratedReport, cell: CellKey): Span {
  const row = report.cells.filter((c) => c.table === cell.table && c.row === cell.row);
  const before = report.cells[report.cells.indexOf(row[0]) - 1];
  const start = report.options.flattening === 'pipe-cells' ? (before?.span.end ?? 0) : lineStart(report.text, row[0].span.start);
  return { start, end: lineEnd(report.text, row.at(-1)!.span.end) };
}

/** A table-shape warning somewhere in the row, and no error from it. */
function reshapeRow(report: GeneratedReport, cell: CellKey, edit: Span, inserted: string, description: string): Mutation {
  const row = rowOf(report, cell);
  const inMutated = { start: row.start, end: row.end + inserted.length - (edit.end - edit.start) };
  return {
    description,
    text: report.text.slice(0, edit.start) + inserted + report.text.slice(edit.end),
    expected: { rules: ['table-shape'], span: inMutated, orRelated: true, overlapping: true },
    errorFree: inMutated,
  };
}

/** The row loses one figure, cell and separator. */
export function dropCell(report: GeneratedReport, cell: CellKey): Mutation {
  const removed = cellWithSeparator(report, cell);
  return reshapeRow(report, cell, removed, '', `${cell.col} of ${cell.row} dropped (${cell.text})`);
}

/** The row gains a figure after `cell`. */
export function addCell(report: GeneratedReport, cell: CellKey, value: number): Mutation {
  const { at, inserted } = cellAfter(report, cell, report.options.fullWidthDigits ? toFullWidthDigits(String(value)) : String(value));
  return reshapeRow(report, cell, { start: at, end: at }, inserted, `an extra figure ${value} after ${cell.col} of ${cell.row}`);
}

const sameSpan = (a: Span, b: Span) => a.start === b.start && a.end === b.end;
export const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** The finding that satisfies the expectation, if any. */
export function findExpected(findings: readonly Finding[], expected: ExpectedFinding): Finding | undefined {
  const hits = (s: Span) => (expected.overlapping ? overlaps(s, expected.span) : sameSpan(s, expected.span));
  return findings.find(
    (f) =>
      (f.severity === 'error' || f.severity === 'warning') &&
      expected.rules.includes(f.rule) &&
      (hits(f.span) || (expected.orRelated && f.related.some((r) => hits(r.span)))),
  );
}

/** Totals of partitions a checker can recognise (the list ends in a catch-all `其他…`) that restate no table cell. */
export function catchAllTotals(report: GeneratedReport): Fact<'total'>[] {
  const facts = report.prose;
  return facts.filter(
    (f): f is Fact<'total'> =>
      f.kind === 'total' &&
      f.listKind === 'partition' &&
      facts.filter((p): p is Fact<'part'> => p.kind === 'part' && p.list === f.list).at(-1)!.label.startsWith('其他') &&
      !facts.some((r) => r.kind === 'restated-cell' && sameSpan(r.span, f.span)),
  );
}

/** Prose figures that restate exactly one table cell. */
export function restatedCells(report: GeneratedReport): Fact<'restated-cell'>[] {
  return report.prose.filter((f): f is Fact<'restated-cell'> => f.kind === 'restated-cell' && f.cells.length === 1);
}

/** The bundled samples, each with exactly one planted error. */
export function plantedSamples(): { path: string; mutation: Mutation }[] {
  const national = generateReport({ seed: 2020, template: '2019', flattening: 'tsv' });
  const granted = national.cells.find((c) => c.table === '三' && c.row === T3.GRANTED && c.col === '总计')!;
  const pre2019 = generateReport({ seed: 2018, template: 'pre2019', flattening: 'pipe-cells' });
  return [
    { path: 'samples/synthetic-2019.txt', mutation: mutateCell(national, granted, 2) },
    { path: 'samples/synthetic-pre2019.txt', mutation: mutateProseTotal(pre2019, catchAllTotals(pre2019).find((t) => t.list === '网民留言')!, -10) },
  ];
}
