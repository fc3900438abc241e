// The VS Code client: starts the bundled language server over IPC for govreport, plain-text,
// Markdown and HTML documents (the server decides from the text which of the latter are reports; a
// web page is checked in place), and adds the status bar item and the commands.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { messages } from './messages';
import { clientOptions, startClient } from './start';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  client = new LanguageClient('govreport', messages.statusName, serverOptions, clientOptions(['file', 'untitled']));
  await startClient(context, client);
}

export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}
