// A status bar item with the error count of the report in the active editor, counted from the
// diagnostics the server published.
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE, LANGUAGE_ID } from '../../server/src/lsp/protocol';
import { messages } from './messages';

export class ErrorCountStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('govreport.errors', vscode.StatusBarAlignment.Left, 100);
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    this.item.name = messages.statusName;
    this.item.tooltip = messages.statusTooltip;
    this.item.command = 'workbench.actions.view.problems';
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.languages.onDidChangeDiagnostics(({ uris }) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (uris.some((uri) => uri.toString() === active)) this.update();
      }),
    ];
    this.update();
  }

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const ours = document
      ? vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === DIAGNOSTIC_SOURCE)
      : [];
    // A plain-text or Markdown file counts as a report once the server has published about it.
    if (!document || (document.languageId !== LANGUAGE_ID && ours.length === 0)) {
      this.item.hide();
      return;
    }
    const errors = ours.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
    this.item.text = errors > 0 ? `$(error) ${messages.statusErrors(errors)}` : `$(check) ${messages.statusNoErrors}`;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
