// The protocol side of the language server. It only translates: documents and settings in, the
// core's Report out as diagnostics, code actions, hovers, symbols and folding ranges.
import {
  DidChangeConfigurationNotification,
  FileChangeType,
  LSPErrorCodes,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  CodeActionKind,
  type InitializeResult,
  type Connection,
  type ConnectionOptions,
  type Diagnostic,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { version } from '../../../package.json';
import { isRecognisedReport } from '../core/detect';
import { DEFAULT_LOCALE, localeOf, translator } from '../core/messages/translate';
import type { AnalyzeOptions, Report } from '../core/types';
import type { AnalysisLanes } from './analysisLanes';
import type { BinaryCheck } from './binaryDocuments';
import { carryOutline, type Replacement } from './carry';
import { DocumentChecks, type CheckOutcome } from './checks';
import type { CrossYearNeighbours } from './crossYear';
import { codeActions, type EditStyle } from './codeActions';
import { diagnosticsOf } from './diagnostics';
import { hoverAt } from './hover';
import { INVALID_PARAMS_METHOD, answerInvalidParams, checkingParams } from './params';
import {
  CHECK_BINARY_METHOD,
  CHECK_DOCUMENT_METHOD,
  CHECK_WORKSPACE_METHOD,
  EXTRACTED_SCHEME,
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
import type { ProjectSettings } from './projectSettings';
import { analyzeOptions, SettingsStore } from './settings';
import { documentSymbols, foldingRanges } from './symbols';
import type { WorkspaceCheck, WorkspaceCheckDeps } from './workspaceCheck';

/** An analysis that takes longer is abandoned (the document gets one information diagnostic). */
export const ANALYSIS_TIME_LIMIT_MS = 10_000;
/** How many checked PDF and Word files keep their Report for the hovers and outline of their view. */
const KEPT_EXTRACTED = 20;

/** What differs between the server in Node (main.ts) and in a browser worker (browserMain.ts). */
export interface ServerHost {
  /** The connection to the editor, with these options. */
  connect(options: ConnectionOptions): Connection;
  /** Where analyses run: worker threads in Node, the server's own worker in a browser. */
  analyses: Pick<AnalysisLanes, 'analyze' | 'cancel'>;
  /** A PDF or Word file `uri`, checked: its findings as diagnostics of its extracted text. */
  checkBinary(uri: string, options: AnalyzeOptions): Promise<BinaryCheck>;
  /** Each document's settings: the editor's over its project's configuration file (Node), or the editor's alone (browser). */
  projectSettings(editor: SettingsStore, publish: (uri: string, diagnostics: Diagnostic[]) => void): Pick<ProjectSettings, 'for' | 'changed'>;
  /** The same body's report of the year before, read from disk (Node only): the findings across years. */
  neighbours?: Pick<CrossYearNeighbours, 'diagnostics'>;
  /** Where the rule documentation is (`file:///…/docs/rules/`), for the diagnostics' code links; none when not bundled. */
  docsBase?: string;
  /** The whole workspace checked from disk (Node only). */
  workspaceCheck?: (deps: WorkspaceCheckDeps) => WorkspaceCheck;
}

/** What the status bar says of a document, from the outcome of its check. */
function statusOf(uri: string, outcome: CheckOutcome): DocumentStatus {
  if (outcome.kind === 'ignored') return { uri, state: 'ignored', template: null, recognised: false };
  if (outcome.kind !== 'checked' || !outcome.report) return { uri, state: 'notChecked', template: null, recognised: false };
  return { uri, state: 'checked', template: outcome.report.template, recognised: isRecognisedReport(outcome.report) };
}

/** One line of the trace (`govreport.trace.server`) per check. */
function traceOf(uri: string, version: number, outcome: CheckOutcome, ms: number): string {
  const what = outcome.kind === 'checked' ? (outcome.report ? `${outcome.report.findings.length} 个问题 (findings)` : '分析失败 (failed)') : outcome.kind;
  return `检查 (checked) ${uri}@${version}: ${what}, ${Math.round(ms)} ms`;
}

export function startLanguageServer(host: ServerHost): void {
  const logError = (message: string) => connection.console.error(message);
  const connection = host.connect({ messageStrategy: checkingParams(logError) });
  const editorSettings = new SettingsStore(logError);
  const settings = host.projectSettings(editorSettings, (uri, diagnostics) => connection.sendDiagnostics({ uri, diagnostics }));
  const checks = new DocumentChecks(host.analyses, logError);
  const { docsBase } = host;
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
  /**
   * The Reports of the PDF and Word files checked (on request or by the workspace check), by the URI of
   * the view of their extracted text (the latest few): its hovers and outline are answered from them.
   * The view's text is never analysed as a text report (its tables are the file's grids, which its text
   * alone does not give).
   */
  const extracted = new Map<string, { document: TextDocument; report: Report }>();
  const isExtracted = (uri: string) => uri.startsWith(`${EXTRACTED_SCHEME}:`);

  /** Checks a PDF or Word file, keeping its Report for the view of its extracted text. */
  async function checkBinary(uri: string, options: AnalyzeOptions): Promise<BinaryCheck> {
    const checked = await host.checkBinary(uri, options);
    if (!('error' in checked.result) && checked.report) {
      const view = checked.result.extractedUri;
      extracted.delete(view);
      extracted.set(view, { document: TextDocument.create(view, 'plaintext', 0, checked.result.text), report: checked.report });
      for (const oldest of extracted.keys()) if (extracted.size > KEPT_EXTRACTED) extracted.delete(oldest);
    }
    return checked;
  }

  const workspace = host.workspaceCheck?.({
    analyses: host.analyses,
    settingsFor: (uri) => settings.for(uri),
    isOpen: (uri) => documents.get(uri) !== undefined,
    checkBinary,
    publish: (uri, diagnostics) => connection.sendDiagnostics({ uri, diagnostics }),
    trace: (message) => connection.tracer.log(message),
    docsBase,
  });

  connection.onInitialize((params): InitializeResult => {
    editorSettings.useClientLocale(localeOf(params.locale));
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
    if (!document || isExtracted(uri)) return;
    const version = document.version;
    const documentSettings = await settings.for(uri);
    if (!isCurrent(uri, document, version)) return;
    const outcome = await checks.check(document, documentSettings);
    if (!outcome || !isCurrent(uri, document, version)) return;
    connection.tracer.log(traceOf(uri, version, outcome, checks.lastAnalysisMs(uri)));
    void connection.sendNotification(STATUS_NOTIFICATION, statusOf(uri, outcome));
    const own = diagnosticsOf(document, outcome, documentSettings.locale, docsBase);
    const report = outcome.kind === 'checked' ? outcome.report : null;
    const acrossYears = report && own && host.neighbours ? await host.neighbours.diagnostics(document, report, analyzeOptions(documentSettings), documentSettings.maxFileSize).catch((error: unknown) => {
      logError(`跨年度核对失败 (checks across years failed) ${uri}: ${String(error)}`);
      return [];
    }) : [];
    if (!isCurrent(uri, document, version)) return;
    const diagnostics = own && [...own, ...acrossYears];
    // findings the workspace check published from disk go too when the open text is not checked
    const fromWorkspace = workspace?.handOver(uri) ?? false;
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
    if (isExtracted(uri)) {
      const kept = extracted.get(uri);
      return kept && { ...kept, edits: [] };
    }
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
    if (workspace?.includes(uri)) void workspace.recheck(uri).catch((error: unknown) => logError(`工作区检查失败 (workspace check failed) ${uri}: ${String(error)}`));
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
    // the workspace's language: that of its first file's settings
    const t = translator(uris.length > 0 ? (await settings.for(uris[0])).locale : DEFAULT_LOCALE);
    if (!workspace) throw new ResponseError(LSPErrorCodes.RequestFailed, t('lsp.workspaceUnavailable'));
    const progress = await connection.window.createWorkDoneProgress();
    progress.begin(t('lsp.workspaceProgress'), 0, `0/${uris.length}`, true);
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
    const { result, diagnostics } = await checkBinary(uri, analyzeOptions(await settings.for(uri)));
    if (!('error' in result)) connection.sendDiagnostics({ uri: result.extractedUri, diagnostics });
    return result;
  });

  // Edits are computed on the version the request was made for, never carried: when the document
  // changes meanwhile, the editor is told to ask again.
  connection.onCodeAction(async ({ textDocument: { uri }, context }) => {
    const document = documents.get(uri);
    if (!document || isExtracted(uri)) return []; // a PDF or Word file is not edited
    const version = document.version;
    const documentSettings = await settings.for(uri);
    const outcome = await checks.check(document, documentSettings);
    if (!outcome || !isCurrent(uri, document, version)) {
      throw new ResponseError(LSPErrorCodes.ContentModified, 'the document changed while its code actions were computed');
    }
    const report = outcome.kind === 'checked' ? outcome.report ?? undefined : undefined;
    return codeActions(document, context, report, editStyle, translator(documentSettings.locale));
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
