// The VS Code client: starts the bundled language server over IPC for govreport, plain-text,
// Markdown and HTML documents (the server decides from the text which of the latter are reports; a
// web page is checked in place), and adds the status bar item and the commands.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { CONFIG_FILE_NAMES } from '../../server/src/config/fileNames';
import { LANGUAGE_ID } from '../../server/src/lsp/protocol';
import { registerCommands } from './commands';
import { messages } from './messages';
import { ErrorCountStatus } from './statusBar';

const SYNCED_LANGUAGES: readonly string[] = [LANGUAGE_ID, 'plaintext', 'markdown', 'html'];

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: SYNCED_LANGUAGES.flatMap((language) =>
      ['file', 'untitled'].map((scheme) => ({ scheme, language })),
    ),
    // the project's configuration file: the server reads it again when it changes
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher(`**/{${CONFIG_FILE_NAMES.join(',')}}`) },
  };
  client = new LanguageClient('govreport', messages.statusName, serverOptions, clientOptions);
  context.subscriptions.push(new ErrorCountStatus(), ...registerCommands(context, client, SYNCED_LANGUAGES));
  await client.start();
}

export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}
