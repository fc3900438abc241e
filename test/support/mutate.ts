// One-figure mutations of a consistent synthetic report, each with the finding it must produce,
// written as data: which rules may report it and at which characters of the mutated text.
import type { Finding, Span } from '../../server/src/core/types';
import { formatScaled, generateReport, T3, toFullWidthDigits, type CellKey, type GeneratedReport, type ProseFact } from './generate';

export interface ExpectedFinding {
  /** Any of these rules, at severity error or warning. */
  rules: readonly string[];
  /** The changed characters in the mutated text. */
  span: Span;
  /** Also accept a finding located elsewhere whose related spans include `span`: a changed table
   * cell breaks sums that a checker may report at their totals. */
  orRelated: boolean;
}

export interface Mutation {
  /** E.g. `自然人 of （一）予以公开: 5 → 7`. */
  description: string;
  text: string;
  expected: ExpectedFinding;
}

type Fact<K extends ProseFact['kind']> = Extract<ProseFact, { kind: K }>;

/** A changed cell may break a row or column sum, the 勾稽 balance, or a prose restatement. */
const CELL_RULES = ['sum-mismatch', 'table-identity', 'prose-table-mismatch'];

/** Writes `ascii` over `span`, in the digit width the text used there. */
function replaceFigure(report: GeneratedReport, span: Span, ascii: string, rules: readonly string[], orRelated: boolean, what: string): Mutation {
  const old = report.text.slice(span.start, span.end);
  const figure = /[０-９]/.test(old) ? toFullWidthDigits(ascii) : ascii;
  return {
    description: `${what}: ${old} → ${figure}`,
    text: report.text.slice(0, span.start) + figure + report.text.slice(span.end),
    expected: { rules, span: { start: span.start, end: span.start + figure.length }, orRelated },
  };
}

export function mutateCell(report: GeneratedReport, cell: CellKey, d: number): Mutation {
  const value = cell.value + d;
  const ascii = (cell.text.startsWith('+') && value > 0 ? '+' : '') + formatScaled(value, cell.decimals);
  return replaceFigure(report, cell.span, ascii, CELL_RULES, true, `${cell.col} of ${cell.row}`);
}

export function mutateProseTotal(report: GeneratedReport, fact: Fact<'total'>, d: number): Mutation {
  return replaceFigure(report, fact.span, String(fact.value + d), ['sum-mismatch'], false, `the total of the ${fact.list} list`);
}

/** Moves the stated share by two units of its last digit: outside the half-unit of exact figures
 * and the whole unit allowed for `约占`. */
export function mutatePercent(report: GeneratedReport, fact: Fact<'percent'>): Mutation {
  const value = fact.value + 2 <= 100 * 10 ** fact.decimals ? fact.value + 2 : fact.value - 2;
  return replaceFigure(report, fact.span, formatScaled(value, fact.decimals), ['percent-mismatch'], false, `the share ${fact.count}/${fact.base}`);
}

export function mutateRestated(report: GeneratedReport, fact: Fact<'restated-cell'>, d: number): Mutation {
  const [cell] = fact.cells;
  return replaceFigure(report, fact.span, String(fact.value + d), ['prose-table-mismatch'], false, `the prose figure for ${cell.col} of ${cell.row}`);
}

const sameSpan = (a: Span, b: Span) => a.start === b.start && a.end === b.end;

/** The finding that satisfies the expectation, if any. */
export function findExpected(findings: readonly Finding[], expected: ExpectedFinding): Finding | undefined {
  return findings.find(
    (f) =>
      (f.severity === 'error' || f.severity === 'warning') &&
      expected.rules.includes(f.rule) &&
      (sameSpan(f.span, expected.span) || (expected.orRelated && f.related.some((r) => sameSpan(r.span, expected.span)))),
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
