// TextBuilder.addText (DOCX runs, written a stretch at a time) writes and maps exactly what addSource
// writes and maps for the same characters, each from its own offset.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { TextBuilder } from '../../server/src/readers/textBuilder';

type Step = { add: string } | { op: 'lineBreak' | 'tab' | 'softBreak' };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ add: fc.array(fc.constantFrom('a', 'Z', '1', '中', '文', '，', ' ', '  ', '\t', '\n', '\r\n', '\f', '\u00a0', '\u3000'), { maxLength: 12 }).map((parts) => parts.join('')) }),
  fc.record({ op: fc.constantFrom('lineBreak' as const, 'tab' as const, 'softBreak' as const) }),
);

function build(steps: readonly Step[], add: (b: TextBuilder, text: string) => void): TextBuilder {
  const b = new TextBuilder();
  for (const s of steps) {
    if ('add' in s) add(b, s.add);
    else b[s.op](0);
  }
  return b;
}

test('addText writes and maps as addSource does with each character from its own offset', () => {
  fc.assert(
    fc.property(fc.array(step, { maxLength: 12 }), (steps) => {
      const fast = build(steps, (b, text) => b.addText(text));
      const offsets = (text: string, by: number) => Array.from({ length: text.length }, (_, i) => i + by);
      const slow = build(steps, (b, text) => b.addSource(text, offsets(text, 0), offsets(text, 1)));
      assert.equal(fast.text(), slow.text());
      assert.equal(fast.offset, slow.offset);
      const spans = (b: TextBuilder) => Array.from({ length: b.offset + 1 }, (_, i) => [b.map.toOriginalStart(i), b.map.toOriginalEnd(i), b.map.toNormalised(i)]);
      assert.deepEqual(spans(fast), spans(slow));
    }),
    { numRuns: 500 },
  );
});
