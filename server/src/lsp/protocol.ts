// Names shared by the language server and the VS Code client.

export const LANGUAGE_ID = 'govreport';
/** The `workspace/configuration` section and the prefix of every setting. */
export const SETTINGS_SECTION = 'govreport';
export const DIAGNOSTIC_SOURCE = 'govreport';
export const FIX_ALL_KIND = 'source.fixAll.govreport';

/** Request: check a document even when its text does not look like an annual report. */
export const CHECK_DOCUMENT_METHOD = 'govreport/checkDocument';

export interface CheckDocumentParams {
  uri: string;
}

/**
 * Request: check a PDF or Word file on disk (`uri`, a file: URI). The answer is the text extracted
 * from it and the URI (scheme EXTRACTED_SCHEME) under which the client shows that text read-only;
 * the findings are published as diagnostics of that URI, each naming its page, paragraph or cell.
 */
export const CHECK_BINARY_METHOD = 'govreport/checkBinaryDocument';
export const EXTRACTED_SCHEME = 'govreport-extracted';

export interface CheckBinaryParams {
  uri: string;
}

export type CheckBinaryResult = { extractedUri: string; text: string; findings: number } | { error: string };

/** The file a view of extracted text (see CHECK_BINARY_METHOD) was read from: `govreport-extracted:/a/b.pdf.txt` → `file:///a/b.pdf`. */
export const sourceOfExtracted = (extractedUri: string): string => `file://${extractedUri.slice(EXTRACTED_SCHEME.length + 1).replace(/\.txt$/, '')}`;

/**
 * Notification (server → client) after each check of an open document: whether it was checked as a
 * report and which template its tables follow, so that the client can say "passed" for a clean
 * report and nothing for a text that is not one.
 */
export const STATUS_NOTIFICATION = 'govreport/status';

export interface DocumentStatus {
  uri: string;
  /** ignored: not an annual report; notChecked: too large, timed out or failed (a diagnostic says why). */
  state: 'checked' | 'notChecked' | 'ignored';
  /** The template the statistical tables follow (`2019`, `2021`, `pre2019`), if one was recognised. */
  template: string | null;
  /** Checked but not read as a report (no title, section headings or tables): no clean verdict. */
  recognised: boolean;
}

/**
 * Request: check the files `uris` (the client finds them, with its excludes) from disk in the
 * background, one at a time between the edits of open documents, and publish their findings. The
 * server reports work-done progress, which the user can cancel; so can the client, by cancelling the
 * request. Open documents are left to the editor's own checks.
 */
export const CHECK_WORKSPACE_METHOD = 'govreport/checkWorkspace';

export interface CheckWorkspaceParams {
  uris: string[];
}

export interface CheckWorkspaceResult {
  /** Files analysed as annual reports, and those of them with findings. */
  reports: number;
  withFindings: number;
  /** Files not analysed: not reports, too large, unreadable, open in the editor, not on disk. */
  skipped: number;
  cancelled: boolean;
}
