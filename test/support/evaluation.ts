// Recall and precision of the checker over generated reports with planted changes (mutate.ts) and
// over the real seed reports with their consistent figures changed. Shared by `npm run eval`
// (scripts/eval.ts) and test/eval.test.ts. Deterministic: every choice comes from `Rng(seed)`.
//
// A case is one changed report. A mutation is found when a finding of an expected rule, at error
// or warning severity, lies at the changed figure (or, for a malformed row, anywhere in the row)
// and no error comes from a row marked `errorFree`. A harmless change (a share restated within its
// tolerance) must draw nothing. Every error or warning the change brings that is neither the
// expected finding nor located at the change (its span or a related span) is a false finding.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/core/analyze';
import { LineIndex } from '../../server/src/core/lineIndex';
import { RULE_METAS } from '../../server/src/core/rules/meta';
import type { Finding, Severity, Span } from '../../server/src/core/types';
import { checkedCells, generateReport, refKey, Rng, toAsciiDigits, type GenerateOptions, type GeneratedReport } from './generate';
import { FLATTENINGS, SURFACES, TEMPLATES } from './matrix';
import {
  addCell,
  catchAllTotals,
  dropCell,
  findExpected,
  mutateCell,
  mutateProseTotal,
  mutateRestated,
  overlaps,
  percentChanges,
  replaceFigure,
  restatedCells,
  type HarmlessChange,
  type Mutation,
} from './mutate';

export interface EvalOptions {
  /** Generated reports per template × flattening × surface. */
  reportsPerConfig: number;
  /** Real reports whose checked figures are changed; skipped when absent. */
  seedsDir?: string;
}

/** A finding as listed: `where` is `line:col「figure」` in its text (1-based). */
export interface FindingNote {
  rule: string;
  severity: Severity;
  where: string;
}

export interface CaseOutcome {
  kind: string;
  /** The first expected rule; undefined for a harmless change. */
  rule?: string;
  flattening: string;
  surface: string;
  /** What to run to get the unchanged report: generateReport options or the seed file. */
  source: string;
  description: string;
  /** Mutations: found as expected. Harmless changes: drew nothing. */
  passed: boolean;
  /** Where the expected finding should be (mutations). */
  expectedAt?: string;
  /** Errors and warnings the change brought, judged. */
  findings: (FindingNote & { right: boolean })[];
}

export interface ConsistentOutcome {
  source: string;
  flattening: string;
  surface: string;
  /** Every finding, any severity (errors and warnings are false alarms). */
  findings: FindingNote[];
}

export interface EvalResult {
  cases: CaseOutcome[];
  consistent: ConsistentOutcome[];
}

const SEED_FORMAT = 'real seeds';
export const QUICK_REPORTS_PER_CONFIG = 2;
export const FULL_REPORTS_PER_CONFIG = 8;

/** Per generated report: table cells changed (of those an identity or a prose figure checks), prose
 * figures restating a cell changed, rows losing a cell, rows gaining one. */
const CELLS_PER_REPORT = 6;
const RESTATED_PER_REPORT = 4;
const RESHAPED_PER_REPORT = 2;
/** The kinds of the changes of `percentChanges`, in its order. */
const SHARE_KINDS = ['share ±1 unit', 'share ±2 units', 'share, one more decimal'];
/** The rules a changed consistent figure of a seed may be reported by (percentages are left to the generated shares). */
const SEED_RULES = ['sum-mismatch', 'table-identity', 'prose-table-mismatch'];

const spanKey = (s: Span) => `${s.start}:${s.end}`;
const serious = (findings: readonly Finding[]) => findings.filter((f) => f.severity === 'error' || f.severity === 'warning');

/** The one edit that turns `before` into `after`: [start, oldEnd) replaced by [start, newEnd). */
function editBetween(before: string, after: string): { start: number; oldEnd: number; newEnd: number } {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let tail = 0;
  while (tail < before.length - start && tail < after.length - start && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail };
}

function where(text: string, lines: LineIndex, span: Span): string {
  const { line, character } = lines.positionAt(span.start);
  return `${line + 1}:${character + 1}「${text.slice(span.start, span.end).slice(0, 20)}」`;
}

const note = (text: string, lines: LineIndex, f: Finding): FindingNote => ({ rule: f.rule, severity: f.severity, where: where(text, lines, f.span) });

