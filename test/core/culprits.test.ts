// One wrong cell that breaks several identities is reported once, at that cell, with the value
// that makes them all hold.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { generateReport, type CellKey } from '../support/generate';
import { mutateCell } from '../support/mutate';
import { FLATTENINGS } from '../support/matrix';
import { analyze, applyFix, describeFindings, loud } from './expect';

const isGrantedTotal = (c: CellKey): boolean => c.table === '三' && c.row.startsWith('（一）予以公开') && c.col === '总计';
const isNaturalOfPartial = (c: CellKey): boolean => c.table === '三' && c.row.startsWith('（二）部分公开') && c.col === '自然人';

describe('a single wrong table cell', () => {
  for (const flattening of FLATTENINGS) {
    for (const [what, pick] of [['the 总计 of （一）予以公开', isGrantedTotal], ['自然人 of （二）部分公开', isNaturalOfPartial]] as const) {
      test(`2019 ${flattening}: ${what} off by 3 is one finding at that cell, fixed to its old value`, () => {
        const report = generateReport({ seed: 11, template: '2019', flattening });
        const cell = report.cells.find(pick)!;
        const mutation = mutateCell(report, cell, 3);
        const findings = loud(analyze(mutation.text));
        assert.equal(findings.length, 1, describeFindings(findings, mutation.text));
        const [f] = findings;
        assert.deepEqual(f.span, mutation.expected.span);
        assert.match(f.message, /很可能有误/);
        assert.ok(f.related.length >= 2);
        assert.equal(f.fixes.length, 1);
        assert.equal(f.fixes[0].preferred, true);
        assert.equal(applyFix(mutation.text, f), report.text);
      });
    }
  }
});
