// The desktop VS Code client: starts the bundled language server over IPC; what it syncs and adds
// (output channel, status bar item, workspace check, commands) is shared with the web extension (start.ts).
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { messages } from './messages';
import { clientOptions, outputChannel, startClient } from './start';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  client = new LanguageClient('govreport', messages.statusName, serverOptions, clientOptions(outputChannel(), ['file', 'untitled', 'vscode-vfs']));
  await startClient(context, client);
}

export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}
