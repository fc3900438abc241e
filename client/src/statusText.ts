// What the status bar says of the active document (no vscode import, so that a test can read it).
import type { DocumentStatus } from '../../server/src/lsp/protocol';

export interface StatusMessages {
  statusCounts(errors: number, warnings: number): string;
  statusPassed(template: string | null): string;
  statusNotChecked: string;
  statusNotRecognised: string;
  statusChecking: string;
}

export interface StatusInput {
  /** The server's last govreport/status of the document, if any came. */
  status: DocumentStatus | undefined;
  /** The document is in the govreport language (always a report). */
  isReportLanguage: boolean;
  /** Our diagnostics on it: errors, warnings, and all of them. */
  errors: number;
  warnings: number;
  others: number;
}

/** undefined: no item (not a report, or nothing known yet of a text that may not be one). */
export function statusText(messages: StatusMessages, { status, isReportLanguage, errors, warnings, others }: StatusInput): string | undefined {
  if (status?.state === 'ignored') return undefined;
  if (errors > 0 || warnings > 0) return `${errors > 0 ? '$(error)' : '$(warning)'} ${messages.statusCounts(errors, warnings)}`;
  if (status?.state === 'checked') return status.recognised ? messages.statusPassed(status.template) : `$(info) ${messages.statusNotRecognised}`;
  if (status?.state === 'notChecked') return `$(info) ${messages.statusNotChecked}`;
  // before the first status: a report-language file, or one the server published about
  return isReportLanguage || others > 0 ? `$(sync~spin) ${messages.statusChecking}` : undefined;
}
