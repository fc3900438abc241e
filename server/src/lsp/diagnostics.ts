// A check outcome → the diagnostics to publish. Each diagnostic carries its finding's fix in
// `data` (already in LSP ranges of the version it was computed for), so quick fixes need no server
// state.
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation, type Range, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_LOCALE, translator, type Locale } from '../core/messages/translate';
import type { Finding, Severity } from '../core/types';
import type { CheckOutcome } from './checks';
import { DIAGNOSTIC_SOURCE } from './protocol';
import { rangeOf, textEditOf } from './ranges';

export interface DiagnosticData {
  /** The document version the ranges below refer to. */
  version: number;
  fixes: { title: string; preferred: boolean; edits: TextEdit[] }[];
}

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * null: the document is not checked (nothing to publish unless diagnostics must be cleared).
 * `docsBase`: where the rule documentation is (`file:///…/docs/rules/`), for each diagnostic's code link.
 */
export function diagnosticsOf(document: TextDocument, outcome: CheckOutcome, locale: Locale = DEFAULT_LOCALE, docsBase?: string): Diagnostic[] | null {
  const t = translator(locale);
  switch (outcome.kind) {
    case 'ignored':
      return null;
    case 'tooLarge':
      return [notCheckedDiagnostic(t('lsp.tooLarge', { bytes: outcome.bytes, limit: outcome.limit }))];
    case 'timedOut':
      return [notCheckedDiagnostic(t('lsp.timedOut', { seconds: outcome.limitMs / 1000 }))];
    case 'checked':
      return outcome.report?.findings.map((finding) => diagnosticOf(document, finding, docsBase)) ?? [];
  }
}

/** A finding of `rule` at `range`, with its places (in this document or another) as related information. */
export function findingDiagnostic(
  f: { rule: string; severity: Severity; message: string },
  range: Range,
  related: DiagnosticRelatedInformation[],
  docsBase: string | undefined,
): Diagnostic {
  return {
    range,
    severity: SEVERITIES[f.severity],
    code: f.rule,
    ...codeLink(f.rule, docsBase),
    source: DIAGNOSTIC_SOURCE,
    message: f.message,
    relatedInformation: related,
  };
}

function diagnosticOf(document: TextDocument, finding: Finding, docsBase: string | undefined): Diagnostic {
  const data: DiagnosticData = {
    version: document.version,
    fixes: finding.fixes.map(({ title, preferred, edits }) => ({ title, preferred, edits: edits.map((edit) => textEditOf(document, edit)) })),
  };
  const related = finding.related.map((r) => ({ location: { uri: document.uri, range: rangeOf(document, r.span) }, message: r.message }));
  return { ...findingDiagnostic(finding, rangeOf(document, finding.span), related, docsBase), data };
}

/** The diagnostic's link to its rule's page, when the documentation is there. */
export const codeLink = (rule: string, docsBase: string | undefined): Pick<Diagnostic, 'codeDescription'> =>
  docsBase ? { codeDescription: { href: `${docsBase}${rule}.md` } } : {};

/** One information diagnostic at the top of a document that was not checked, saying why. */
function notCheckedDiagnostic(message: string): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: DIAGNOSTIC_SOURCE,
    message,
  };
}

/** The data of one of our diagnostics as the client sent it back, if it has the expected shape. */
export function dataOf(diagnostic: Diagnostic): DiagnosticData | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined;
  const data = diagnostic.data as DiagnosticData | undefined;
  return typeof data?.version === 'number' && Array.isArray(data.fixes) ? data : undefined;
}
