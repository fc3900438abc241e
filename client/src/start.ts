// What the desktop and the web extension share around the client each starts: the documents synced
// (the server decides from the text which plain-text, Markdown and HTML documents are reports), the
// status bar item and the commands.
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { CONFIG_FILE_NAMES } from '../../server/src/config/fileNames';
import { LANGUAGE_ID } from '../../server/src/lsp/protocol';
import { registerCommands } from './commands';
import { ErrorCountStatus } from './statusBar';

export const SYNCED_LANGUAGES: readonly string[] = [LANGUAGE_ID, 'plaintext', 'markdown', 'html'];

/** `schemes`: the document schemes synced (desktop: files and untitled documents); none given, any scheme (the web: vscode-vfs, vscode-remote, …). */
export function clientOptions(schemes?: readonly string[]): LanguageClientOptions {
  return {
    documentSelector: SYNCED_LANGUAGES.flatMap((language) => (schemes ? schemes.map((scheme) => ({ scheme, language })) : [{ language }])),
    // the project's configuration file: the server reads it again when it changes
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher(`**/{${CONFIG_FILE_NAMES.join(',')}}`) },
  };
}

export async function startClient(context: vscode.ExtensionContext, client: BaseLanguageClient): Promise<void> {
  context.subscriptions.push(new ErrorCountStatus(), ...registerCommands(context, client, SYNCED_LANGUAGES));
  await client.start();
}
