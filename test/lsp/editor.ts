// A scripted editor for the protocol tests and the benchmark: spawns `node dist/server.js --stdio`
// and speaks JSON-RPC to it as an editor does (initialize, open/change documents, answer
// `workspace/configuration`, collect published diagnostics).
import { spawn, execFileSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import {
  ConfigurationRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializeRequest,
  InitializedNotification,
  Message,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  WorkDoneProgress,
  WorkDoneProgressCreateRequest,
  LogTraceNotification,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
  type ClientCapabilities,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
  type Registration,
  type ResponseMessage,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { STATUS_NOTIFICATION } from '../../server/src/lsp/protocol';

export const SERVER_BUNDLE = 'dist/server.js';

/** Build the bundles when `npm test` has not (a stale bundle is rebuilt by `npm test`). */
export function ensureServerBuilt(): void {
  if (!existsSync(SERVER_BUNDLE)) execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}

export const SEED_000 = '../shared/seeds/000_75db285d8e423f19.txt';
/** The project's own report with a planted error (needs nothing outside the repository). */
export const SAMPLE = 'samples/synthetic-pre2019.txt';

export function readSample(): string {
  return readFileSync(SAMPLE, 'utf8');
}

const CAPABILITIES: ClientCapabilities = {
  window: { workDoneProgress: true },
  workspace: {
    configuration: true,
    didChangeConfiguration: { dynamicRegistration: true },
    workspaceEdit: { documentChanges: true },
  },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    codeAction: {
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
      isPreferredSupport: true,
      dataSupport: true,
    },
    foldingRange: {},
  },
};

/** A publishDiagnostics as received, with its arrival time (performance.now()). */
export type Published = PublishDiagnosticsParams & { at: number };

interface Waiter {
  uri: string;
  accept: (params: PublishDiagnosticsParams) => boolean;
  resolve: (published: Published) => void;
}

export class EditorSession {
  /** The `govreport` settings section this editor answers `workspace/configuration` with. */
  settings: Record<string, unknown> = {};
  readonly registrations: Registration[] = [];
  readonly logs: string[] = [];
  /** Every publishDiagnostics, in arrival order. */
  readonly published: Published[] = [];
  /** The server's `$/progress` (per token), `$/logTrace` and `govreport/status` notifications, in arrival order. */
  readonly notifications: { method: string; params: any }[] = [];
  /** The tokens of the work-done progress the server created. */
  readonly progressTokens: (string | number)[] = [];
  private readonly waiters = new Set<Waiter>();
  /** Answers awaited by `rawRequest`, by id. */
  private readonly rawAnswers = new Map<string, (response: ResponseMessage) => void>();
  private rawRequests = 0;
  readonly connection: ProtocolConnection;
  private readonly writer: StreamMessageWriter;

  private constructor(readonly process: ChildProcessWithoutNullStreams) {
    this.writer = new StreamMessageWriter(process.stdin);
    this.connection = createProtocolConnection(new StreamMessageReader(process.stdout), this.writer, undefined, {
      messageStrategy: {
        handleMessage: (message, next) => {
          const answer = Message.isResponse(message) && this.rawAnswers.get(String(message.id));
          return answer ? answer(message) : next(message);
        },
      },
    });
  }

  static async start(settings: Record<string, unknown> = {}): Promise<EditorSession> {
    ensureServerBuilt();
    const child = spawn(process.execPath, [SERVER_BUNDLE, '--stdio'], { stdio: 'pipe' });
    const session = new EditorSession(child);
    const { connection } = session;
    session.settings = settings;
    child.stderr.on('data', (chunk: Buffer) => session.logs.push(chunk.toString()));
    connection.onRequest(ConfigurationRequest.type, ({ items }) => items.map(() => session.settings));
    connection.onRequest(RegistrationRequest.type, ({ registrations }) => {
      session.registrations.push(...registrations);
    });
    connection.onNotification('window/logMessage', ({ message }: { message: string }) => {
      session.logs.push(message);
    });
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => session.onPublish(params));
    connection.onRequest(WorkDoneProgressCreateRequest.type, ({ token }) => {
      session.progressTokens.push(token);
      connection.onProgress(WorkDoneProgress.type, token, (value) => {
        session.notifications.push({ method: '$/progress', params: { token, value } });
      });
    });
    for (const method of [STATUS_NOTIFICATION, LogTraceNotification.type.method]) {
      connection.onNotification(method, (params: unknown) => {
        session.notifications.push({ method, params });
      });
    }
    connection.listen();
    return session;
  }

  /** `locale`: the editor's display language, as VS Code sends it (`en`, `zh-cn`). */
  async initialize(capabilities: ClientCapabilities = CAPABILITIES, locale?: string): Promise<InitializeResult> {
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      locale,
      rootUri: null,
      capabilities,
      workspaceFolders: null,
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
    return result;
  }

  private onPublish(params: PublishDiagnosticsParams): void {
    const published = { ...params, at: performance.now() };
    this.published.push(published);
    for (const waiter of this.waiters) {
      if (waiter.uri === params.uri && waiter.accept(params)) {
        this.waiters.delete(waiter);
        waiter.resolve(published);
      }
    }
  }

  /** The next publishDiagnostics for `uri` (arriving after this call) that `accept`s. */
  nextDiagnostics(
    uri: string,
    accept: (params: PublishDiagnosticsParams) => boolean = () => true,
    timeoutMs = 15_000,
  ): Promise<Published> {
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        uri,
        accept,
        resolve: (published) => {
          clearTimeout(timer);
          resolve(published);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms\n${this.logs.join('\n')}`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  /** The first recorded notification (see `notifications`) of `method` that `accept`s, waiting for it to come. */
  async nextNotification(method: string, accept: (params: any) => boolean = () => true, timeoutMs = 15_000): Promise<any> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.notifications.find((n) => n.method === method && accept(n.params));
      if (found) return found.params;
      if (Date.now() > deadline) throw new Error(`no ${method} within ${timeoutMs} ms; got ${JSON.stringify(this.notifications.map((n) => n.method))}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  open(uri: string, text: string, languageId = 'plaintext', version = 1): Promise<void> {
    return this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId, version, text },
    });
  }

  /** An incremental edit: replace `range` with `text`. */
  edit(uri: string, version: number, range: Range, text: string): Promise<void> {
    return this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ range, text }],
    });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** Change the settings as a user would: the server is told, then pulls them again. */
  changeSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    return this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  }

  /** A request with any params, even those the typed API refuses to send (42, null); its response as received. */
  rawRequest(method: string, params: unknown): Promise<ResponseMessage> {
    const id = `raw-${++this.rawRequests}`;
    return new Promise((resolve) => {
      this.rawAnswers.set(id, (response) => {
        this.rawAnswers.delete(id);
        resolve(response);
      });
      void this.writer.write({ jsonrpc: '2.0', id, method, params } as Message);
    });
  }

  /** A notification with any params. */
  rawNotify(method: string, params: unknown): Promise<void> {
    return this.writer.write({ jsonrpc: '2.0', method, params } as Message);
  }

  /** Resident memory of the server process in bytes (Linux /proc). */
  serverRss(): number {
    const status = readFileSync(`/proc/${this.process.pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) * 1024;
  }

  async stop(): Promise<void> {
    if (this.process.exitCode !== null || this.process.signalCode !== null) return this.connection.dispose();
    const exited = new Promise((resolve) => this.process.once('exit', resolve));
    try {
      await Promise.race([this.connection.sendRequest(ShutdownRequest.type), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification(ExitNotification.type);
    } finally {
      const timer = setTimeout(() => this.process.kill(), 2000);
      await exited;
      clearTimeout(timer);
      this.connection.dispose();
    }
  }
}

/** The range of the `occurrence`-th (0-based) `needle` in the document. */
export function rangeOfText(document: TextDocument, needle: string, occurrence = 0): Range {
  let offset = -1;
  for (let i = 0; i <= occurrence; i++) {
    offset = document.getText().indexOf(needle, offset + 1);
    if (offset < 0) throw new Error(`${needle} not found`);
  }
  return { start: document.positionAt(offset), end: document.positionAt(offset + needle.length) };
}
