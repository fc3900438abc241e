// The server over stdio survives thousands of random incremental edits sent as fast as an editor
// can (digits, pipes, tabs, line breaks, CJK, lone surrogates), then as many edits undoing them, and
// keeps answering; its final diagnostics are those of the restored text, so every edit was applied
// as the editor applied it.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { CodeActionRequest, DocumentSymbolRequest, HoverRequest, LSPErrorCodes, type CodeAction, type Hover, type ResponseError } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/core/analyze';
import { ruleDocsUrl } from '../../server/src/io/ruleDocs';
import { diagnosticsOf } from '../../server/src/lsp/diagnostics';
import { DEFAULT_SETTINGS, analyzeOptions } from '../../server/src/lsp/settings';
import { checkedCells, generateReport, Rng } from '../support/generate';
import { EditorSession } from './editor';

/** Random edits, then as many undoing them. */
const EDITS = 2500;
/** A hover request every so many edits, answered while the edits go on. */
const PROBE_EVERY = 250;
/** No lone `\r`: an edit boundary between `\r` and `\n` is moved before the `\r`, so edits could not be undone exactly. */
const SNIPPETS = ['0', '7', '12', '596', '23.2', '１２', '%', '|', ' |', '\t', '\n', '\r\n', '共', '其中', '其他', '件', '，', '。', '；', '（一）', '予以公开', '總計', '據(jù)', '\uD800', '\uDC00', '😀', '  ', '—', '-'];
const BAD_PARAGRAPH = '\n\n全年公开信息共100条，其中甲类信息30条，其他信息50条。\n';
/** Wrong table cells in the report, so that its diagnostics lie on several lines. */
const PLANTED = 3;

const uri = 'file:///fuzz.govreport';
let editor: EditorSession;
before(async () => {
  editor = await EditorSession.start();
  await editor.initialize();
});
after(() => editor.stop());

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Inserts and deletes, deletions more likely while the text is longer than `size`: its length stays near `size`. */
function randomEdit(document: TextDocument, rng: Rng, size: number): Edit {
  const length = document.getText().length;
  const start = rng.int(0, length);
  const end = rng.chance(length > size ? 0.6 : 0.3) ? Math.min(length, start + rng.int(1, 12)) : start;
  const text = rng.chance(0.3) ? '' : Array.from({ length: rng.int(1, 4) }, () => rng.pick(SNIPPETS)).join('');
  return { start, end, text };
}

/** A generated report with PLANTED table cells off by 3. */
function plantedReport(rng: Rng): string {
  const report = generateReport({ seed: 6, template: '2019', flattening: 'pipe-cells', traditional: true });
  return rng
    .sample(checkedCells(report), PLANTED)
    .sort((a, b) => b.span.start - a.span.start)
    .reduce((text, cell) => text.slice(0, cell.span.start) + String(cell.value + 3) + text.slice(cell.span.end), report.text);
}

test(`${EDITS} random incremental edits and ${EDITS} undoing them: the server keeps answering and ends with the diagnostics of the text`, { timeout: 60_000 }, async () => {
  const rng = new Rng(6);
  const original = plantedReport(rng);
  let document = TextDocument.create(uri, 'govreport', 1, original);
  await editor.open(uri, original, 'govreport', document.version);

  const probes: Promise<unknown>[] = [];
  /** Applies the edit here and on the server; returns the edit that undoes it. */
  const replace = async ({ start, end, text }: Edit): Promise<Edit> => {
    const range = { start: document.positionAt(start), end: document.positionAt(end) };
    const from = document.offsetAt(range.start);
    const removed = document.getText().slice(from, document.offsetAt(range.end));
    document = TextDocument.update(document, [{ range, text }], document.version + 1);
    await editor.edit(uri, document.version, range, text);
    if (document.version % PROBE_EVERY === 0) {
      // ContentModified while no analysis has completed yet: every edit supersedes the running one.
      const hover = editor.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: range.start });
      probes.push(hover.catch((error: ResponseError) => assert.equal(error.code, LSPErrorCodes.ContentModified)));
    }
    return { start: from, end: from + text.length, text: removed };
  };
  const undo: Edit[] = [];
  for (let i = 0; i < EDITS; i++) undo.push(await replace(randomEdit(document, rng, original.length)));
  for (const edit of undo.reverse()) await replace(edit);
  await Promise.all(probes);
  assert.equal(document.getText(), original);

  const length = document.getText().length;
  const finalVersion = document.version + 1;
  const published = editor.nextDiagnostics(uri, (p) => p.version === finalVersion, 30_000);
  await replace({ start: length, end: length, text: BAD_PARAGRAPH });
  const { diagnostics } = await published;

  // the server links the rule pages it finds beside its bundle: the repository's docs/rules
  const report = analyze(document.getText(), analyzeOptions(DEFAULT_SETTINGS));
  const expected = diagnosticsOf(document, { kind: 'checked', report }, undefined, ruleDocsUrl())!;
  assert.ok(expected.length > PLANTED, `the planted cells and the paragraph draw ${expected.length} diagnostics`);
  assert.deepEqual(diagnostics, expected);
  const total = document.getText().lastIndexOf('100');
  const sumMismatch = diagnostics.find((d) => d.code === 'sum-mismatch' && document.offsetAt(d.range.start) === total);
  assert.ok(sumMismatch, `no sum-mismatch at the appended paragraph's total among:\n${diagnostics.map((d) => `${d.code} ${JSON.stringify(d.range)}`).join('\n')}`);

  const hover = (await editor.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: sumMismatch.range.start })) as Hover;
  assert.match(JSON.stringify(hover.contents), /100/);
  const symbols = await editor.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
  assert.ok(Array.isArray(symbols) && symbols.length > 0);
  const actions = (await editor.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: sumMismatch.range,
    context: { diagnostics: [sumMismatch] },
  })) as CodeAction[];
  assert.ok(actions.some((a) => a.title === '将 100 改为 80'), actions.map((a) => a.title).join('\n'));
  assert.equal(editor.process.exitCode, null);
});
