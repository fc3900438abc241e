// What the desktop and the web extension share around the client each starts: the documents synced
// (the server decides from the text which plain-text, Markdown and HTML documents are reports), the
// output channel (the server's trace goes there when govreport.trace.server asks for it), the status
// bar item, the workspace check and the commands. Rule links of diagnostics open the bundled rule
// pages in the Markdown preview.
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { CONFIG_FILE_NAMES } from '../../server/src/config/fileNames';
import { EXTRACTED_SCHEME, LANGUAGE_ID } from '../../server/src/lsp/protocol';
import { registerCommands } from './commands';
import { messages } from './messages';
import { ruleLinksToPreview } from './ruleLinks';
import { ReportStatus } from './statusBar';
import { WorkspaceChecks } from './workspaceCheck';

export const SYNCED_LANGUAGES: readonly string[] = [LANGUAGE_ID, 'plaintext', 'markdown', 'html'];

/**
 * `schemes`: the document schemes synced (desktop: files, untitled documents and the files of a
 * virtual workspace, whose text comes over the protocol); none given, any scheme (the web:
 * vscode-vfs, vscode-remote, …), and the views of the text extracted from PDF and Word files, for
 * their hovers and outline. The client id `govreport` makes it read the trace level from
 * `govreport.trace.server`.
 */
export function clientOptions(outputChannel: vscode.LogOutputChannel, schemes?: readonly string[]): LanguageClientOptions {
  return {
    documentSelector: [
      ...SYNCED_LANGUAGES.flatMap((language) => (schemes ? schemes.map((scheme) => ({ scheme, language })) : [{ language }])),
      ...(schemes ? [{ scheme: EXTRACTED_SCHEME, language: 'plaintext' }] : []),
    ],
    // the project's configuration file: the server reads it again when it changes
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher(`**/{${CONFIG_FILE_NAMES.join(',')}}`) },
    outputChannel,
    traceOutputChannel: outputChannel,
    middleware: { handleDiagnostics: (uri, diagnostics, next) => next(uri, diagnostics.map(ruleLinksToPreview)) },
  };
}

/** The extension's output channel, where the client logs and the server's trace go. */
export const outputChannel = (): vscode.LogOutputChannel => vscode.window.createOutputChannel(messages.statusName, { log: true });

export async function startClient(context: vscode.ExtensionContext, client: BaseLanguageClient): Promise<void> {
  const workspaceChecks = new WorkspaceChecks(client);
  context.subscriptions.push(
    client.outputChannel,
    new ReportStatus(client, context.workspaceState),
    ...registerCommands(context, client, SYNCED_LANGUAGES, workspaceChecks),
    workspaceChecks,
  );
  await client.start();
  workspaceChecks.startIfConfigured();
}
