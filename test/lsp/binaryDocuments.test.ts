// PDF and Word files checked on request: the extracted text comes back for a read-only view, and the
// findings are published on it, each naming its page, paragraph or table cell.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { DocumentSymbol, Hover, MarkupContent } from 'vscode-languageserver';
import { CHECK_BINARY_METHOD, type CheckBinaryResult } from '../../server/src/lsp/protocol';
import { EditorSession } from './editor';

const FIXTURES = join(__dirname, '..', 'fixtures', 'formats');
const uriOf = (name: string) => pathToFileURL(join(FIXTURES, name)).href;

describe('checking a PDF or Word file from the editor', () => {
  let editor: EditorSession;
  before(async () => {
    editor = await EditorSession.start();
    await editor.initialize();
  });
  after(() => editor.stop());

  for (const [file, place] of [
    ['2021-table-four.pdf', /（第 2 页）$/],
    ['2021-table-four.docx', /（表 3 第 4 行第 4 列）$/],
  ] as const) {
    test(`${file}: the extracted text, and the finding on it naming where it is`, async () => {
      const result = (await editor.connection.sendRequest(CHECK_BINARY_METHOD, { uri: uriOf(file) })) as CheckBinaryResult;
      assert.ok(!('error' in result), JSON.stringify(result));
      assert.match(result.extractedUri, new RegExp(`^govreport-extracted:.*${file.replace('.', '\\.')}\\.txt$`));
      assert.match(result.text, /行政复议/);
      const published = editor.published.find((p) => p.uri === result.extractedUri);
      assert.ok(published, 'diagnostics published for the view');
      const [error] = published.diagnostics.filter((d) => d.severity === 1);
      assert.match(String(error.message), /行政复议·尚未审结 4 很可能有误，应为 3/);
      assert.match(String(error.message), place);
      const lines = result.text.split('\n');
      assert.equal(lines[error.range.start.line].slice(error.range.start.character, error.range.end.character), '4');
    });
  }

  test('the view of the extracted text, opened: hovers with the arithmetic and an outline, no fix, and never analysed as text', async () => {
    const result = (await editor.connection.sendRequest(CHECK_BINARY_METHOD, { uri: uriOf('2021-table-four.pdf') })) as CheckBinaryResult;
    assert.ok(!('error' in result));
    const before = editor.published.filter((p) => p.uri === result.extractedUri).length;
    await editor.open(result.extractedUri, result.text);
    const [error] = editor.published.filter((p) => p.uri === result.extractedUri).at(-1)!.diagnostics.filter((d) => d.severity === 1);
    const hover = (await editor.connection.sendRequest('textDocument/hover', { textDocument: { uri: result.extractedUri }, position: error.range.start })) as Hover;
    assert.match((hover.contents as MarkupContent).value, /行政复议·总计 3 ≠ 0\+0\+0\+4 = 4/);
    const symbols = (await editor.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: result.extractedUri } })) as DocumentSymbol[];
    const names = symbols.flatMap((s) => [s.name, ...(s.children ?? []).map((c) => c.name)]);
    assert.ok(names.some((n) => n.includes('行政复议')), names.join(' | '));
    const actions = await editor.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: result.extractedUri }, range: error.range, context: { diagnostics: [error] } });
    assert.deepEqual(actions, []);
    // an edit of the view (it is read-only in VS Code; another editor may send one) is not analysed either
    await editor.edit(result.extractedUri, 2, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, 'x');
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(editor.published.filter((p) => p.uri === result.extractedUri).length, before, 'nothing published for the view after it was opened');
    await editor.close(result.extractedUri);
  });

  test('a file that is not a PDF or Word file, or does not exist, gets a clear error', async () => {
    for (const uri of [uriOf('2021-table-four.html'), uriOf('missing.pdf')]) {
      const result = (await editor.connection.sendRequest(CHECK_BINARY_METHOD, { uri })) as CheckBinaryResult;
      assert.ok('error' in result && /PDF|无法读取/.test(result.error), JSON.stringify(result));
    }
  });
});
