// The quick eval (npm run eval -- --quick): per rule, recall and precision may not fall below the
// floors in eval-floors.json, and no consistent report (nor a share restated within its tolerance)
// draws an error.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import floors from './eval-floors.json';
import { QUICK_REPORTS_PER_CONFIG, describeCase, ruleScores, runEval } from './support/evaluation';

const SEEDS = join(__dirname, '..', '..', 'shared', 'seeds');
const result = runEval({ reportsPerConfig: QUICK_REPORTS_PER_CONFIG, seedsDir: SEEDS });
const byRule = ruleScores(result);
type Rule = keyof typeof floors.recall;

test('every rule measured has floors, and every rule with floors is measured', () => {
  const measured = [...byRule.keys()].sort();
  for (const rule of measured) assert.ok(rule in floors.recall && rule in floors.precision, `no floors for ${rule}`);
  // table-identity is expected first only by changes to the seeds
  if (existsSync(SEEDS)) assert.deepEqual(measured, Object.keys(floors.recall).sort());
});

for (const [rule, score] of byRule) {
  test(`${rule}: recall and precision stay above their floors`, () => {
    const misses = result.cases.filter((c) => c.rule === rule && !c.passed).map(describeCase);
    assert.ok(score.recall >= floors.recall[rule as Rule], `recall ${score.recall.toFixed(4)} < ${floors.recall[rule as Rule]} (${score.found}/${score.cases}); misses:\n${misses.join('\n')}`);
    assert.ok(score.precision >= floors.precision[rule as Rule], `precision ${score.precision.toFixed(4)} < ${floors.precision[rule as Rule]} (${score.wrong} false of ${score.right + score.wrong})`);
  });
}

test('no consistent report draws an error', () => {
  const noisy = result.consistent.filter((o) => o.findings.some((f) => f.severity === 'error'));
  assert.deepEqual(noisy.map((o) => `${o.source}: ${o.findings.map((f) => `${f.rule} ${f.where}`).join('; ')}`), []);
});

test('no share restated within its tolerance draws an error', () => {
  const noisy = result.cases.filter((c) => c.rule === undefined && c.findings.some((f) => f.severity === 'error'));
  assert.deepEqual(noisy.map(describeCase), []);
});
