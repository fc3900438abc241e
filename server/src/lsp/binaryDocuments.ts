// PDF and Word files checked on request (they are not text an editor can open): the file is read
// from disk and checked in the documents' worker thread (a large file takes a while; the protocol
// never waits on it), and the findings become diagnostics of a read-only view of the extracted text,
// each naming its page, paragraph or table cell.
import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { translator, type Translator } from '../core/messages/translate';
import type { AnalyzeOptions, Report, Severity } from '../core/types';
import { formatOf, isDocumentFormat, type CheckedSource } from '../readers/source';
import type { Location } from '../readers/types';
import type { AnalysisWorker } from './analysisWorker';
import { codeLink } from './diagnostics';
import { DIAGNOSTIC_SOURCE, EXTRACTED_SCHEME, type CheckBinaryResult } from './protocol';
import { rangeOf } from './ranges';

/** A PDF is larger than the text it holds: files up to this size are read (the text setting is for text). */
const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

const SEVERITIES: Record<Severity, DiagnosticSeverity> = { error: 1, warning: 2, info: 3, hint: 4 };

/** `（第 3 页）`, `（第 12 段）`, `（表 2 第 5 行第 3 列）`: where a finding is in the document. */
export function placeText(place: Location | null | undefined, t: Translator = translator()): string {
  if (!place) return '';
  if ('page' in place) return t('place.page', { page: place.page });
  if ('paragraph' in place) return t('place.paragraph', { paragraph: place.paragraph + 1 });
  return t('place.cell', { table: place.table + 1, row: place.row + 1, cell: place.cell + 1 });
}

/** The diagnostics of a checked document, on the view of its extracted text (`docsBase`: see diagnosticsOf). */
export function extractedDiagnostics(checked: CheckedSource, extractedUri: string, t: Translator = translator(), docsBase?: string): Diagnostic[] {
  const view = TextDocument.create(extractedUri, 'plaintext', 1, checked.text);
  return checked.report.findings.map((f, i) => ({
    range: rangeOf(view, f.span),
    severity: SEVERITIES[f.severity],
    code: f.rule,
    ...codeLink(f.rule, docsBase),
    source: DIAGNOSTIC_SOURCE,
    message: `${f.message}${placeText(checked.locations?.[i], t)}`,
    relatedInformation: f.related.map((r) => ({ location: { uri: extractedUri, range: rangeOf(view, r.span) }, message: r.message })),
  }));
}

/** The URI of the read-only view of a file's extracted text (the file's path, as the file URI encodes it). */
export const extractedUriOf = (uri: string): string => `${EXTRACTED_SCHEME}:${new URL(uri).pathname}.txt`;

/**
 * Reads and checks the PDF or Word file `uri` in `worker` (as `key`: one waiting read per key, a newer one
 * replacing it): its extracted text and Report, or why not (`transient`: not read this time, timed out or
 * replaced).
 */
export async function checkDocumentFile(uri: string, options: AnalyzeOptions, worker: AnalysisWorker, key = uri): Promise<CheckedSource | { error: string; transient?: true }> {
  const format = formatOf(uri);
  if (!isDocumentFormat(format)) return { error: `只能检查 PDF 或 Word（.docx）文件 (only PDF or Word files): ${uri}` };
  let bytes: Buffer;
  try {
    const path = fileURLToPath(uri);
    const info = await stat(path);
    if (!info.isFile()) return { error: `不是普通文件 (not a regular file): ${path}` };
    if (info.size > MAX_DOCUMENT_BYTES) return { error: `文件过大（${info.size} 字节，上限 ${MAX_DOCUMENT_BYTES} 字节）(file too large)` };
    bytes = await readFile(path);
  } catch (error) {
    return { error: `无法读取 (cannot read): ${(error as Error).message}` };
  }
  const result = await worker.checkDocument(key, format, bytes, options);
  switch (result.kind) {
    case 'document':
      return result.checked;
    case 'failed':
      return { error: result.crashed ? `读取失败 (reading failed): ${result.error.split('\n')[0]}` : result.error };
    case 'timedOut':
      return { error: `读取超过 ${result.limitMs / 1000} 秒仍未完成，已放弃 (timed out)`, transient: true };
    default:
      return { error: `同一文件有更新的检查，本次已取消 (superseded by a newer check of the same file)`, transient: true };
  }
}

/** A PDF or Word file checked: the answer to the editor, the diagnostics of its extracted text, and its Report (for hovers and the outline of that text). */
export interface BinaryCheck {
  result: CheckBinaryResult;
  diagnostics: Diagnostic[];
  report?: Report;
}

/** Checks the PDF or Word file `uri` in `worker`; the findings as diagnostics of its extracted text. */
export async function checkBinary(uri: string, options: AnalyzeOptions, worker: AnalysisWorker, docsBase?: string): Promise<BinaryCheck> {
  const checked = await checkDocumentFile(uri, options, worker);
  if ('error' in checked) return { result: { error: checked.error }, diagnostics: [] };
  const extractedUri = extractedUriOf(uri);
  return {
    result: { extractedUri, text: checked.text, findings: checked.report.findings.length },
    diagnostics: extractedDiagnostics(checked, extractedUri, translator(options.locale), docsBase),
    report: checked.report,
  };
}
