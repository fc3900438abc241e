// The web extension's language server as built for a browser (dist/web/server.js) answers an editor
// over worker messages: initialize, diagnostics in the editor's language, hover, code actions, and
// PDF/Word files declined with a message. It runs in workerScope.cjs, a worker thread without Node's
// globals; the same bundle was checked by hand in Chromium's Web Worker and in code-server (README).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { Worker } from 'node:worker_threads';
import {
  PortMessageReader,
  PortMessageWriter,
  createProtocolConnection,
  CodeActionRequest,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  HoverRequest,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  type CodeAction,
  type ProtocolConnection,
  type MarkupContent,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver/node';
import { CHECK_BINARY_METHOD, type CheckBinaryResult } from '../../server/src/lsp/protocol';
import { readSample } from '../lsp/editor';

const WEB_SERVER = 'dist/web/server.js';
const URI = 'file:///sample.txt';

describe('the language server built for a browser worker', () => {
  let worker: Worker;
  let connection: ProtocolConnection;
  const published: PublishDiagnosticsParams[] = [];
  const next = (accept: (p: PublishDiagnosticsParams) => boolean) =>
    new Promise<PublishDiagnosticsParams>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no diagnostics within 15 s')), 15_000);
      const poll = setInterval(() => {
        const found = published.find(accept);
        if (found) {
          clearInterval(poll);
          clearTimeout(timer);
          resolve(found);
        }
      }, 5);
    });

  before(() => {
    // `npm test` builds first; a single test file run builds when the bundle is missing
    if (!existsSync(WEB_SERVER)) execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
    worker = new Worker('./test/web/workerScope.cjs', { workerData: { script: WEB_SERVER } });
    connection = createProtocolConnection(new PortMessageReader(worker), new PortMessageWriter(worker));
    connection.onNotification(PublishDiagnosticsNotification.type, (p: PublishDiagnosticsParams) => {
      published.push(p);
    });
    connection.onRequest('workspace/configuration', ({ items }: { items: unknown[] }) => items.map(() => ({})));
    connection.listen();
  });
  after(async () => {
    connection.dispose();
    await worker.terminate();
  });

  test('answers initialize with its capabilities', async () => {
    const { capabilities, serverInfo } = await connection.sendRequest(InitializeRequest.type, {
      processId: null,
      rootUri: null,
      locale: 'en',
      capabilities: { workspace: { configuration: true } },
    });
    await connection.sendNotification(InitializedNotification.type, {});
    assert.equal(serverInfo?.name, 'govreport');
    assert.equal(capabilities.hoverProvider, true);
    assert.ok(capabilities.codeActionProvider);
  });

  test('publishes the diagnostics of a report, in the editor language, and again after an edit', async () => {
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: URI, languageId: 'plaintext', version: 1, text: readSample() } });
    const first = await next((p) => p.uri === URI && p.version === 1);
    assert.deepEqual(first.diagnostics.map((d) => [d.code, d.message]), [['sum-mismatch', 'Total 464 ≠ 177+81+24+192 = 474 (off by 10)']]);

    const { range } = first.diagnostics[0];
    const actions = (await connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: URI }, range, context: { diagnostics: first.diagnostics, only: ['quickfix'] } })) as CodeAction[];
    assert.ok(actions.some((a) => a.title === 'Change 464 to 474'), actions.map((a) => a.title).join(', '));
    const hover = await connection.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: range.start });
    assert.match((hover?.contents as MarkupContent).value, /^\*\*Sum check\*\*: .* 464 ≠ 177\+81\+24\+192 = 474/);

    await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: URI, version: 2 }, contentChanges: [{ range, text: '474' }] });
    assert.deepEqual((await next((p) => p.uri === URI && p.version === 2)).diagnostics, []);
  });

  test('declines PDF and Word files, saying why', async () => {
    const result = await connection.sendRequest<CheckBinaryResult>(CHECK_BINARY_METHOD, { uri: 'file:///report.pdf' });
    assert.ok('error' in result);
    assert.match(result.error, /PDF and Word files cannot be read here/);
  });
});
