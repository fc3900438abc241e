// A report's web page open in the editor is checked in place: diagnostics, hovers and quick fixes
// point at the characters of the figures in the HTML source.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CodeActionRequest, HoverRequest, type CodeAction, type Hover, type MarkupContent, type TextDocumentEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { table3Html } from '../support/table3';
import { EditorSession } from './editor';

const uri = 'file:///report.html';
const HTML = [
  '<!DOCTYPE html><html><head><meta charset="utf-8"><title>某区政府信息公开工作年度报告</title></head><body>',
  '<div class="nav"><a href="/">首页</a></div>',
  '<p>某区2021年政府信息公开工作年度报告</p><p>一、总体情况</p>',
  '<p>全年共收到政府信息公开申请23件，其中自然人提出22件、法人或其他组织提出1件。</p>',
  '<p>三、收到和处理政府信息公开申请情况</p>',
  table3Html({
    '一、': [22, 0, 0, 0, 1, 0, 23],
    '（一）': [12, 0, 0, 0, 1, 0, 11],
    '（二）': [2, 0, 0, 0, 0, 0, 2],
    '1.本机关': [3, 0, 0, 0, 0, 0, 3],
    '2.重复': [2, 0, 0, 0, 0, 0, 2],
    '（七）': [17, 0, 0, 0, 1, 0, 18],
    '四、': [5, 0, 0, 0, 0, 0, 5],
  }),
  '</body></html>',
].join('\n');
const page = TextDocument.create(uri, 'html', 1, HTML);
const wrong = { start: page.positionAt(HTML.indexOf('<span>12</span>') + 6), end: page.positionAt(HTML.indexOf('<span>12</span>') + 8) };

describe('a web page in the editor', () => {
  let editor: EditorSession;
  before(async () => {
    editor = await EditorSession.start();
    await editor.initialize();
  });
  after(() => editor.stop());

  test('the wrong cell is underlined at its characters in the HTML, hovered with its arithmetic, and fixed in place', async () => {
    const published = editor.nextDiagnostics(uri, (p) => p.version === 1);
    await editor.open(uri, HTML, 'html');
    const { diagnostics } = await published;
    // the page is an excerpt under a report's title: tables 二 and 四 are missing-table's errors
    const errors = diagnostics.filter((d) => d.severity === 1 && d.code !== 'missing-table');
    assert.equal(errors.length, 1, JSON.stringify(diagnostics.map((d) => [d.code, d.message])));
    assert.deepEqual(errors[0].range, wrong);
    assert.equal(page.getText(errors[0].range), '12');

    const hover = (await editor.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: wrong.start.line, character: wrong.start.character + 1 } })) as Hover | null;
    assert.match((hover?.contents as MarkupContent).value, /（一）予以公开 · 自然人 12 → 10/);

    const actions = (await editor.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: wrong, context: { diagnostics: errors, only: ['quickfix'] } })) as CodeAction[];
    const fix = actions.find((a) => a.isPreferred);
    assert.ok(fix, actions.map((a) => a.title).join('\n'));
    assert.deepEqual((fix.edit?.documentChanges as TextDocumentEdit[])[0].edits, [{ range: wrong, newText: '10' }]);
  });
});
