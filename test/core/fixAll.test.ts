// Fix all never makes a report worse: on every seed, every real published report that is text, the
// blind corpus, and generated reports with every kind of planted change, the findings after applying
// all preferred fixes are those before minus at least one (or the same, when nothing was fixed).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { isImprovement } from '../../server/src/core/fixes';
import { fixAll } from '../../server/src/core/fixAll';
import { changesOf, generatedOptions } from '../support/evaluation';
import { generateReport, Rng } from '../support/generate';
import { analyze, describeFindings } from './expect';

const SHARED = join(__dirname, '..', '..', '..', 'shared');
const BLIND = join(__dirname, '..', 'blind', 'reports');

/** Asserts the fixed text has no finding the original did not have, and fewer when a fix was applied. */
function assertNeverWorse(text: string, label: string): number {
  const before = analyze(text).findings;
  const { text: fixed, applied, edits } = fixAll(text);
  if (applied === 0) {
    assert.equal(fixed, text, label);
    return 0;
  }
  const after = analyze(fixed).findings;
  assert.ok(isImprovement(before, after, edits, []), `${label}: fix all added findings:\n${describeFindings(after, fixed)}\nbefore:\n${describeFindings(before, text)}`);
  assert.ok(after.length < before.length, `${label}: ${applied} fixes applied, yet ${after.length} findings remain of ${before.length}`);
  return applied;
}

const textFiles = (dir: string, pattern = /\.txt$/): string[] => (existsSync(dir) ? readdirSync(dir).filter((n) => pattern.test(n)).sort().map((n) => join(dir, n)) : []);

describe('fix all never makes a report worse', () => {
  for (const [what, dir] of [['seed', join(SHARED, 'seeds')], ['real published report', join(SHARED, 'realworld')]] as const) {
    test(`every ${what}`, { skip: !existsSync(dir) && `${dir} not present` }, () => {
      for (const path of textFiles(dir)) assertNeverWorse(readFileSync(path, 'utf8'), path);
    });
  }

  test('every report of the blind corpus', { skip: !existsSync(BLIND) && 'no blind corpus' }, () => {
    for (const path of textFiles(BLIND)) assertNeverWorse(readFileSync(path, 'utf8'), path);
  });

  test('generated reports, and each with every kind of planted change', () => {
    let fixed = 0;
    for (const { options } of generatedOptions(1)) {
      const report = generateReport(options);
      assertNeverWorse(report.text, JSON.stringify(options));
      for (const [kind, change] of changesOf(report, new Rng(options.seed))) fixed += assertNeverWorse(change.text, `${kind} ${change.description} in ${JSON.stringify(options)}`);
    }
    assert.ok(fixed > 100, `only ${fixed} fixes applied: the corpus must exercise fix all`);
  });
});
