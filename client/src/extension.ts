// The VS Code client: starts the bundled language server over IPC for govreport, plain-text,
// Markdown and HTML documents (the server decides from the text which of the latter are reports; a
// web page is checked in place), with its own output channel (the server's trace goes there when
// govreport.trace.server asks for it), and adds the status bar item and the commands. Rule links of
// diagnostics open the bundled rule pages in the Markdown preview.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { CONFIG_FILE_NAMES } from '../../server/src/config/fileNames';
import { LANGUAGE_ID } from '../../server/src/lsp/protocol';
import { registerCommands } from './commands';
import { messages } from './messages';
import { ruleLinksToPreview } from './ruleLinks';
import { ReportStatus } from './statusBar';
import { WorkspaceChecks } from './workspaceCheck';

const SYNCED_LANGUAGES: readonly string[] = [LANGUAGE_ID, 'plaintext', 'markdown', 'html'];
/** Local files, new files, and the files of a virtual workspace (their text comes over the protocol). */
const SCHEMES = ['file', 'untitled', 'vscode-vfs'];

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const outputChannel = vscode.window.createOutputChannel(messages.statusName, { log: true });
  const clientOptions: LanguageClientOptions = {
    documentSelector: SYNCED_LANGUAGES.flatMap((language) => SCHEMES.map((scheme) => ({ scheme, language }))),
    // the project's configuration file: the server reads it again when it changes
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher(`**/{${CONFIG_FILE_NAMES.join(',')}}`) },
    outputChannel,
    traceOutputChannel: outputChannel,
    middleware: { handleDiagnostics: (uri, diagnostics, next) => next(uri, diagnostics.map(ruleLinksToPreview)) },
  };
  // The id `govreport` makes the client read the trace level from `govreport.trace.server`.
  client = new LanguageClient('govreport', messages.statusName, serverOptions, clientOptions);
  const workspaceChecks = new WorkspaceChecks(client);
  context.subscriptions.push(
    outputChannel,
    new ReportStatus(client, context.workspaceState),
    ...registerCommands(context, client, SYNCED_LANGUAGES, workspaceChecks),
    workspaceChecks,
  );
  await client.start();
  workspaceChecks.startIfConfigured();
}

export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}
