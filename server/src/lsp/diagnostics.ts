// A check outcome → the diagnostics to publish. Each diagnostic carries its finding's fix in
// `data` (already in LSP ranges of the version it was computed for), so quick fixes need no server
// state.
import { DiagnosticSeverity, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
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
export function diagnosticsOf(document: TextDocument, outcome: CheckOutcome, docsBase?: string): Diagnostic[] | null {
  switch (outcome.kind) {
    case 'ignored':
      return null;
    case 'tooLarge':
      return [notCheckedDiagnostic(
        `文件大小 ${outcome.bytes} 字节，超过设置 govreport.maxFileSize（${outcome.limit} 字节），未做检查。` +
          '(File larger than govreport.maxFileSize; not checked.)',
      )];
    case 'timedOut':
      return [notCheckedDiagnostic(
        `分析超过 ${outcome.limitMs / 1000} 秒仍未完成，已放弃，未做检查。(Analysis timed out; not checked.)`,
      )];
    case 'checked':
      return outcome.report?.findings.map((finding) => diagnosticOf(document, finding, docsBase)) ?? [];
  }
}

function diagnosticOf(document: TextDocument, finding: Finding, docsBase: string | undefined): Diagnostic {
  const data: DiagnosticData = {
    version: document.version,
    fixes: finding.fixes.map(({ title, preferred, edits }) => ({ title, preferred, edits: edits.map((edit) => textEditOf(document, edit)) })),
  };
  return {
    range: rangeOf(document, finding.span),
    severity: SEVERITIES[finding.severity],
    code: finding.rule,
    ...codeLink(finding.rule, docsBase),
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    relatedInformation: finding.related.map((related) => ({
      location: { uri: document.uri, range: rangeOf(document, related.span) },
      message: related.message,
    })),
    data,
  };
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
