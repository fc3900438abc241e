// The figure tokenizer: units, approximate markers, and what is not a quantity.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { scanNumbers } from '../../server/src/core/numbers/tokens';

const show = (text: string): string =>
  scanNumbers(text)
    .map((t) => `${t.raw}|${t.unit}|${t.kind}${t.approx ? '~' : ''}`)
    .join(' ');

const CASES: [text: string, expected: string][] = [
  ['公开政府信息7025条', '7025|条|count'],
  ['超3000条，400余条，80%以上', '3000|条|count~ 400|条|count~ 80|%|percent~'],
  ['约占7.8%', '7.8|%|percent'],
  ['6350.86 万元，101647022.75元', '6350.86|万元|money 101647022.75|元|money'],
  ['本年增/减 +1599 -32', '+1599||other -32||other'],
  ['1,234件', '1,234|件|count'],
  ['2019年1月28日', '2019||other 1||other 28||other'],
  ['电话:023-68211133', '023||other 68211133||other'],
  ['〔2018〕117号', '2018||other 117||other'],
  ['IPv6 改造', ''],
  ['提高2个百分点', '2|个|other'],
  ['接受培训人员3708人次', '3708|人次|count'],
  ['第3批', '3|批|other'],
];

describe('scanNumbers', () => {
  for (const [text, expected] of CASES) test(`${text} → ${expected || '(nothing)'}`, () => assert.equal(show(text), expected));

  test('offsets cover the figure and not its unit', () => {
    const [t] = scanNumbers('共收到申请596件');
    assert.deepEqual([t.start, t.end, t.unitEnd], [5, 8, 9]);
  });

  test('a figure of more than fifteen digits is not a quantity', () => {
    assert.deepEqual(scanNumbers('编号1234567890123456789件'), []);
  });
});