/** Analyses the changed text and judges the errors and warnings it brings. */
function judge(base: string, baseFindings: readonly Finding[], change: Mutation | HarmlessChange, meta: Omit<CaseOutcome, 'passed' | 'findings' | 'description'>): CaseOutcome {
  const edit = editBetween(base, change.text);
  const shift = edit.newEnd - edit.oldEnd;
  const moved = (s: Span) => (s.end <= edit.start ? s : s.start >= edit.oldEnd ? { start: s.start + shift, end: s.end + shift } : null);
  const identity = (rule: string, s: Span) => `${rule}@${spanKey(s)}`;
  const before = new Set(baseFindings.flatMap((f) => (moved(f.span) ? [identity(f.rule, moved(f.span)!)] : [])));
  const brought = serious(analyze(change.text).findings).filter((f) => !before.has(identity(f.rule, f.span)));
  const lines = new LineIndex(change.text);
  const touches = (f: Finding, region: Span) => [f.span, ...f.related.map((r) => r.span)].some((s) => overlaps(s, region));

  if (!('expected' in change)) {
    return { ...meta, description: change.description, passed: brought.length === 0, findings: brought.map((f) => ({ ...note(change.text, lines, f), right: false })) };
  }
  const expected = findExpected(brought, change.expected);
  const { errorFree } = change;
  const forbidden = (f: Finding) => errorFree !== undefined && f.severity === 'error' && touches(f, errorFree);
  const findings = brought.map((f) => ({ ...note(change.text, lines, f), right: f === expected || (!forbidden(f) && touches(f, change.expected.span)) }));
  return {
    ...meta,
    description: change.description,
    passed: expected !== undefined && !brought.some(forbidden),
    expectedAt: `${change.expected.rules.join('|')} ${change.expected.overlapping ? 'in the row at' : 'at'} ${where(change.text, lines, change.expected.span)}`,
    findings,
  };
}

/** The changes of one generated report, by kind. */
export function changesOf(report: GeneratedReport, rng: Rng): (readonly [kind: string, change: Mutation | HarmlessChange])[] {
  const offset = (value: number) => rng.int(1, 9) * (value >= 9 && rng.chance(0.5) ? -1 : 1);
  const restated = new Set(report.prose.flatMap((f) => (f.kind === 'restated-cell' ? f.cells.map(refKey) : [])));
  const identityCells = checkedCells(report);
  const checkable = report.cells.filter((c) => identityCells.includes(c) || restated.has(refKey(c)));
  return [
    ...rng.sample(checkable, CELLS_PER_REPORT).map((c) => ['table cell', mutateCell(report, c, offset(c.value))] as const),
    ...catchAllTotals(report).map((t) => ['prose total', mutateProseTotal(report, t, offset(t.value))] as const),
    ...report.prose.flatMap((f) => (f.kind === 'percent' ? percentChanges(report, f).map((c, i) => [SHARE_KINDS[i], c] as const) : [])),
    ...rng.sample(restatedCells(report), RESTATED_PER_REPORT).map((f) => ['restated figure', mutateRestated(report, f, offset(f.value))] as const),
    ...rng.sample(report.cells, RESHAPED_PER_REPORT).map((c) => ['dropped cell', dropCell(report, c)] as const),
    ...rng.sample(report.cells, RESHAPED_PER_REPORT).map((c) => ['extra cell', addCell(report, c, rng.int(0, 99))] as const),
  ];
}

/** Every template × flattening × surface, `reportsPerConfig` reports each, seeds numbered so that a smaller run is a prefix of a larger one. */
export function generatedOptions(reportsPerConfig: number): { options: GenerateOptions; surface: string }[] {
  const configs = TEMPLATES.flatMap((template) =>
    FLATTENINGS.flatMap((flattening) => SURFACES.map(([name, surface]) => ({ options: { template, flattening, ...surface }, surface: name.trim() || 'plain' }))),
  );
  return Array.from({ length: reportsPerConfig }, (_, i) => configs.map((c, j) => ({ ...c, options: { seed: 1 + j + i * configs.length, ...c.options } }))).flat();
}

function evaluateGenerated(options: GenerateOptions, surface: string, result: EvalResult): void {
  const report = generateReport(options);
  const source = JSON.stringify(options);
  const base = analyze(report.text).findings;
  const format = { flattening: options.flattening, surface };
  const lines = new LineIndex(report.text);
  result.consistent.push({ source, ...format, findings: base.map((f) => note(report.text, lines, f)) });
  for (const [kind, change] of changesOf(report, new Rng(options.seed))) {
    result.cases.push(judge(report.text, serious(base), change, { kind, rule: 'expected' in change ? change.expected.rules[0] : undefined, source, ...format }));
  }
}

