// The commands: check the current file (even one that does not look like a report), check a PDF or
// Word file (its extracted text shown read-only, the findings on it), check the whole workspace, fix
// all auto-fixable problems in the current file, list the rules with their documentation (or show
// one rule's page, from a diagnostic's rule link), and restart the language server.
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { RULE_METAS } from '../../server/src/core/rules/meta';
import {
  CHECK_BINARY_METHOD,
  CHECK_DOCUMENT_METHOD,
  EXTRACTED_SCHEME,
  FIX_ALL_KIND,
  LANGUAGE_ID,
  sourceOfExtracted,
  type CheckBinaryParams,
  type CheckBinaryResult,
  type CheckDocumentParams,
} from '../../server/src/lsp/protocol';
import { inEnglish, messages } from './messages';
import { SHOW_RULES_COMMAND } from './ruleLinks';
import { CHECK_WORKSPACE_COMMAND, type WorkspaceChecks } from './workspaceCheck';

export function registerCommands(
  context: vscode.ExtensionContext,
  client: LanguageClient,
  syncedLanguages: readonly string[],
  workspaceChecks: WorkspaceChecks,
): vscode.Disposable[] {
  const extracted = new ExtractedTexts(client);
  return [
    vscode.workspace.registerTextDocumentContentProvider(EXTRACTED_SCHEME, extracted),
    vscode.commands.registerCommand('govreport.checkPdfOrWord', (uri?: vscode.Uri) => checkPdfOrWord(client, extracted, uri)),
    vscode.commands.registerCommand('govreport.checkFile', () => checkFile(client, syncedLanguages)),
    vscode.commands.registerCommand(CHECK_WORKSPACE_COMMAND, () => workspaceChecks.run(true)),
    vscode.commands.registerCommand('govreport.fixAll', fixAll),
    vscode.commands.registerCommand(SHOW_RULES_COMMAND, (id?: string) => showRules(context.extensionUri, id)),
    vscode.commands.registerCommand('govreport.restartServer', () => restartServer(client, workspaceChecks)),
  ];
}

/** A new server knows nothing of the workspace check: it runs again if the setting asks for it. */
async function restartServer(client: LanguageClient, workspaceChecks: WorkspaceChecks): Promise<void> {
  client.outputChannel.appendLine(messages.restarting);
  await client.stop();
  await client.start();
  workspaceChecks.startIfConfigured();
}

function activeDocument(): vscode.TextDocument | undefined {
  const document = vscode.window.activeTextEditor?.document;
  if (!document) void vscode.window.showInformationMessage(messages.noEditor);
  return document;
}

async function checkFile(client: LanguageClient, syncedLanguages: readonly string[]): Promise<void> {
  const document = activeDocument();
  if (!document) return;
  if (syncedLanguages.includes(document.languageId)) {
    const params: CheckDocumentParams = { uri: client.code2ProtocolConverter.asUri(document.uri) };
    await client.sendRequest(CHECK_DOCUMENT_METHOD, params);
  } else {
    // The server only sees the languages it is given; a report in any other language becomes one.
    await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
  }
}

async function fixAll(): Promise<void> {
  const document = activeDocument();
  if (!document) return;
  const whole = document.validateRange(new vscode.Range(0, 0, document.lineCount, 0));
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider', document.uri, whole, FIX_ALL_KIND,
  );
  const fix = actions?.find((action) => action.kind?.value === FIX_ALL_KIND && action.edit);
  if (fix?.edit) await vscode.workspace.applyEdit(fix.edit);
  else void vscode.window.showInformationMessage(messages.nothingToFix);
}

/** `id`: that rule's page (a diagnostic's rule link); else the list of rules, to pick one. */
async function showRules(extensionUri: vscode.Uri, id?: string): Promise<void> {
  const picked = RULE_METAS.some((rule) => rule.id === id) ? { label: id! } : await vscode.window.showQuickPick(
    RULE_METAS.map((rule) => ({
      label: rule.id,
      description: inEnglish ? rule.descriptionEn : rule.description,
      detail: `${messages.defaultSeverity}: ${rule.defaultSeverity}${rule.fixable ? ` · ${messages.fixable}` : ''}`,
    })),
    { placeHolder: messages.pickRule, matchOnDescription: true },
  );
  if (picked) {
    const doc = vscode.Uri.joinPath(extensionUri, 'docs', 'rules', `${picked.label}.md`);
    await vscode.commands.executeCommand('markdown.showPreview', doc);
  }
}

/**
 * The texts extracted from checked PDF and Word files, served read-only under EXTRACTED_SCHEME; a
 * view not read yet (a finding of the workspace check) is read by checking its file again.
 */
class ExtractedTexts implements vscode.TextDocumentContentProvider {
  private readonly texts = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly client: LanguageClient) {}

  set(uri: vscode.Uri, text: string): void {
    this.texts.set(uri.toString(), text);
    this.changed.fire(uri);
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const known = this.texts.get(uri.toString());
    if (known !== undefined) return known;
    const params: CheckBinaryParams = { uri: sourceOfExtracted(uri.toString()) };
    const result = await this.client.sendRequest<CheckBinaryResult>(CHECK_BINARY_METHOD, params);
    if ('error' in result) return result.error;
    this.texts.set(uri.toString(), result.text);
    return result.text;
  }
}

async function checkPdfOrWord(client: LanguageClient, extracted: ExtractedTexts, given?: vscode.Uri): Promise<void> {
  const uri =
    given ??
    (await vscode.window.showOpenDialog({ canSelectMany: false, filters: { [messages.pdfOrWord]: ['pdf', 'docx'] }, openLabel: messages.check }))?.[0];
  if (!uri) return;
  const params: CheckBinaryParams = { uri: client.code2ProtocolConverter.asUri(uri) };
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: messages.reading(uri.path.split('/').pop() ?? '') },
    () => client.sendRequest<CheckBinaryResult>(CHECK_BINARY_METHOD, params),
  );
  if ('error' in result) {
    void vscode.window.showErrorMessage(result.error);
    return;
  }
  const view = vscode.Uri.parse(result.extractedUri);
  extracted.set(view, result.text);
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(view), { preview: false });
  if (result.findings > 0) await vscode.commands.executeCommand('workbench.actions.view.problems');
}

