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
