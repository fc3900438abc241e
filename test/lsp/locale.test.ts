// The language of diagnostics follows the editor's (InitializeParams.locale: zh* Chinese, else
// English) unless govreport.language forces one; a change of the setting republishes.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { CodeActionRequest, type CodeAction, type Diagnostic } from 'vscode-languageserver/node';
import { EditorSession, readSample } from './editor';

const URI = 'file:///sample.txt';
const ZH = '合计 464 ≠ 177+81+24+192 = 474（差 10）';
const EN = 'Total 464 ≠ 177+81+24+192 = 474 (off by 10)';
const sessions: EditorSession[] = [];
after(() => Promise.all(sessions.map((s) => s.stop())));

async function opened(locale: string | undefined, settings: Record<string, unknown> = {}): Promise<{ editor: EditorSession; diagnostics: Diagnostic[] }> {
  const editor = await EditorSession.start(settings);
  sessions.push(editor);
  await editor.initialize(undefined, locale);
  const published = editor.nextDiagnostics(URI);
  await editor.open(URI, readSample());
  return { editor, diagnostics: (await published).diagnostics };
}

async function afterSettings(editor: EditorSession, settings: Record<string, unknown>): Promise<Diagnostic[]> {
  const published = editor.nextDiagnostics(URI);
  await editor.changeSettings(settings);
  return (await published).diagnostics;
}

describe('the language of diagnostics', () => {
  test('an English editor gets English messages and fix titles; the report’s own labels stay', async () => {
    const { editor, diagnostics } = await opened('en');
    assert.deepEqual(diagnostics.map((d) => d.message), [EN]);
    assert.deepEqual(diagnostics[0].relatedInformation?.map((r) => r.message), ['咨询类 177', '建议类 81', '投诉类 24', '其他留言 192']);
    const actions = (await editor.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: URI },
      range: diagnostics[0].range,
      context: { diagnostics, only: ['quickfix'] },
    })) as CodeAction[];
    assert.deepEqual(actions.map((a) => a.title), ['Disable sum-mismatch for this line', 'Change 464 to 474', 'Disable sum-mismatch for this file']);
    const fixAll = (await editor.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: URI }, range: diagnostics[0].range, context: { diagnostics: [], only: ['source'] } })) as CodeAction[];
    assert.deepEqual(fixAll.map((a) => a.title), ['Fix all auto-fixable problems']);

    assert.deepEqual((await afterSettings(editor, { language: 'zh-CN' })).map((d) => d.message), [ZH]);
    const [tooLarge] = await afterSettings(editor, { maxFileSize: 100 });
    assert.match(tooLarge.message as string, /^The file is \d+ bytes, more than govreport\.maxFileSize \(100 bytes\): not checked\.$/);
  });

  test('a Chinese editor (zh-cn, zh-tw) or none gets Chinese; govreport.language: en forces English', async () => {
    for (const locale of ['zh-cn', 'zh-tw', undefined]) {
      const { diagnostics } = await opened(locale);
      assert.deepEqual(diagnostics.map((d) => d.message), [ZH], String(locale));
    }
    const { editor, diagnostics } = await opened('zh-cn', { language: 'en' });
    assert.deepEqual(diagnostics.map((d) => d.message), [EN]);
    assert.deepEqual((await afterSettings(editor, { language: 'auto' })).map((d) => d.message), [ZH]);
  });
});
