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
