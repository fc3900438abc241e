// The checker against synthetic reports with known answers (test/support/generate.ts), over
// templates × flattenings × surface options: a consistent report draws no error or warning, and
// each one-figure change is reported where it was made.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { analyze } from '../server/src/core/analyze';
import type { Finding } from '../server/src/core/types';
import { checkedCells, generateReport, Rng } from './support/generate';
import { FLATTENINGS, SURFACES, TEMPLATES } from './support/matrix';
import { catchAllTotals, findExpected, mutateCell, mutatePercent, mutateProseTotal, mutateRestated, plantedSamples, restatedCells, type Mutation } from './support/mutate';

/** Table cells changed per report, drawn deterministically from those some identity checks. */
const CELLS_PER_REPORT = 30;

const serious = (text: string) => analyze(text).findings.filter((f) => f.severity === 'error' || f.severity === 'warning');

function show(text: string, findings: readonly Finding[]): string {
  const quote = (s: { start: number; end: number }) => `[${s.start},${s.end})「${text.slice(s.start, s.end)}」`;
  return findings.map((f) => `  ${f.severity} ${f.rule} ${quote(f.span)} ${f.message}${f.related.map((r) => `\n    related ${quote(r.span)}`).join('')}`).join('\n') || '  (none)';
}

function assertReported(m: Mutation): void {
  const findings = serious(m.text);
  const { rules, span, orRelated } = m.expected;
  assert.ok(
    findExpected(findings, m.expected),
    `${m.description}: expected ${rules.join(' | ')} at [${span.start},${span.end})「${m.text.slice(span.start, span.end)}」${orRelated ? ' (or among related spans)' : ''}; findings:\n${show(m.text, findings)}`,
  );
}

let seed = 1;
for (const template of TEMPLATES)
  for (const flattening of FLATTENINGS)
    for (const [surface, options] of SURFACES) {
      const name = `${template} ${flattening}${surface}`;
      const report = generateReport({ seed: seed++, template, flattening, ...options });
      const rng = new Rng(report.options.seed);

      describe(name, () => {
        test(`${name}: a consistent report has no error or warning`, () => {
          const findings = serious(report.text);
          assert.equal(findings.length, 0, `findings:\n${show(report.text, findings)}`);
        });

        for (const cell of rng.sample(checkedCells(report), CELLS_PER_REPORT)) {
          const d = rng.int(1, 9);
          test(`${name}: changing ${cell.col} of ${cell.row} is reported at that cell`, () => assertReported(mutateCell(report, cell, d)));
        }

        for (const total of catchAllTotals(report))
          test(`${name}: a 共…其中 total off by one (${total.list}) is reported as sum-mismatch at the total`, () => assertReported(mutateProseTotal(report, total, 1)));

        for (const share of report.prose.filter((f) => f.kind === 'percent'))
          test(`${name}: the share ${share.count}/${share.base} stated as ${share.text}% moved beyond its precision is reported as percent-mismatch`, () =>
            assertReported(mutatePercent(report, share)));

        for (const fact of restatedCells(report))
          test(`${name}: changing the prose figure for ${fact.cells[0].col} of ${fact.cells[0].row} is reported as prose-table-mismatch`, () =>
            assertReported(mutateRestated(report, fact, 1)));
      });
    }

describe('bundled samples', () => {
  for (const { path, mutation } of plantedSamples())
    test(`${path}: the planted error (${mutation.description}) is reported, and nothing unrelated to it`, () => {
      const text = readFileSync(path, 'utf8');
      assertReported({ ...mutation, text });
      const { span } = mutation.expected;
      const touches = (f: Finding) => [f.span, ...f.related.map((r) => r.span)].some((s) => s.start === span.start && s.end === span.end);
      const unrelated = serious(text).filter((f) => !touches(f));
      assert.equal(unrelated.length, 0, `findings unrelated to the planted error:\n${show(text, unrelated)}`);
    });
});
