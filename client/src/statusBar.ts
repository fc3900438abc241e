// A status bar item for the report in the active editor: its error and warning counts (from the
// diagnostics the server published), "✓ passed" with the template its tables follow when a checked
// report has neither (the server's govreport/status says whether it was checked), nothing for a text
// that is not a report. A click shows the Problems panel filtered to the active file.
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { DIAGNOSTIC_SOURCE, LANGUAGE_ID, STATUS_NOTIFICATION, type DocumentStatus } from '../../server/src/lsp/protocol';
import { messages } from './messages';
import { statusText } from './statusText';

export const SHOW_PROBLEMS_COMMAND = 'govreport.showProblemsOfFile';
/** VS Code's toggle of the Problems panel's "Show Active File Only" filter. */
const TOGGLE_ACTIVE_FILE_FILTER = 'workbench.actions.workbench.panel.markers.view.toggleActiveFile';
/** Whether this extension switched that filter on in this workspace (VS Code keeps it per workspace). */
const FILTER_STATE_KEY = 'govreport.problemsFilteredToActiveFile';

export class ReportStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('govreport.status', vscode.StatusBarAlignment.Left, 100);
  private readonly statuses = new Map<string, DocumentStatus>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(client: LanguageClient, private readonly workspaceState: vscode.Memento) {
    this.item.name = messages.statusName;
    this.item.tooltip = messages.statusTooltip;
    this.item.command = SHOW_PROBLEMS_COMMAND;
    this.subscriptions = [
      client.onNotification(STATUS_NOTIFICATION, (status: DocumentStatus) => {
        this.statuses.set(status.uri, status);
        if (status.uri === this.activeUri()) this.update();
      }),
      vscode.commands.registerCommand(SHOW_PROBLEMS_COMMAND, () => this.showProblemsOfFile()),
      vscode.workspace.onDidCloseTextDocument((document) => this.statuses.delete(document.uri.toString())),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.languages.onDidChangeDiagnostics(({ uris }) => {
        const active = this.activeUri();
        if (uris.some((uri) => uri.toString() === active)) this.update();
      }),
    ];
    this.update();
  }

  private activeUri(): string | undefined {
    return vscode.window.activeTextEditor?.document.uri.toString();
  }

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const ours = document ? vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === DIAGNOSTIC_SOURCE) : [];
    const text = document && statusText(messages, {
      status: this.statuses.get(document.uri.toString()),
      isReportLanguage: document.languageId === LANGUAGE_ID,
      errors: ours.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length,
      warnings: ours.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length,
      others: ours.length,
    });
    if (!text) {
      this.item.hide();
      return;
    }
    this.item.text = text;
    this.item.show();
  }

  /** The Problems panel, with its "Show Active File Only" filter switched on once (it is a toggle). */
  private async showProblemsOfFile(): Promise<void> {
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    if (this.workspaceState.get<boolean>(FILTER_STATE_KEY)) return;
    await vscode.commands.executeCommand(TOGGLE_ACTIVE_FILE_FILTER);
    await this.workspaceState.update(FILTER_STATE_KEY, true);
  }

  dispose(): void {
    this.item.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
