// A fuzzing campaign of the core:  npm run fuzz [-- --runs N --seed S]
// Random Unicode, report-like noise, characters that change length in conversion, lone surrogates,
// and generated reports with random edits; for each input: no throw, the same Report twice, every span
// inside the text, findings on figures covering a figure, every fix edit replacing the figure its
// title names, and fix all never adding a finding. Prints the counts; exits 1 on the first failure,
// with the input that reproduces it.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { analyze } from '../server/src/core/analyze';
import { isImprovement } from '../server/src/core/fixes';
import { fixAll } from '../server/src/core/fixAll';
import type { Report, Span } from '../server/src/core/types';
import { generateReport } from '../test/support/generate';
import { FLATTENINGS, TEMPLATES } from '../test/support/matrix';

const { runs, seed } = parseArgs({ options: { runs: { type: 'string', default: '50000' }, seed: { type: 'string', default: '1' } } }).values;

const REPORTISH = ['共', '其中', '其他', '件', '条', '%', '占', '约', '总数的', '，', '。', '；', '|', ' |', '\t', '\n', '\r\n', '一、', '（一）', '1.', '-', '—', '/', '无', '\u00a0', '予以公开', '总计', '自然人', '行政复议', '统计指标', '收到申请数', '0', '7', '12', '596', '23.2', '１２', '(jù)', '據', '鋗', '\ud87b錤', '\ud87b', '\udc00', '𧜵', '會議', '較上年減少', '合計', '五、存在的主要问题及改进情况', '六、其他需要报告的事项', '未收取信息处理费', '收取信息处理费', '元', '均已办结', '办结率100%', '结转下年度继续办理'];
const FIGURE = /^[+-]?[\d０-９][\d０-９,，.．]*$/;
const AT_A_FIGURE = new Set(['sum-mismatch', 'percent-mismatch', 'prose-table-mismatch', 'table-identity']);

function check(text: string): { findings: number; fixes: number; fixed: number } {
  const report = analyze(text);
  assert.deepEqual(analyze(text), report, 'the same text gives the same Report');
  wellFormed(report, text);
  const all = fixAll(text);
  if (all.applied > 0) {
    assert.ok(isImprovement(report.findings, analyze(all.text).findings, all.edits, []), 'fix all adds no finding');
  }
  return { findings: report.findings.length, fixes: report.findings.reduce((n, f) => n + f.fixes.length, 0), fixed: all.applied };
}

function wellFormed(report: Report, text: string): void {
  const inside = (s: Span) => 0 <= s.start && s.start <= s.end && s.end <= text.length;
  const nodes = (list: Report['outline']): Report['outline'] => list.flatMap((n) => [n, ...nodes(n.children)]);
  for (const n of nodes(report.outline)) assert.ok(inside(n.span) && inside(n.selection), `outline span ${JSON.stringify(n.span)}`);
  for (const f of report.findings) {
    assert.ok(inside(f.span) && f.related.every((r) => inside(r.span)), `${f.rule} span ${JSON.stringify(f.span)}`);
    if (AT_A_FIGURE.has(f.rule)) assert.match(text.slice(f.span.start, f.span.end), FIGURE, f.message);
    for (const fix of f.fixes) {
      for (const e of fix.edits) {
        const old = text.slice(e.span.start, e.span.end);
        assert.ok(inside(e.span) && FIGURE.test(old) && fix.title.includes(`${old} 改为 ${e.newText}`), `${fix.title}: edit of ${JSON.stringify(old)}`);
      }
    }
  }
  for (const c of report.checked) assert.ok(inside(c.span));
}

/** A generated report with a few of its digits changed and a few random characters replaced, inserted or deleted. */
const editedReport = fc
  .record({
    seed: fc.integer({ min: 1, max: 10_000 }),
    template: fc.constantFrom(...TEMPLATES),
    flattening: fc.constantFrom(...FLATTENINGS),
    traditional: fc.boolean(),
    digits: fc.array(fc.tuple(fc.noBias(fc.nat({ max: 999_999 })).map((n) => n / 1_000_000), fc.integer({ min: 0, max: 9 })), { minLength: 1, maxLength: 3 }),
    edits: fc.array(fc.tuple(fc.noBias(fc.nat({ max: 999_999 })).map((n) => n / 1_000_000), fc.nat({ max: 3 }), fc.constantFrom(...REPORTISH, '')), { maxLength: 3 }),
  })
  .map(({ digits, edits, ...options }) => {
    let text = generateReport(options).text;
    const positions = [...text.matchAll(/\d/g)].map((m) => m.index);
    for (const [which, digit] of digits) {
      const at = positions[Math.floor(which * positions.length)];
      if (at !== undefined) text = text.slice(0, at) + digit + text.slice(at + 1);
    }
    for (const [where, drop, insert] of edits) {
      const at = Math.floor(where * text.length);
      text = text.slice(0, at) + insert + text.slice(at + drop);
    }
    return text;
  });

const inputs = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.array(fc.constantFrom(...REPORTISH), { maxLength: 200 }).map((parts) => parts.join('')),
  editedReport,
);

const total = Number(runs);
const counts = { inputs: 0, findings: 0, fixes: 0, fixed: 0 };
const started = performance.now();
const outcome = fc.check(
  fc.property(inputs, (text) => {
    const c = check(text);
    counts.inputs++;
    counts.findings += c.findings;
    counts.fixes += c.fixes;
    counts.fixed += c.fixed;
  }),
  { numRuns: total, seed: Number(seed) },
);
if (outcome.failed) {
  const file = join(__dirname, '..', 'test-output', 'fuzz-counterexample.txt');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, String(outcome.counterexample?.[0] ?? ''));
  console.error(`failed after ${outcome.numRuns} inputs (seed ${outcome.seed}, path ${outcome.counterexamplePath}): ${String((outcome.errorInstance as Error)?.message ?? outcome.errorInstance)}`);
  console.error(`the input (shrunk) is in ${file}`);
  process.exit(1);
}
const seconds = (performance.now() - started) / 1000;
console.log(`${counts.inputs} inputs in ${seconds.toFixed(0)} s: no throw, deterministic, every span inside its text;`);
console.log(`${counts.findings} findings, ${counts.fixes} proven fixes on them, ${counts.fixed} applied by fix all, none adding a finding`);
