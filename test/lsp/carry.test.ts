// Carrying spans over edits: random texts and random edit sequences (incremental ranges, reversed
// ranges, ranges between \r and \n, whole-text changes). Every character that no edit touched is
// followed to its place in the final text, and spans keep each such character on the same side.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { applyChange, carryOutline, carrySpan, offsetBefore, type Replacement } from '../../server/src/lsp/carry';

const text = fc.array(fc.constantFrom('a', '字', '\n', '\r\n', '\r', '😀', '7'), { maxLength: 30 }).map((parts) => parts.join(''));

/** An edit as fractions of the current length, so that it applies to whatever text it meets. */
interface Edit {
  from: number;
  to: number;
  text: string;
  whole: boolean;
}
const fraction = fc.double({ min: 0, max: 1, noNaN: true });
const edit: fc.Arbitrary<Edit> = fc.record({ from: fraction, to: fraction, text, whole: fc.boolean() });

function changeFor(document: TextDocument, { from, to, text: inserted, whole }: Edit): TextDocumentContentChangeEvent {
  const length = document.getText().length;
  const [a, b] = [Math.floor(from * length), Math.floor(to * length)];
  if (whole) return { text: document.getText().slice(0, Math.min(a, b)) + inserted + document.getText().slice(Math.max(a, b)) };
  return { range: { start: document.positionAt(a), end: document.positionAt(b) }, text: inserted };
}

test('untouched characters are followed through any edits, and spans keep them on their side', () => {
  fc.assert(
    fc.property(text, fc.array(edit, { maxLength: 6 }), fc.nat(), fc.nat(), (original, edits, x, y) => {
      const document = TextDocument.create('file:///c.txt', 'plaintext', 1, original);
      const replacements: Replacement[] = [];
      // origin[j]: the offset in the original text of the character now at j, -1 if inserted.
      let origin = Array.from({ length: original.length }, (_, i) => i);
      for (const e of edits) {
        const change = changeFor(document, e);
        const expected = TextDocument.update(TextDocument.create('file:///e.txt', 'plaintext', 1, document.getText()), [change], 2).getText();
        const r = applyChange(document, change, document.version + 1);
        assert.equal(document.getText(), expected);
        replacements.push(r);
        origin = [...origin.slice(0, r.start), ...Array<number>(r.length).fill(-1), ...origin.slice(r.end)];
      }
      const final = document.getText();
      assert.equal(origin.length, final.length);
      const span = { start: Math.min(x, y) % (original.length + 1), end: Math.max(x, y) % (original.length + 1) };
      if (span.start > span.end) [span.start, span.end] = [span.end, span.start];
      const carried = carrySpan(span, replacements);
      assert.ok(0 <= carried.start && carried.start <= carried.end && carried.end <= final.length, JSON.stringify(carried));
      origin.forEach((from, j) => {
        assert.equal(offsetBefore(j, replacements), from < 0 ? undefined : from);
        if (from < 0) return;
        assert.equal(final[j], original[from]);
        assert.equal(from < span.start, j < carried.start, `character ${from} → ${j}, span ${JSON.stringify(span)} → ${JSON.stringify(carried)}`);
        assert.equal(from < span.end, j < carried.end, `character ${from} → ${j}, span ${JSON.stringify(span)} → ${JSON.stringify(carried)}`);
      });
    }),
    { numRuns: 500 },
  );
});

test('text typed at a span start belongs to the span, at its end it does not; replaced text goes to the span it touches', () => {
  const span = { start: 10, end: 20 };
  assert.deepEqual(carrySpan(span, [{ start: 10, end: 10, length: 3 }]), { start: 10, end: 23 });
  assert.deepEqual(carrySpan(span, [{ start: 20, end: 20, length: 3 }]), { start: 10, end: 20 });
  assert.deepEqual(carrySpan(span, [{ start: 5, end: 12, length: 1 }]), { start: 5, end: 14 });
  assert.deepEqual(carrySpan(span, [{ start: 18, end: 25, length: 4 }]), { start: 10, end: 22 });
  assert.deepEqual(carrySpan(span, [{ start: 0, end: 30, length: 0 }]), { start: 0, end: 0 });
  const outline = [{ kind: 'section' as const, name: '一、概述', level: 1, span, selection: { start: 10, end: 14 }, children: [] }];
  assert.deepEqual(carryOutline(outline, [{ start: 0, end: 0, length: 2 }]), [{ ...outline[0], span: { start: 12, end: 22 }, selection: { start: 12, end: 16 } }]);
});
