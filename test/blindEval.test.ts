// The blind corpus (test/blind): recall and precision on reports the checker was not written
// against may not fall below the floors in blind-floors.json, overall and per rule; each failure
// lists the misses and false findings behind it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import floors from './blind-floors.json';
import { precisionOf, recallOf, rulePrecision, runBlindEval, type BlindResult } from './support/blindEval';

const result = runBlindEval();
const misses = (r: BlindResult, kind?: string): string => r.misses.filter((m) => !kind || m.kind === kind).map((m) => `  missed ${m.file}:${m.line} ${m.kind} — ${m.why}`).join('\n');
const falses = (r: BlindResult, rule?: string): string =>
  r.falseFindings.filter((f) => !rule || f.rule === rule).map((f) => `  false ${f.file}:${f.line} [${f.rule}] “${f.text}” ${f.message}`).join('\n');

test('the blind corpus is read whole: every report of both keys', () => {
  assert.ok(result.files >= 30, `${result.files} reports`);
  assert.ok(result.expected >= 60, `${result.expected} planted errors`);
});

test('blind corpus: recall and precision of errors and warnings stay above their floors', () => {
  assert.ok(recallOf(result) >= floors.recall, `recall ${recallOf(result).toFixed(4)} < ${floors.recall}\n${misses(result)}`);
  assert.ok(precisionOf(result) >= floors.precision, `precision ${precisionOf(result).toFixed(4)} < ${floors.precision}\n${falses(result)}`);
});

for (const [rule, floor] of Object.entries(floors.ruleRecall)) {
  test(`blind corpus: ${rule} stays above its floors`, () => {
    const s = result.byRule.get(rule);
    assert.ok(s, `${rule} measured`);
    assert.ok(recallOf(s) >= floor, `recall ${recallOf(s).toFixed(4)} < ${floor}\n${misses(result, rule)}`);
    const precisionFloor = floors.rulePrecision[rule as keyof typeof floors.rulePrecision];
    assert.ok(rulePrecision(s) >= precisionFloor, `precision ${rulePrecision(s).toFixed(4)} < ${precisionFloor}\n${falses(result, rule)}`);
  });
}
