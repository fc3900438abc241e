// The commands: check the current file (even one that does not look like a report), fix all
// auto-fixable problems in it, and list the rules with their documentation.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { RULE_METAS } from '../../server/src/core/rules/meta';
import { CHECK_DOCUMENT_METHOD, FIX_ALL_KIND, LANGUAGE_ID, type CheckDocumentParams } from '../../server/src/lsp/protocol';
import { inEnglish, messages } from './messages';

export function registerCommands(
  context: vscode.ExtensionContext,
  client: LanguageClient,
  syncedLanguages: readonly string[],
): vscode.Disposable[] {
  return [
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
