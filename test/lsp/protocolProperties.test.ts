// Properties of the protocol adapters over random Reports on random texts (CRLF, lone CR, lone
// surrogates, astral characters): the conversions never throw, and every range they produce lies
// inside the document with its start before its end.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { CodeActionKind, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { RULE_METAS } from '../../server/src/core/rules/meta';
import type { Finding, OutlineNode, Report, Span } from '../../server/src/core/types';
import { codeActions } from '../../server/src/lsp/codeActions';
import { diagnosticsOf } from '../../server/src/lsp/diagnostics';
import { hoverAt } from '../../server/src/lsp/hover';
import { FIX_ALL_KIND } from '../../server/src/lsp/protocol';
import { documentSymbols, foldingRanges } from '../../server/src/lsp/symbols';

const text = fc
  .array(fc.oneof(fc.constantFrom('\r\n', '\n', '\r', '\uD800', '\uDC00', '😀', '共12件', '|', '\t'), fc.string({ unit: 'grapheme', maxLength: 8 })), { maxLength: 40 })
  .map((parts) => parts.join(''));

function reportOn(length: number): fc.Arbitrary<Report> {
  const offset = fc.integer({ min: 0, max: length });
  const span: fc.Arbitrary<Span> = fc.tuple(offset, offset).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));
  const message = fc.string({ maxLength: 20 });
  const finding: fc.Arbitrary<Finding> = fc.record(
    {
      rule: fc.oneof(fc.constantFrom(...RULE_METAS.map((m) => m.id)), fc.string({ maxLength: 10 })),
      severity: fc.constantFrom('error', 'warning', 'info', 'hint'),
      message,
      span,
      related: fc.array(fc.record({ span, message }), { maxLength: 3 }),
      computation: message,
      fixes: fc.array(fc.record({ title: message, edits: fc.array(fc.record({ span, newText: message }), { maxLength: 3 }), preferred: fc.boolean() }), { maxLength: 2 }),
    },
    { requiredKeys: ['rule', 'severity', 'message', 'span', 'related', 'fixes'] },
  );
  const node = (depth: number): fc.Arbitrary<OutlineNode> =>
    fc.record({
      kind: fc.constantFrom('section', 'table'),
      name: message,
      level: fc.integer({ min: 0, max: 4 }),
      span,
      selection: span,
      children: depth > 0 ? fc.array(node(depth - 1), { maxLength: 2 }) : fc.constant([]),
    });
  return fc.record({
    title: fc.option(fc.record({ text: message, span })),
    template: fc.constantFrom('2019', '2021', 'pre2019', null),
    traditional: fc.boolean(),
    findings: fc.array(finding, { maxLength: 6 }),
    fixAll: fc.array(fc.record({ span, newText: message }), { maxLength: 3 }),
    checked: fc.array(fc.record({ span, parts: fc.array(span, { maxLength: 3 }), markdown: message, table: message, ok: fc.boolean() }), { maxLength: 4 }),
    outline: fc.array(node(3), { maxLength: 3 }),
    tables: fc.constant([]),
  });
}

const documentAndReport = text.chain((t) => fc.tuple(fc.constant(TextDocument.create('file:///p.txt', 'plaintext', 3, t)), reportOn(t.length), fc.integer({ min: 0, max: t.length })));

function assertInside(document: TextDocument, range: Range): void {
  const end = document.positionAt(document.getText().length);
  const ordered = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  assert.ok(ordered(range.start, range.end), `range ${JSON.stringify(range)} ends before it starts`);
  assert.ok(ordered(range.end, end), `range ${JSON.stringify(range)} beyond the end ${JSON.stringify(end)}`);
}

test('Report → diagnostics: one per finding, every range inside the document', () => {
  fc.assert(
    fc.property(documentAndReport, ([document, report]) => {
      const diagnostics = diagnosticsOf(document, { kind: 'checked', report })!;
      assert.equal(diagnostics.length, report.findings.length);
      for (const d of diagnostics) {
        assertInside(document, d.range);
        d.relatedInformation?.forEach((r) => assertInside(document, r.location.range));
        (d.data as { fixes: { edits: TextEdit[] }[] }).fixes.forEach((f) => f.edits.forEach((e) => assertInside(document, e.range)));
      }
    }),
    { numRuns: 300 },
  );
});

test('Report → code actions, hover, symbols and folding ranges never throw and stay inside the document', () => {
  fc.assert(
    fc.property(documentAndReport, ([document, report, offset]) => {
      const diagnostics: Diagnostic[] = diagnosticsOf(document, { kind: 'checked', report })!;
      const actions = codeActions(document, { diagnostics, only: [CodeActionKind.QuickFix, FIX_ALL_KIND] }, report, { versioned: true });
      for (const action of actions) for (const change of action.edit?.documentChanges ?? []) ('edits' in change ? change.edits : []).forEach((e) => assertInside(document, e.range));
      const hover = hoverAt(document, report, document.positionAt(offset));
      if (hover?.range) assertInside(document, hover.range);
      const walk = (symbols: ReturnType<typeof documentSymbols>): void =>
        symbols.forEach((s) => {
          assertInside(document, s.range);
          assertInside(document, s.selectionRange);
          walk(s.children ?? []);
        });
      walk(documentSymbols(document, report.outline));
      for (const f of foldingRanges(document, report.outline)) assert.ok(f.startLine < f.endLine && f.endLine < document.lineCount);
    }),
    { numRuns: 300 },
  );
});
