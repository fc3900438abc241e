// A diagnostic's rule link: the server links the rule's page as a file (docs/rules/ID.md beside its
// bundle, which any editor can open); VS Code opens it through the Show Rules command instead, in the
// Markdown preview.
import * as vscode from 'vscode';

export const SHOW_RULES_COMMAND = 'govreport.showRules';

/** The diagnostic with its link to a bundled rule page turned into a command that previews the page. */
export function ruleLinksToPreview(diagnostic: vscode.Diagnostic): vscode.Diagnostic {
  const code = diagnostic.code;
  if (typeof code !== 'object' || !code.target.path.endsWith(`/docs/rules/${code.value}.md`)) return diagnostic;
  const args = encodeURIComponent(JSON.stringify([String(code.value)]));
  diagnostic.code = { value: code.value, target: vscode.Uri.parse(`command:${SHOW_RULES_COMMAND}?${args}`) };
  return diagnostic;
}
