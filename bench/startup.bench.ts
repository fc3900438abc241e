// Start-up of the extension's two processes, cold each time, as VS Code starts them:
//   npm run bench:startup                           (dist/, built minified as npm run package builds it)
//   node bench/run.mjs bench/startup.bench.ts DIST...  (other builds beside it, e.g. a checkout of main)
// - the client bundle (DIST/extension.js) loaded in a fresh Node process, `vscode` a stub: what the
//   extension host spends before activate() runs;
// - the language server (DIST/server.js) spawned over stdio: until it answers initialize, and until
//   the first diagnostics of the bundled sample report.
// Several folders are measured in turn, run by run, so that the machine's load weighs on each alike.
// Prints medians of RUNS runs; nothing here is a pass/fail assertion.
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  InitializeRequest,
  InitializedNotification,
  DidOpenTextDocumentNotification,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
  ConfigurationRequest,
  RegistrationRequest,
} from 'vscode-languageserver/node';
import { readSample } from '../test/lsp/editor';

const RUNS = Number(process.env.RUNS || 9);
const dists = (process.argv.slice(2).length ? process.argv.slice(2) : ['dist']).map((d) => resolve(d));

/** Names of the vscode API a bundle may read while it loads. */
const VSCODE_NAMES = ['env', 'window', 'workspace', 'commands', 'languages', 'extensions', 'l10n', 'version', 'Uri', 'EventEmitter', 'Disposable', 'Range', 'Position', 'Location',
  'Diagnostic', 'DiagnosticSeverity', 'DiagnosticTag', 'CodeAction', 'CodeActionKind', 'CompletionItem', 'Hover', 'MarkdownString', 'SnippetString', 'StatusBarAlignment', 'ProgressLocation',
  'CancellationTokenSource', 'CancellationError', 'FileSystemError', 'TextEdit', 'WorkspaceEdit', 'SymbolInformation', 'DocumentSymbol', 'CallHierarchyItem', 'TypeHierarchyItem', 'InlayHint',
  'InlineCompletionItem', 'SemanticTokens', 'SemanticTokensEdits', 'SemanticTokensLegend', 'FoldingRange', 'SelectionRange', 'ColorInformation', 'Color', 'ColorPresentation', 'DocumentLink',
  'CodeLens', 'SignatureHelp', 'SignatureInformation', 'ParameterInformation', 'LinkedEditingRanges', 'InlineValueText', 'InlineValueVariableLookup', 'InlineValueEvaluatableExpression',
  'NotebookCell', 'NotebookCellKind', 'NotebookRange', 'TextDocumentSaveReason', 'ConfigurationTarget', 'RelativePattern', 'FileType', 'TreeItem', 'ThemeIcon', 'ThemeColor', 'LogLevel'];

/** Milliseconds to require DIST/extension.js in a fresh process, `vscode` answered by a stub. */
function clientLoadMs(dist: string): number {
  const script = `
    const Module = require('module');
    const stub = new Proxy(function () {}, { get: (t, k) => (k === Symbol.toPrimitive ? () => '' : stub), apply: () => stub, construct: () => stub });
    // the bundle copies the module's own names (esbuild's __toESM): name what it may read at load time
    const names = ${JSON.stringify(VSCODE_NAMES)};
    const vscode = new Proxy({}, { get: () => stub, ownKeys: () => names, getOwnPropertyDescriptor: () => ({ configurable: true, enumerable: true, value: stub }) });
    const resolveFilename = Module._resolveFilename;
    Module._resolveFilename = function (request, ...rest) { return request === 'vscode' ? 'vscode' : resolveFilename.call(this, request, ...rest); };
    require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: vscode };
    const t = process.hrtime.bigint();
    require(${JSON.stringify(`${dist}/extension.js`)});
    process.stdout.write(String(Number(process.hrtime.bigint() - t) / 1e6));`;
  const { stdout, stderr } = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  const ms = Number(stdout);
  if (!Number.isFinite(ms) || stdout === '') throw new Error(`loading ${dist}/extension.js failed: ${stderr}`);
  return ms;
}

/** Milliseconds from spawning DIST/server.js to its initialize answer, and to the sample's first diagnostics. */
async function serverStartMs(dist: string): Promise<{ initialized: number; diagnosed: number }> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [`${dist}/server.js`, '--stdio'], { stdio: 'pipe' });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.onRequest(ConfigurationRequest.type, ({ items }) => items.map(() => ({})));
  connection.onRequest(RegistrationRequest.type, () => undefined);
  const uri = pathToFileURL(resolve('samples/synthetic-pre2019.txt')).href;
  const diagnosed = new Promise<number>((done) =>
    connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      if (p.uri === uri) done(performance.now() - t0);
    }),
  );
  connection.listen();
  await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } }, workspaceFolders: null });
  const initialized = performance.now() - t0;
  await connection.sendNotification(InitializedNotification.type, {});
  await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'plaintext', version: 1, text: readSample() } });
  const result = { initialized, diagnosed: await diagnosed };
  connection.dispose();
  child.kill();
  return result;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  const samples = new Map(dists.map((d) => [d, { client: [] as number[], initialized: [] as number[], diagnosed: [] as number[] }]));
  for (let run = 0; run < RUNS; run++) {
    for (const dist of dists) {
      const s = samples.get(dist)!;
      s.client.push(clientLoadMs(dist));
      const server = await serverStartMs(dist);
      s.initialized.push(server.initialized);
      s.diagnosed.push(server.diagnosed);
    }
  }
  for (const [dist, s] of samples) {
    console.log(
      `${dist}: extension.js loaded ${median(s.client).toFixed(0)} ms; server answers initialize ${median(s.initialized).toFixed(0)} ms, ` +
        `first diagnostics of the sample ${median(s.diagnosed).toFixed(0)} ms (medians of ${RUNS})`,
    );
  }
}

void main();
