// The web extension (vscode.dev, github.dev): the same client and commands, the language server in a
// browser worker (dist/web/server.js). PDF and Word files are not read there.
import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type MessageTransports } from 'vscode-languageclient/browser';
import { messages } from './messages';
import { clientOptions, outputChannel, startClient } from './start';

/** The browser's Worker (the project compiles without the DOM library). */
type BrowserWorker = ConstructorParameters<typeof BrowserMessageReader>[0];
declare const Worker: new (url: string) => BrowserWorker;

let client: LanguageClient | undefined;

/**
 * The server's worker. VS Code for the web refuses a worker from an extension installed on a remote
 * server (code-server, Codespaces: a `vscode-remote:` script); such a worker starts from the
 * script's text instead.
 */
async function serverWorker(extensionUri: vscode.Uri): Promise<BrowserWorker> {
  const main = vscode.Uri.joinPath(extensionUri, 'dist', 'web', 'server.js');
  if (main.scheme !== 'vscode-remote') return new Worker(main.toString(true));
  const script = await vscode.workspace.fs.readFile(main);
  return new Worker(URL.createObjectURL(new Blob([script], { type: 'text/javascript' })));
}

/**
 * The transports over the server's worker, made here: the web extension host's `Worker` is a
 * wrapper, whose workers the client does not recognise as such (`instanceof Worker`).
 */
async function serverTransports(extensionUri: vscode.Uri): Promise<MessageTransports> {
  const worker = await serverWorker(extensionUri);
  return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  client = new LanguageClient('govreport', messages.statusName, () => serverTransports(context.extensionUri), clientOptions(outputChannel()));
  await startClient(context, client);
}

export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}
