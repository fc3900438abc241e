// Exact percentages at the stated precision, rounding half up.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { format, parseDecimal, percentMatches, percentRounded } from '../../server/src/core/numbers/decimal';

const d = (s: string) => parseDecimal(s)!;

const JUDGED: [stated: string, count: number, base: number, tolerance: 'half' | 'unit', ok: boolean][] = [
  ['23.2', 30, 129, 'half', false],
  ['23.3', 30, 129, 'half', true],
  ['15', 91, 596, 'half', true],
  ['0.7', 1, 129, 'half', false],
  ['0.8', 1, 129, 'half', true],
  ['10', 13, 129, 'half', true],
  ['12', 1, 8, 'half', true],
  ['13', 1, 8, 'half', true],
  ['7.1', 65, 909, 'unit', true],
  ['7.3', 65, 909, 'half', false],
  ['100', 596, 596, 'half', true],
];

describe('percentages', () => {
  for (const [stated, count, base, tolerance, ok] of JUDGED) {
    test(`${stated}% for ${count}/${base} (${tolerance}) is ${ok ? 'right' : 'wrong'}`, () => {
      assert.equal(percentMatches(d(stated), count, base, tolerance), ok);
    });
  }

  test('rounding half up at the stated precision', () => {
    assert.equal(format(percentRounded(30, 129, 1)), '23.3');
    assert.equal(format(percentRounded(1, 8, 0)), '13');
    assert.equal(format(percentRounded(2301, 3379, 1)), '68.1');
  });

  test('decimals keep their precision', () => {
    assert.equal(format(d('6350.80')), '6350.80');
    assert.equal(format(d('-0.05')), '-0.05');
    assert.equal(parseDecimal('1.2.3'), null);
  });
});
