// Protocol tests that do not depend on the core's findings: capabilities, which documents are
// checked, settings, code actions built from Diagnostic.data, and robustness on garbage.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CodeActionRequest,
  DiagnosticSeverity,
  DocumentSymbolRequest,
  ErrorCodes,
  FoldingRangeRequest,
  HoverRequest,
  TextDocumentSyncKind,
  type CodeAction,
  type Diagnostic,
  type TextDocumentEdit,
} from 'vscode-languageserver/node';
import { CHECK_DOCUMENT_METHOD, FIX_ALL_KIND } from '../../server/src/lsp/protocol';
import { EditorSession, readSample } from './editor';

const seed = readSample();
const NOT_A_REPORT = '会议纪要\n今天讨论了3件事，共5人参加。\n';

describe('language server over stdio', () => {
  let editor: EditorSession;
  before(async () => {
    editor = await EditorSession.start();
  });
  after(() => editor.stop());

  test('answers initialize with its capabilities and registers for settings changes', async () => {
    const { capabilities, serverInfo } = await editor.initialize();
    assert.equal(serverInfo?.name, 'govreport');
    assert.deepEqual(capabilities.textDocumentSync, { openClose: true, change: TextDocumentSyncKind.Incremental });
    assert.equal(capabilities.hoverProvider, true);
    assert.equal(capabilities.foldingRangeProvider, true);
    assert.ok(capabilities.documentSymbolProvider);
    assert.deepEqual(capabilities.codeActionProvider, { codeActionKinds: ['quickfix', FIX_ALL_KIND] });
    await waitUntil(() => editor.registrations.length > 0);
    assert.deepEqual(
      editor.registrations.map((r) => [r.method, r.registerOptions]),
      [['workspace/didChangeConfiguration', { section: 'govreport' }]],
    );
  });

  test('checks govreport documents and plain text that looks like a report, not other text', async () => {
    const published = Promise.all([
      editor.nextDiagnostics('file:///a.govreport', (p) => p.version === 1),
      editor.nextDiagnostics('file:///seed.txt', (p) => p.version === 1),
    ]);
    await editor.open('file:///other.txt', NOT_A_REPORT);
    await editor.open('file:///a.govreport', NOT_A_REPORT, 'govreport');
    await editor.open('file:///seed.txt', seed);
    await published;
    assert.equal(editor.published.filter((p) => p.uri === 'file:///other.txt').length, 0);
  });

  test('the check command forces a check of any synced document', async () => {
    const published = editor.nextDiagnostics('file:///other.txt');
    await editor.connection.sendRequest(CHECK_DOCUMENT_METHOD, { uri: 'file:///other.txt' });
    assert.deepEqual((await published).diagnostics, []);
  });

  test('settings apply without restart: file size limit and report detection', async () => {
    const checked = editor.published.filter((p) => p.uri === 'file:///seed.txt').at(-1)!.diagnostics;
    const skipped = await settle(editor, 'file:///seed.txt', { maxFileSize: 1000 });
    assert.equal(skipped.length, 1);
    assert.equal(skipped[0].severity, DiagnosticSeverity.Information);
    const message = skipped[0].message as string;
    assert.match(message, /maxFileSize/);
    assert.match(message, new RegExp(`${Buffer.byteLength(seed)} 字节`));

    assert.deepEqual(await settle(editor, 'file:///seed.txt', {}), checked);

    // Detection off: the plain-text report is cleared, the govreport document is still checked,
    // and the check command still checks the plain-text report.
    const govreport = editor.nextDiagnostics('file:///a.govreport');
    assert.deepEqual(await settle(editor, 'file:///seed.txt', { detectReports: false }), []);
    await govreport;
    const forced = editor.nextDiagnostics('file:///seed.txt');
    await editor.connection.sendRequest(CHECK_DOCUMENT_METHOD, { uri: 'file:///seed.txt' });
    assert.deepEqual((await forced).diagnostics, checked);
    await editor.changeSettings({});
  });

  test('quick fixes come from Diagnostic.data; stale data gives none; disabling inserts a directive', async () => {
    const uri = 'file:///fix.govreport';
    const text = '合计7025条\n';
    await editor.open(uri, text, 'govreport', 3);
    await editor.nextDiagnostics(uri);
    const range = { start: { line: 0, character: 2 }, end: { line: 0, character: 6 } };
    const diagnostic = (version: number): Diagnostic => ({
      range,
      code: 'sum-mismatch',
      source: 'govreport',
      message: '合计与分项之和不符',
      data: { version, fixes: [{ title: '将 7025 改为 7235', preferred: true, edits: [{ range, newText: '7235' }] }] },
    });
    const actions = (await editor.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range,
      context: { diagnostics: [diagnostic(3)] },
    })) as CodeAction[];
    assert.deepEqual(
      actions.map((a) => [a.title, a.kind, a.isPreferred ?? false]),
      [
        ['在本行停用规则 sum-mismatch', 'quickfix', false],
        ['将 7025 改为 7235', 'quickfix', true],
        ['在本文件中停用规则 sum-mismatch', 'quickfix', false],
      ],
    );
    const [line, fix, disable] = actions.map((a) => a.edit?.documentChanges?.[0] as TextDocumentEdit);
    assert.deepEqual(line, {
      textDocument: { uri, version: 3 },
      edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: '<!-- govreport-disable-next-line sum-mismatch -->\n' }],
    });
    assert.deepEqual(fix, { textDocument: { uri, version: 3 }, edits: [{ range, newText: '7235' }] });
    assert.deepEqual(disable.edits, [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: '<!-- govreport-disable-file sum-mismatch -->\n' },
    ]);

    const stale = (await editor.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range,
      context: { diagnostics: [diagnostic(2)], only: ['quickfix'] },
    })) as CodeAction[];
    assert.deepEqual(stale, []);
  });

  test('disable for this line, the first quick fix, once applied switches off that line only', async () => {
    const uri = 'file:///line.txt';
    const wrong = '全年公开政府信息7025条，其中政务动态类信息1325条；其他类信息5780条。';
    const published = editor.nextDiagnostics(uri, (p) => p.version === 1);
    await editor.open(uri, `${wrong}\n${wrong}\n`, 'govreport', 1);
    const before = (await published).diagnostics.filter((d) => d.code === 'sum-mismatch');
    assert.deepEqual(before.map((d) => d.range.start), [{ line: 0, character: 8 }, { line: 1, character: 8 }]);
    const [first] = (await editor.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: before[1].range,
      context: { diagnostics: [before[1]] },
    })) as CodeAction[];
    assert.equal(first.title, '在本行停用规则 sum-mismatch');
    const [edit] = (first.edit?.documentChanges?.[0] as TextDocumentEdit).edits;
    assert.deepEqual(edit, { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, newText: '<!-- govreport-disable-next-line sum-mismatch -->\n' });
    const republished = editor.nextDiagnostics(uri, (p) => p.version === 2);
    await editor.edit(uri, 2, edit.range, edit.newText);
    const after = (await republished).diagnostics;
    assert.deepEqual(after.map((d) => [d.code, d.range.start]), [['sum-mismatch', { line: 0, character: 8 }]]);
  });

  test('survives garbage documents, megabyte-long lines and malformed messages', async () => {
    const garbage = Array.from({ length: 20_000 }, (_, i) => String.fromCharCode((i * 7919) % 0x10000)).join('');
    const surrogates = `政府信息公开年度报告\uD800\uDC00\uDFFF\uD83D${'（一）\n'.repeat(1000)}`;
    const position = { line: 0, character: 5 };
    for (const [uri, text, languageId] of [
      ['file:///garbage.govreport', garbage, 'govreport'],
      ['file:///surrogates.md', surrogates, 'markdown'],
    ]) {
      const published = editor.nextDiagnostics(uri);
      await editor.open(uri, text, languageId);
      await published;
      await editor.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
      await editor.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
      await editor.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
      await editor.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: { start: position, end: position },
        context: { diagnostics: [] },
      });
    }

    // Megabyte-long lines may take the core a long time: the server keeps answering meanwhile,
    // and closing the documents abandons their analyses.
    const longLine = `政府信息公开工作年度报告 共${'1234567890，其中12%；'.repeat(60_000)}`;
    await editor.open('file:///long.govreport', longLine, 'govreport');
    await editor.open('file:///long.txt', longLine, 'plaintext');
    await editor.edit('file:///long.txt', 2, { start: { line: 99, character: 99 }, end: { line: -1, character: 0 } }, '7');
    const symbols = await editor.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: 'file:///seed.txt' } });
    assert.ok(Array.isArray(symbols) && symbols.length > 0);
    await editor.close('file:///long.govreport');
    await editor.close('file:///long.txt');

    // Malformed traffic: a body that is not JSON, a request for an unknown document, a nonsense open.
    editor.process.stdin.write('Content-Length: 9\r\n\r\n{garbage}');
    await editor.connection.sendNotification('textDocument/didOpen', { nonsense: true });
    assert.equal(await editor.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri: 'file:///never-opened.txt' },
      position: { line: 0, character: 0 },
    }), null);

    const fresh = editor.nextDiagnostics('file:///a.govreport', (p) => p.version === 2);
    await editor.edit('file:///a.govreport', 2, { start: position, end: position }, '共3件');
    await fresh;
    assert.equal(editor.process.exitCode, null);
  });
});

