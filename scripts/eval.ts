// Recall and precision of the checker over planted changes:  npm run eval [-- --quick]
// Two corpora, reported apart: the project's own generator, and the blind corpus (test/blind) written
// by other hands with an answer key each.
// Generated reports in every template × flattening × surface with one change each (a table cell,
// a prose total, a share at and beyond its precision, a restated figure, a dropped or extra table
// cell), and the real seeds (../shared/seeds) with one consistent figure changed. Prints recall and
// precision per rule, change kind, flattening and surface, the findings on consistent reports by
// severity, and the first misses with what reproduces them. Deterministic.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { printTable } from '../bench/table';
import {
  FULL_REPORTS_PER_CONFIG,
  QUICK_REPORTS_PER_CONFIG,
  describeCase,
  ruleScores,
  runEval,
  scores,
  severityCounts,
  type CaseOutcome,
  type Score,
} from '../test/support/evaluation';
import { precisionOf, recallOf, rulePrecision, runBlindEval } from '../test/support/blindEval';

const { quick } = parseArgs({ options: { quick: { type: 'boolean', default: false } } }).values;
const SEEDS = resolve(__dirname, '..', '..', 'shared', 'seeds');
const LISTED = 30;

const reportsPerConfig = quick ? QUICK_REPORTS_PER_CONFIG : FULL_REPORTS_PER_CONFIG;
const started = performance.now();
const result = runEval({ reportsPerConfig, seedsDir: SEEDS });
const seconds = (performance.now() - started) / 1000;

const ratio = (x: number) => x.toFixed(4);
const scoreTable = (title: string, first: string, groups: Map<string, Score>) =>
  printTable(
    title,
    [first, 'mutations', 'found', 'recall', 'findings', 'false', 'precision'],
    [...groups].map(([name, s]) => [name, s.cases, s.found, ratio(s.recall), s.right + s.wrong, s.wrong, ratio(s.precision)]),
  );

const mutations = result.cases.filter((c) => c.rule !== undefined);
const harmless = result.cases.filter((c) => c.rule === undefined);
const seedFiles = new Set(result.cases.filter((c) => c.kind === 'seed figure').map((c) => c.source)).size;
console.log(
  `GovReport eval${quick ? ' (--quick)' : ''}: ${result.consistent.length} generated reports (${reportsPerConfig} per template × flattening × surface), ` +
    `${seedFiles} seed reports; ${result.cases.length} changed reports (${mutations.length} mutations, ${harmless.length} within tolerance) in ${seconds.toFixed(1)} s`,
);
console.log('A finding counts when it is an error or warning; a false finding is one the change brought that is neither the expected one nor located at the change.');

scoreTable('Per rule (recall over the mutations expecting it first; precision over its findings)', 'rule', ruleScores(result));
scoreTable('Per change kind', 'kind', scores(result, (c) => c.kind));
scoreTable('Per flattening', 'flattening', scores(result, (c) => c.flattening));
scoreTable('Per surface', 'surface', scores(result, (c) => c.surface));

const severities = severityCounts(result.consistent);
console.log(
  `\nConsistent reports: ${result.consistent.length}; their findings by severity: ` +
    `${Object.entries(severities).map(([s, n]) => `${s} ${n}`).join(', ')} (target: error 0; errors and warnings are false alarms)`,
);
for (const o of result.consistent.filter((o) => o.findings.some((f) => f.severity === 'error' || f.severity === 'warning')).slice(0, LISTED)) {
  console.log(`  ${o.findings.map((f) => `${f.severity} ${f.rule} ${f.where}`).join('; ')} — ${o.source}`);
}
const noisy = harmless.filter((c) => !c.passed);
console.log(`Shares restated within their tolerance: ${harmless.length}; drew an error or warning: ${noisy.length}`);

const listed = (title: string, cases: readonly CaseOutcome[]) => {
  console.log(`\n${title}: ${cases.length}${cases.length > LISTED ? ` (first ${LISTED})` : ''}`);
  for (const c of cases.slice(0, LISTED)) console.log(`  ${describeCase(c)}`);
};
listed('Misses', mutations.filter((c) => !c.passed));
listed('Changes that brought false findings', result.cases.filter((c) => c.findings.some((f) => !f.right)));

// The blind corpus: reports the checker was not written against, each with an answer key.
const blind = runBlindEval();
console.log(
  `\nBlind corpus (test/blind, ${blind.files} reports written without reading the checker): found ${blind.found}/${blind.expected} planted errors, ` +
    `${blind.falseFindings.length} false findings of ${blind.reported} errors and warnings; recall ${ratio(recallOf(blind))}, precision ${ratio(precisionOf(blind))}`,
);
printTable(
  'Blind corpus per rule (recall over the errors of that kind; precision over the rule\'s findings)',
  ['rule', 'planted', 'found', 'recall', 'findings', 'false', 'precision'],
  [...blind.byRule].sort(([a], [b]) => a.localeCompare(b)).map(([rule, s]) => [rule, s.expected, s.found, ratio(recallOf(s)), s.reported, s.falseFindings, ratio(rulePrecision(s))]),
);
console.log(`\nBlind misses: ${blind.misses.length}`);
for (const m of blind.misses) console.log(`  ${m.file}:${m.line} ${m.kind} — ${m.why}`);
console.log(`Blind false findings: ${blind.falseFindings.length}`);
for (const f of blind.falseFindings) console.log(`  ${f.file}:${f.line} [${f.rule}] ${f.trap ? '(on a listed trap) ' : ''}“${f.text}” ${f.message.slice(0, 100)}`);
