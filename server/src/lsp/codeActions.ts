// Code actions, in this order: for each diagnostic's line and rule, "disable for this line" (a
// `<!-- govreport-disable-next-line RULE -->` above it) first; then the quick fixes of each fixable
// diagnostic (from Diagnostic.data; several when the corrections compete, none preferred then); then
// an action that switches a rule off for the file with a directive; and `source.fixAll.govreport`,
// which applies the batch the core proved as a whole.
import { CodeActionKind, type CodeAction, type CodeActionContext, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { disableLineEdit, disableRuleEdit } from '../core/directives';
import { translator, type Translator } from '../core/messages/translate';
import type { Report } from '../core/types';
import { dataOf } from './diagnostics';
import { FIX_ALL_KIND } from './protocol';
import { textEditOf } from './ranges';

export interface EditStyle {
  /** The client accepts versioned `documentChanges` (stale edits are then refused by the editor). */
  versioned: boolean;
}

export function codeActions(
  document: TextDocument,
  context: CodeActionContext,
  report: Report | undefined,
  style: EditStyle,
  t: Translator = translator(),
): CodeAction[] {
  const edit = (version: number, edits: TextEdit[]) => workspaceEdit(document.uri, version, edits, style);
  const actions: CodeAction[] = [];
  if (wants(context.only, CodeActionKind.QuickFix)) {
    const text = document.getText();
    const onLine = new Set<string>();
    const forFile = new Set<string>();
    const lineActions: CodeAction[] = [];
    const fixes: CodeAction[] = [];
    const fileActions: CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      const data = dataOf(diagnostic);
      if (!data || data.version !== document.version) continue;
      for (const fix of data.fixes) {
        fixes.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: fix.preferred,
          edit: edit(data.version, fix.edits),
        });
      }
      const rule = diagnostic.code;
      if (typeof rule !== 'string') continue;
      /** A directive that switches the rule off, once per `key` among `seen`. */
      const disable = (seen: Set<string>, key: string, into: CodeAction[], title: string, directive: () => Parameters<typeof textEditOf>[1]) => {
        if (seen.has(key)) return;
        seen.add(key);
        into.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: edit(document.version, [textEditOf(document, directive())]) });
      };
      disable(onLine, `${diagnostic.range.start.line} ${rule}`, lineActions, t('action.disableLine', { rule }), () => disableLineEdit(text, document.offsetAt(diagnostic.range.start), rule));
      disable(forFile, rule, fileActions, t('action.disableFile', { rule }), () => disableRuleEdit(text, rule));
    }
    actions.push(...lineActions, ...fixes, ...fileActions);
  }
  // the batch the core proved as a whole: fixing everything at once never adds a finding
  if (report && wants(context.only, FIX_ALL_KIND) && report.fixAll.length > 0) {
    actions.push({
      title: t('action.fixAll'),
      kind: FIX_ALL_KIND,
      edit: edit(document.version, report.fixAll.map((e) => textEditOf(document, e))),
    });
  }
  return actions;
}

/** Whether a request limited to the kinds `only` asks for actions of `kind` (`source` covers `source.fixAll.x`). */
function wants(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
}

function workspaceEdit(uri: string, version: number, edits: TextEdit[], style: EditStyle): WorkspaceEdit {
  return style.versioned
    ? { documentChanges: [{ textDocument: { uri, version }, edits }] }
    : { changes: { [uri]: edits } };
}
