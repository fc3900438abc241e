// Normalisation keeps an exact map back to the original text.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { normalise } from '../../server/src/core/normalise/normalise';

const CASES: [name: string, original: string, normalised: string][] = [
  ['full-width digits, percent and brackets become ASCII', '（一）共１２件，占５０％', '(一)共12件,占50%'],
  ['CRLF and lone CR become LF', 'a\r\nb\rc', 'a\nb\nc'],
  ['a pinyin gloss after a Han character is removed', '根据(jù)条例', '根据条例'],
  ['a full-width gloss is removed too', '区（qū）政府', '区政府'],
  ['real parentheses stay', '(以下简称《条例》)(一)(街道)', '(以下简称《条例》)(一)(街道)'],
  ['toneless latin in parentheses stays', '网站(www)', '网站(www)'],
  ['traditional characters become simplified', '政府信息公開條例與數量', '政府信息公开条例与数量'],
  ['traditional text with glosses', '根據(jù)規(guī)定數(shù)量12件', '根据规定数量12件'],
  ['ideographic space becomes a space', '统\u3000计', '统 计'],
];

describe('normalise', () => {
  for (const [name, original, expected] of CASES) {
    test(name, () => assert.equal(normalise(original).text, expected));
  }

  test('every normalised digit maps back to the same digit in the original', () => {
    const original = '根據(jù)《條例》\r\n共收到申請１２３件，其中當面申請(shēn)45件；網絡申請78件。';
    const n = normalise(original);
    for (let i = 0; i < n.text.length; i++) {
      if (!/\d/.test(n.text[i])) continue;
      const span = n.map.toOriginal({ start: i, end: i + 1 });
      const char = original.slice(span.start, span.end);
      assert.equal(char.normalize('NFKC'), n.text[i], `at ${i}`);
    }
  });

  test('a figure after a character that converts to a supplementary-plane one maps back exactly', () => {
    // 鋗 → 𫓶 changes the UTF-16 length; three traditional characters make the text traditional
    const original = '國際與鋗共12件';
    const n = normalise(original);
    assert.ok(n.traditional);
    const at = n.text.indexOf('12');
    assert.equal(n.text.length, original.length + 1);
    const span = n.map.toOriginal({ start: at, end: at + 2 });
    assert.equal(original.slice(span.start, span.end), '12');
  });

  test('a simplified report needs a single map segment', () => {
    const n = normalise('一、总体情况\n共收到申请596件，其中其他596件。\n'.repeat(100));
    assert.equal(n.map.segmentCount, 1);
    assert.equal(n.traditional, false);
  });

  test('empty text', () => {
    const n = normalise('');
    assert.equal(n.text, '');
    assert.deepEqual(n.map.toOriginal({ start: 0, end: 0 }), { start: 0, end: 0 });
  });
});
