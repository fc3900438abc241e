// Checking the whole workspace: the client finds the report files (every format the command line
// reads, with the user's files.exclude), the server checks them from disk in the background with
// work-done progress (a cancellable notification) and publishes their findings, so that the Problems
// panel lists closed files too. Run by a command, and on start-up and when switched on by the
// govreport.checkWorkspace setting.
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { REPORT_EXTENSIONS } from '../../server/src/readers/format';
import { CHECK_WORKSPACE_METHOD, type CheckWorkspaceParams, type CheckWorkspaceResult } from '../../server/src/lsp/protocol';
import { messages } from './messages';

export const CHECK_WORKSPACE_COMMAND = 'govreport.checkWorkspace';
const SETTING = 'govreport.checkWorkspace';
/** The files the command line reads in folders, and .govreport files. */
const EXTENSIONS = [...REPORT_EXTENSIONS, 'govreport'];
const REPORT_FILES = `**/*.{${[...EXTENSIONS, ...REPORT_EXTENSIONS.map((e) => e.toUpperCase())].join(',')}}`;

export class WorkspaceChecks implements vscode.Disposable {
  private running: vscode.CancellationTokenSource | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly client: LanguageClient) {
    this.subscriptions.push(
      vscode.workspace.onDidChangeConfiguration((change) => {
        if (change.affectsConfiguration(SETTING)) this.startIfConfigured();
      }),
    );
  }

  /** Starts a check of the workspace if the setting asks for one. */
  startIfConfigured(): void {
    if (vscode.workspace.getConfiguration().get<boolean>(SETTING)) void this.run(false);
  }

  /** Checks every report file of the workspace; `tell`: say how it went (the command does, the setting not). */
  async run(tell: boolean): Promise<CheckWorkspaceResult | undefined> {
    if (!vscode.workspace.workspaceFolders?.length) {
      if (tell) void vscode.window.showInformationMessage(messages.noWorkspace);
      return undefined;
    }
    this.running?.cancel();
    const source = new vscode.CancellationTokenSource();
    this.running = source;
    try {
      const files = await vscode.workspace.findFiles(REPORT_FILES, undefined, undefined, source.token);
      const params: CheckWorkspaceParams = { uris: files.map((uri) => this.client.code2ProtocolConverter.asUri(uri)) };
      const result = await this.client.sendRequest<CheckWorkspaceResult>(CHECK_WORKSPACE_METHOD, params, source.token);
      if (tell && !result.cancelled) void vscode.window.showInformationMessage(messages.workspaceChecked(result.reports, result.withFindings));
      return result;
    } catch (error) {
      if (!source.token.isCancellationRequested) void vscode.window.showErrorMessage(`${messages.workspaceFailed}: ${String(error)}`);
      return undefined;
    } finally {
      if (this.running === source) this.running = undefined;
      source.dispose();
    }
  }

  dispose(): void {
    this.running?.cancel();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