describe('a large document open beside a small one', () => {
  let editor: EditorSession;
  before(async () => {
    editor = await EditorSession.start({ maxFileSize: 64 * 1024 * 1024 });
    await editor.initialize();
  });
  after(() => editor.stop());

  test('the small report is checked, and checked again after edits, while the large one is being analysed', async () => {
    const large = 'file:///large.govreport';
    const small = 'file:///small.txt';
    const largeChecked = editor.nextDiagnostics(large, (p) => p.version === 1, 60_000);
    await editor.open(large, seed.repeat(160), 'govreport');
    await editor.open(small, seed);
    await editor.nextDiagnostics(small, (p) => p.version === 1);
    for (let version = 2; version <= 4; version++) {
      const checked = editor.nextDiagnostics(small, (p) => p.version === version);
      await editor.edit(small, version, { start: { line: 2, character: 5 }, end: { line: 2, character: 5 } }, '字');
      await checked;
    }
    await largeChecked;
    const order = editor.published.map((p) => `${p.uri}@${p.version}`);
    assert.deepEqual(order, [1, 2, 3, 4].map((version) => `${small}@${version}`).concat(`${large}@1`));
  });
});

describe('malformed params', () => {
  let editor: EditorSession;
  before(async () => {
    editor = await EditorSession.start();
  });
  after(() => editor.stop());

  const uri = 'file:///well-formed.govreport';
  const position = { line: 0, character: 0 };
  const range = { start: position, end: position };
  const REQUESTS: Record<string, unknown[]> = {
    initialize: [{ processId: null }],
    [CHECK_DOCUMENT_METHOD]: [{ uri: 7 }],
    'textDocument/hover': [{ textDocument: { uri } }, { textDocument: { uri }, position: { line: -1, character: 0 } }],
    'textDocument/codeAction': [
      { textDocument: { uri }, range },
      { textDocument: { uri }, range, context: { diagnostics: [null] } },
      { textDocument: { uri }, range, context: { diagnostics: [], only: 'quickfix' } },
    ],
    'textDocument/documentSymbol': [{ textDocument: { uri: null } }],
    'textDocument/foldingRange': [{ uri }],
    'textDocument/willSaveWaitUntil': [{ textDocument: 'x' }],
  };
  const ANY_METHOD = [42, null, 'text', [], {}, { textDocument: 42 }];

  for (const [method, malformed] of Object.entries(REQUESTS)) {
    test(`${method} with malformed params answers InvalidParams, naming the method and what it expects`, async () => {
      for (const params of [...ANY_METHOD, ...malformed]) {
        const { error } = await editor.rawRequest(method, params);
        const what = `${method} with ${JSON.stringify(params)} → ${JSON.stringify(error)}`;
        assert.equal(error?.code, ErrorCodes.InvalidParams, what);
        assert.ok(error.message.includes(`${method}: expected {`), what);
      }
    });
  }

  test('malformed notifications are dropped without a failing handler; initialize and the rest work afterwards', async () => {
    const { capabilities } = await editor.initialize();
    assert.equal(capabilities.hoverProvider, true);
    const NOTIFICATIONS: Record<string, unknown[]> = {
      'textDocument/didOpen': [{ textDocument: { uri, languageId: 'govreport', version: '1', text: '' } }],
      'textDocument/didChange': [
        { textDocument: { uri, version: 2 }, contentChanges: [{ text: 5 }] },
        { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: position, end: { line: -1, character: 0 } }, text: '' }] },
      ],
      'textDocument/didClose': [],
      'textDocument/willSave': [],
      'textDocument/didSave': [],
      'workspace/didChangeConfiguration': [],
      '$/setTrace': [{ value: 3 }],
      '$/progress': [{ token: null, value: 1 }],
      '$/cancelRequest': [],
    };
    for (const [method, malformed] of Object.entries(NOTIFICATIONS)) {
      for (const params of [...ANY_METHOD, ...malformed]) await editor.rawNotify(method, params);
    }
    const published = editor.nextDiagnostics(uri, (p) => p.version === 1);
    await editor.open(uri, '合计7025条\n', 'govreport');
    await published;
    const symbols = await editor.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
    assert.ok(Array.isArray(symbols));
    assert.deepEqual(editor.logs.filter((log) => /failed/.test(log)), []);
  });
});

/** Change the settings and return the diagnostics next published for `uri`. */
async function settle(editor: EditorSession, uri: string, settings: Record<string, unknown>): Promise<Diagnostic[]> {
  const published = editor.nextDiagnostics(uri);
  await editor.changeSettings(settings);
  return (await published).diagnostics;
}

async function waitUntil(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
