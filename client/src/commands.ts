// The commands: check the current file (even one that does not look like a report), check a PDF or
// Word file (its extracted text shown read-only, the findings on it), fix all auto-fixable problems
// in the current file, and list the rules with their documentation.
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { RULE_METAS } from '../../server/src/core/rules/meta';
import {
  CHECK_BINARY_METHOD,
  CHECK_DOCUMENT_METHOD,
  EXTRACTED_SCHEME,
  FIX_ALL_KIND,
  LANGUAGE_ID,
  type CheckBinaryParams,
  type CheckBinaryResult,
  type CheckDocumentParams,
} from '../../server/src/lsp/protocol';
import { inEnglish, messages } from './messages';

export function registerCommands(
  context: vscode.ExtensionContext,
  client: LanguageClient,
  syncedLanguages: readonly string[],
): vscode.Disposable[] {
  const extracted = new ExtractedTexts();
  return [
    vscode.workspace.registerTextDocumentContentProvider(EXTRACTED_SCHEME, extracted),
    vscode.commands.registerCommand('govreport.checkPdfOrWord', (uri?: vscode.Uri) => checkPdfOrWord(client, extracted, uri)),
    vscode.commands.registerCommand('govreport.checkFile', () => checkFile(client, syncedLanguages)),
    vscode.commands.registerCommand('govreport.fixAll', fixAll),
    vscode.commands.registerCommand('govreport.showRules', () => showRules(context.extensionUri)),
  ];
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

async function showRules(extensionUri: vscode.Uri): Promise<void> {
  const picked = await vscode.window.showQuickPick(
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

/** The texts extracted from checked PDF and Word files, served read-only under EXTRACTED_SCHEME. */
class ExtractedTexts implements vscode.TextDocumentContentProvider {
  private readonly texts = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  set(uri: vscode.Uri, text: string): void {
    this.texts.set(uri.toString(), text);
    this.changed.fire(uri);
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '';
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

