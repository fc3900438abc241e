// The protocol side of the language server. It only translates: documents and settings in, the
// core's Report out as diagnostics, code actions, hovers, symbols and folding ranges.
import {
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  createConnection,
  CodeActionKind,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { version } from '../../../package.json';
import type { Report } from '../core/types';
import { AnalysisLanes } from './analysisLanes';
import { DocumentChecks } from './checks';
import { codeActions, type EditStyle } from './codeActions';
import { diagnosticsOf } from './diagnostics';
import { hoverAt } from './hover';
import { INVALID_PARAMS_METHOD, answerInvalidParams, checkingParams } from './params';
import { CHECK_DOCUMENT_METHOD, FIX_ALL_KIND, SETTINGS_SECTION, type CheckDocumentParams } from './protocol';
import { DebouncedRuns, debounceDelay } from './scheduler';
import { SettingsStore } from './settings';
import { documentSymbols, foldingRanges } from './symbols';

/** An analysis that takes longer is abandoned (the document gets one information diagnostic). */
const ANALYSIS_TIME_LIMIT_MS = 10_000;

/** `workerScript`: the file to run analyses in (it must call `serveAnalyses()` in a worker thread). */
export function startLanguageServer(workerScript: string): void {
  const logError = (message: string) => connection.console.error(message);
  const connection = createConnection(ProposedFeatures.all, { messageStrategy: checkingParams(logError) });
  const documents = new TextDocuments(TextDocument);
  const settings = new SettingsStore(logError);
  const checks = new DocumentChecks(new AnalysisLanes(workerScript, ANALYSIS_TIME_LIMIT_MS), logError);
  const runs = new DebouncedRuns((uri) => {
    refresh(uri).catch((error: unknown) => logError(`发布诊断失败 (publishing failed) ${uri}: ${String(error)}`));
  });
  /** Documents whose last published diagnostics may be non-empty. */
  const published = new Set<string>();
  const editStyle: EditStyle = { versioned: false };
  let registerForConfigurationChanges = false;

  connection.onInitialize((params): InitializeResult => {
    const workspace = params.capabilities.workspace;
    if (workspace?.configuration) {
      settings.pullWith((uri) => connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION }));
    }
    registerForConfigurationChanges = workspace?.didChangeConfiguration?.dynamicRegistration === true;
    editStyle.versioned = workspace?.workspaceEdit?.documentChanges === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        documentSymbolProvider: { label: 'GovReport' },
        foldingRangeProvider: true,
      },
      serverInfo: { name: 'govreport', version },
    };
  });

  connection.onInitialized(() => {
    if (registerForConfigurationChanges) {
      connection.client
        .register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION })
        .catch((error: unknown) => logError(`注册设置变更通知失败 (registration failed): ${String(error)}`));
    }
  });

  /** Whether `document` is still the open document `uri` at `version`. */
  const isCurrent = (uri: string, document: TextDocument, version: number) =>
    documents.get(uri) === document && document.version === version;

  /** Check the latest version of a document and publish its diagnostics, unless an edit overtook it. */
  async function refresh(uri: string): Promise<void> {
    const document = documents.get(uri);
    if (!document) return;
    const version = document.version;
    const documentSettings = await settings.for(uri);
    if (!isCurrent(uri, document, version)) return;
    const outcome = await checks.check(document, documentSettings);
    if (!outcome || !isCurrent(uri, document, version)) return;
    const diagnostics = diagnosticsOf(document, outcome);
    if (diagnostics === null && !published.has(uri)) return;
    if (diagnostics === null) published.delete(uri);
    else published.add(uri);
    connection.sendDiagnostics({ uri, version, diagnostics: diagnostics ?? [] });
  }

  /** The report of the document's current version, unless the document changed while it was computed. */
  async function reportOf(uri: string): Promise<{ document: TextDocument; report: Report } | undefined> {
    const document = documents.get(uri);
    if (!document) return undefined;
    const version = document.version;
    const outcome = await checks.check(document, await settings.for(uri));
    if (outcome?.kind !== 'checked' || !outcome.report || !isCurrent(uri, document, version)) return undefined;
    return { document, report: outcome.report };
  }

  documents.onDidChangeContent(({ document }) => runs.schedule(document.uri, debounceDelay(checks.lastAnalysisMs(document.uri))));

  documents.onDidClose(({ document }) => {
    const { uri } = document;
    runs.cancel(uri);
    checks.forget(uri);
    settings.forget(uri);
    if (published.delete(uri)) connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  connection.onDidChangeConfiguration(({ settings: pushed }) => {
    settings.changed((pushed as Record<string, unknown> | null)?.[SETTINGS_SECTION]);
    checks.clearOutcomes();
    for (const document of documents.all()) runs.schedule(document.uri, 0);
  });

  connection.onRequest(CHECK_DOCUMENT_METHOD, async ({ uri }: CheckDocumentParams) => {
    checks.force(uri);
    runs.cancel(uri);
    await refresh(uri);
  });

  connection.onCodeAction(async ({ textDocument, context }) => {
    const report = (await reportOf(textDocument.uri))?.report;
    const document = documents.get(textDocument.uri);
    return document ? codeActions(document, context, report, editStyle) : [];
  });

  connection.onHover(async ({ textDocument, position }) => {
    const checked = await reportOf(textDocument.uri);
    return checked ? hoverAt(checked.document, checked.report, position) : null;
  });

  connection.onDocumentSymbol(async ({ textDocument }) => {
    const checked = await reportOf(textDocument.uri);
    return checked ? documentSymbols(checked.document, checked.report.outline) : [];
  });

  connection.onFoldingRanges(async ({ textDocument }) => {
    const checked = await reportOf(textDocument.uri);
    return checked ? foldingRanges(checked.document, checked.report.outline) : [];
  });

  connection.onRequest(INVALID_PARAMS_METHOD, answerInvalidParams);

  documents.listen(connection);
  connection.listen();
}