/** The spans of the figures that `rule` (every rule when not given) checked, and whether every check of each held. */
function checksOf(text: string, rule?: string): Map<string, boolean> {
  const checks = new Map<string, boolean>();
  const { checked } = analyze(text, { explain: true, disable: rule ? RULE_METAS.map((m) => m.id).filter((id) => id !== rule) : [] });
  for (const { span, ok } of checked) checks.set(spanKey(span), (checks.get(spanKey(span)) ?? true) && ok);
  return checks;
}

/** Each figure of a seed that every check found consistent, moved by 1 to 3: expected a finding at
 * or related to it, unless its checks still hold (an inequality such as 其中 ≤ its parent). */
function evaluateSeed(path: string, result: EvalResult): void {
  const text = readFileSync(path, 'utf8');
  const base = serious(analyze(text).findings);
  const consistent = new Set([...checksOf(text)].filter(([, ok]) => ok).map(([key]) => key));
  const lines = new LineIndex(text);
  let i = 0;
  for (const rule of SEED_RULES) {
    for (const key of checksOf(text, rule).keys()) {
      const [start, end] = key.split(':').map(Number);
      const figure = toAsciiDigits(text.slice(start, end));
      if (!consistent.delete(key) || !/^\d+$/.test(figure)) continue;
      const { line, character } = lines.positionAt(start);
      const others = SEED_RULES.filter((r) => r !== rule);
      const change = replaceFigure(text, { start, end }, String(Number(figure) + 1 + (i++ % 3)), [rule, ...others], true, `the figure at ${line + 1}:${character + 1} checked by ${rule}`);
      if (checksOf(change.text, rule).get(spanKey(change.expected.span))) continue;
      result.cases.push(judge(text, base, change, { kind: 'seed figure', rule, source: path, flattening: SEED_FORMAT, surface: SEED_FORMAT }));
    }
  }
}

export function runEval({ reportsPerConfig, seedsDir }: EvalOptions): EvalResult {
  const result: EvalResult = { cases: [], consistent: [] };
  for (const { options, surface } of generatedOptions(reportsPerConfig)) evaluateGenerated(options, surface, result);
  if (seedsDir && existsSync(seedsDir)) {
    for (const name of readdirSync(seedsDir).filter((n) => n.endsWith('.txt')).sort()) evaluateSeed(join(seedsDir, name), result);
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Figures

export interface Score {
  cases: number;
  found: number;
  recall: number;
  right: number;
  wrong: number;
  precision: number;
}

/** Recall over the mutations in each group (by `key`), precision over the findings they brought
 * (grouped by the finding's rule when `byFindingRule`). */
export function scores(result: EvalResult, key: (c: CaseOutcome) => string, byFindingRule = false): Map<string, Score> {
  const groups = new Map<string, Score>();
  const group = (k: string) => groups.get(k) ?? groups.set(k, { cases: 0, found: 0, recall: 1, right: 0, wrong: 0, precision: 1 }).get(k)!;
  for (const c of result.cases) {
    if (c.rule !== undefined) {
      const g = group(key(c));
      g.cases++;
      if (c.passed) g.found++;
    }
    for (const f of c.findings) {
      const g = group(byFindingRule ? f.rule : key(c));
      if (f.right) g.right++;
      else g.wrong++;
    }
  }
  for (const g of groups.values()) {
    g.recall = g.cases ? g.found / g.cases : 1;
    g.precision = g.right + g.wrong ? g.right / (g.right + g.wrong) : 1;
  }
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)));
}

/** Per rule: recall over the mutations expecting it first, precision over its findings. */
export function ruleScores(result: EvalResult): Map<string, Score> {
  return scores(result, (c) => c.rule!, true);
}

export function severityCounts(outcomes: readonly ConsistentOutcome[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const o of outcomes) for (const f of o.findings) counts[f.severity]++;
  return counts;
}

/** One line: the change, what was expected, what came, and where the unchanged report comes from. */
export function describeCase(c: CaseOutcome): string {
  const got = c.findings.map((f) => `${f.severity} ${f.rule} ${f.where}${f.right ? '' : ' (false)'}`).join('; ') || 'nothing';
  const wanted = c.rule === undefined ? 'nothing (within tolerance)' : c.expectedAt;
  return `[${c.kind}] ${c.description} — expected ${wanted}; got ${got} — ${c.source}`;
}
