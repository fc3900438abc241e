// The real reports in ../shared/seeds against their answer key (../shared/eval/seeds-key.json):
// every known error is found at one of its anchors, and nothing else is an error or a warning.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { LineIndex } from '../../server/src/core/lineIndex';
import type { Finding } from '../../server/src/core/types';
import { analyze, describeFindings, loud } from './expect';

const SEEDS = join(__dirname, '..', '..', '..', 'shared', 'seeds');
const KEY = join(__dirname, '..', '..', '..', 'shared', 'eval', 'seeds-key.json');

interface Anchor {
  line: number;
  text?: string;
}
interface KeyEntry {
  errors: { id: string; kind: string; at: Anchor[] }[];
  optional: Anchor[];
}

const present = existsSync(KEY) && existsSync(SEEDS);
const key: Record<string, KeyEntry> = present ? JSON.parse(readFileSync(KEY, 'utf8')) : {};

function hits(f: Finding, text: string, index: LineIndex, a: Anchor): boolean {
  const start = index.positionAt(f.span.start);
  if (start.line + 1 !== a.line) return false;
  const figure = text.slice(f.span.start, f.span.end);
  return a.text === undefined || (figure.includes(a.text) && figure.length <= a.text.length + 6);
}

describe('seed reports', { skip: !present && 'shared seeds not present' }, () => {
  for (const [name, entry] of Object.entries(key).filter(([n]) => !n.startsWith('_'))) {
    const text = () => readFileSync(join(SEEDS, name), 'utf8').replace(/^\uFEFF/, '');
    test(`${name}: finds its ${entry.errors.length} known errors and nothing else`, () => {
      const t = text();
      const index = new LineIndex(t);
      const findings = loud(analyze(t));
      for (const e of entry.errors) {
        assert.ok(findings.some((f) => e.at.some((a) => hits(f, t, index, a))), `missed ${e.id} (${e.kind}); got:\n${describeFindings(findings, t)}`);
      }
      const unexpected = findings.filter((f) => !entry.errors.some((e) => e.at.some((a) => hits(f, t, index, a))) && !entry.optional.some((a) => hits(f, t, index, a)));
      assert.deepEqual(unexpected, [], describeFindings(unexpected, t));
    });
  }

  test('000: the website total points at 7025 with the eight parts related and the fix 7235', () => {
    const t = readFileSync(join(SEEDS, '000_75db285d8e423f19.txt'), 'utf8');
    const index = new LineIndex(t);
    const f = analyze(t).findings.find((x) => x.rule === 'sum-mismatch' && t.slice(x.span.start, x.span.end) === '7025');
    assert.ok(f);
    assert.deepEqual(index.positionAt(f.span.start), { line: 11, character: 21 });
    assert.equal(f.message, '合计 7025 ≠ 1325+130+97+113+160+326+367+4717 = 7235（差 210）');
    assert.deepEqual(f.related.map((r) => t.slice(r.span.start, r.span.end)), ['1325', '130', '97', '113', '160', '326', '367', '4717']);
    assert.deepEqual(f.fixes.map((x) => [x.preferred, x.edits[0].newText]), [[true, '7235']]);
  });

  test('002: a traditional report with conversion noise is read in the 2019 format with no finding', () => {
    const report = analyze(readFileSync(join(SEEDS, '002_ac170bd9f0b870d5.txt'), 'utf8'), { explain: true });
    assert.equal(report.template, '2019');
    assert.equal(report.traditional, true);
    assert.deepEqual(loud(report), []);
    assert.ok(report.checked.length > 20, 'its tables were checked');
  });

  test('003: the image-only statistical table is an info finding at the file name', () => {
    const t = readFileSync(join(SEEDS, '003_c7246e51c6cd5b89.txt'), 'utf8');
    const f = analyze(t).findings.find((x) => x.rule === 'table-image');
    assert.ok(f);
    assert.equal(f.severity, 'info');
    assert.equal(t.slice(f.span.start, f.span.end), '保山市2018年政府信息公开年度报告.png');
  });
});
