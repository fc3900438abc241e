// The protocol side of the language server. It only translates: documents and settings in, the
// core's Report out as diagnostics, code actions, hovers, symbols and folding ranges.
import {
  DidChangeConfigurationNotification,
  FileChangeType,
  LSPErrorCodes,
  ProposedFeatures,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  createConnection,
  CodeActionKind,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { version } from '../../../package.json';
import type { Report } from '../core/types';
import { ruleDocsUrl } from '../io/ruleDocs';
import { AnalysisLanes } from './analysisLanes';
import { carryOutline, type Replacement } from './carry';
import { DocumentChecks, type CheckOutcome } from './checks';
import { codeActions, type EditStyle } from './codeActions';
import { diagnosticsOf } from './diagnostics';
import { hoverAt } from './hover';
import { INVALID_PARAMS_METHOD, answerInvalidParams, checkingParams } from './params';
import { checkBinary } from './binaryDocuments';
import {
  CHECK_BINARY_METHOD,
  CHECK_DOCUMENT_METHOD,
  CHECK_WORKSPACE_METHOD,
  FIX_ALL_KIND,
  SETTINGS_SECTION,
  STATUS_NOTIFICATION,
  type CheckBinaryParams,
  type CheckBinaryResult,
  type CheckDocumentParams,
  type CheckWorkspaceParams,
  type CheckWorkspaceResult,
  type DocumentStatus,
} from './protocol';
import { DebouncedRuns, debounceDelay } from './scheduler';
import { ProjectSettings } from './projectSettings';
import { analyzeOptions, SettingsStore } from './settings';
import { documentSymbols, foldingRanges } from './symbols';
import { WorkspaceCheck } from './workspaceCheck';

/** An analysis that takes longer is abandoned (the document gets one information diagnostic). */
const ANALYSIS_TIME_LIMIT_MS = 10_000;

/** What the status bar says of a document, from the outcome of its check. */
function statusOf(uri: string, outcome: CheckOutcome): DocumentStatus {
  if (outcome.kind === 'ignored') return { uri, state: 'ignored', template: null };
  if (outcome.kind !== 'checked' || !outcome.report) return { uri, state: 'notChecked', template: null };
  return { uri, state: 'checked', template: outcome.report.template };
}

/** One line of the trace (`govreport.trace.server`) per check. */
function traceOf(uri: string, version: number, outcome: CheckOutcome, ms: number): string {
  const what = outcome.kind === 'checked' ? (outcome.report ? `${outcome.report.findings.length} 个问题 (findings)` : '分析失败 (failed)') : outcome.kind;
  return `检查 (checked) ${uri}@${version}: ${what}, ${Math.round(ms)} ms`;
}

/** `workerScript`: the file to run analyses in (it must call `serveAnalyses()` in a worker thread). */
export function startLanguageServer(workerScript: string): void {
  const logError = (message: string) => connection.console.error(message);
  const connection = createConnection(ProposedFeatures.all, { messageStrategy: checkingParams(logError) });
  const editorSettings = new SettingsStore(logError);
  const settings = new ProjectSettings(editorSettings, (uri, diagnostics) => connection.sendDiagnostics({ uri, diagnostics }));
  const lanes = new AnalysisLanes(workerScript, ANALYSIS_TIME_LIMIT_MS);
  const checks = new DocumentChecks(lanes, logError);
  const docsBase = ruleDocsUrl();
  const documents = new TextDocuments<TextDocument>({
    create: TextDocument.create,
    update: (document, changes, version) => checks.update(document, changes, version),
  });
  const runs = new DebouncedRuns((uri) => {
    refresh(uri).catch((error: unknown) => logError(`发布诊断失败 (publishing failed) ${uri}: ${String(error)}`));
  });
  /** Documents whose last published diagnostics may be non-empty. */
  const published = new Set<string>();
  const editStyle: EditStyle = { versioned: false };
  let registerForConfigurationChanges = false;
  const workspace = new WorkspaceCheck({
    analyses: lanes,
    settingsFor: (uri) => settings.for(uri),
    isOpen: (uri) => documents.get(uri) !== undefined,
    checkBinary: (uri, options) => checkBinary(uri, options, workerScript, ANALYSIS_TIME_LIMIT_MS, docsBase),
    publish: (uri, diagnostics) => connection.sendDiagnostics({ uri, diagnostics }),
    trace: (message) => connection.tracer.log(message),
    docsBase,
  });

  connection.onInitialize((params): InitializeResult => {
    const workspace = params.capabilities.workspace;
    if (workspace?.configuration) {
      editorSettings.pullWith((uri) => connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION }));
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
    connection.tracer.log(traceOf(uri, version, outcome, checks.lastAnalysisMs(uri)));
    void connection.sendNotification(STATUS_NOTIFICATION, statusOf(uri, outcome));
    const diagnostics = diagnosticsOf(document, outcome, docsBase);
    // findings the workspace check published from disk go too when the open text is not checked
    const fromWorkspace = workspace.handOver(uri);
    if (diagnostics === null && !published.has(uri) && !fromWorkspace) return;
    if (diagnostics === null) published.delete(uri);
    else published.add(uri);
    connection.sendDiagnostics({ uri, version, diagnostics: diagnostics ?? [] });
  }

  /**
   * What outline, folding and hover requests are answered from: once the analysis of the version
   * asked about is done (or superseded), the latest completed analysis of the document, its spans
   * carried over the edits received since. Carrying keeps the Outline and the folding markers in
   * place while the user types, where ContentModified would blink as `[]` does: VS Code's client
   * turns it into no answer (null). Only a document none of whose analyses has completed yet is
   * answered ContentModified.
   */
  async function latestReport(uri: string): Promise<{ document: TextDocument; report: Report; edits: Replacement[] } | undefined> {
    const document = documents.get(uri);
    if (!document) return undefined;
    await checks.check(document, await settings.for(uri));
    if (documents.get(uri) !== document) return undefined;
    const latest = checks.latest(document);
    if (!latest) throw new ResponseError(LSPErrorCodes.ContentModified, 'the document changed before its first analysis completed');
    const { outcome, edits } = latest;
    return outcome.kind === 'checked' && outcome.report ? { document, report: outcome.report, edits } : undefined;
  }

  documents.onDidChangeContent(({ document }) => runs.schedule(document.uri, debounceDelay(checks.lastAnalysisMs(document.uri))));

  documents.onDidClose(({ document }) => {
    const { uri } = document;
    runs.cancel(uri);
    checks.forget(uri);
    editorSettings.forget(uri);
    const hadDiagnostics = published.delete(uri);
    // a file of the workspace check shows its findings on disk again, else its diagnostics go
    if (workspace.includes(uri)) void workspace.recheck(uri).catch((error: unknown) => logError(`工作区检查失败 (workspace check failed) ${uri}: ${String(error)}`));
    else if (hadDiagnostics) connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  connection.onDidChangeConfiguration(({ settings: pushed }) => {
    editorSettings.changed((pushed as Record<string, unknown> | null)?.[SETTINGS_SECTION]);
    checks.clearOutcomes();
    for (const document of documents.all()) runs.schedule(document.uri, 0);
  });

  // a configuration file changed (the client watches `.govreportrc.json` and `govreport.config.json`)
  connection.onDidChangeWatchedFiles(({ changes }) => {
    settings.changed(changes.filter((c) => c.type !== FileChangeType.Deleted).map((c) => c.uri));
    checks.clearOutcomes();
    for (const document of documents.all()) runs.schedule(document.uri, 0);
  });

  connection.onRequest(CHECK_DOCUMENT_METHOD, async ({ uri }: CheckDocumentParams) => {
    checks.force(uri);
    runs.cancel(uri);
    await refresh(uri);
  });

  connection.onRequest(CHECK_WORKSPACE_METHOD, async ({ uris }: CheckWorkspaceParams, token): Promise<CheckWorkspaceResult> => {
    const progress = await connection.window.createWorkDoneProgress();
    progress.begin('GovReport：检查工作区中的年报 (checking the workspace)', 0, `0/${uris.length}`, true);
    try {
      return await workspace.checkAll(uris, {
        report: (done, total, uri) => progress.report(Math.floor((100 * done) / total), `${done}/${total} ${decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1))}`),
        cancelled: () => token.isCancellationRequested || progress.token.isCancellationRequested,
      });
    } finally {
      progress.done();
    }
  });

  connection.onRequest(CHECK_BINARY_METHOD, async ({ uri }: CheckBinaryParams): Promise<CheckBinaryResult> => {
    const { result, diagnostics } = await checkBinary(uri, analyzeOptions(await settings.for(uri)), workerScript, ANALYSIS_TIME_LIMIT_MS, docsBase);
    if (!('error' in result)) connection.sendDiagnostics({ uri: result.extractedUri, diagnostics });
    return result;
  });

  // Edits are computed on the version the request was made for, never carried: when the document
  // changes meanwhile, the editor is told to ask again.
  connection.onCodeAction(async ({ textDocument: { uri }, context }) => {
    const document = documents.get(uri);
    if (!document) return [];
    const version = document.version;
    const outcome = await checks.check(document, await settings.for(uri));
    if (!outcome || !isCurrent(uri, document, version)) {
      throw new ResponseError(LSPErrorCodes.ContentModified, 'the document changed while its code actions were computed');
    }
    return codeActions(document, context, outcome.kind === 'checked' ? outcome.report ?? undefined : undefined, editStyle);
  });

  connection.onHover(async ({ textDocument, position }) => {
    const latest = await latestReport(textDocument.uri);
    return latest ? hoverAt(latest.document, latest.report, position, latest.edits) : null;
  });

  connection.onDocumentSymbol(async ({ textDocument }) => {
    const latest = await latestReport(textDocument.uri);
    return latest ? documentSymbols(latest.document, carryOutline(latest.report.outline, latest.edits)) : [];
  });

  connection.onFoldingRanges(async ({ textDocument }) => {
    const latest = await latestReport(textDocument.uri);
    return latest ? foldingRanges(latest.document, carryOutline(latest.report.outline, latest.edits)) : [];
  });

  connection.onRequest(INVALID_PARAMS_METHOD, answerInvalidParams);

  documents.listen(connection);
  connection.listen();
}
