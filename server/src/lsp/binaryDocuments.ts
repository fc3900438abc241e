// PDF and Word files checked on request (they are not text an editor can open): the file is read
// from disk and checked in a worker thread of its own (a large file takes a while; the protocol never
// waits on it), and the findings become diagnostics of a read-only view of the extracted text, each
// naming its page, paragraph or table cell.
import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Worker, workerData, parentPort } from 'node:worker_threads';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { translator, type Translator } from '../core/messages/translate';
import type { AnalyzeOptions, Severity } from '../core/types';
import { pdfEngine } from '../io/pdfEngine';
import { checkDocument, formatOf, type CheckedSource } from '../readers/source';
import type { Location } from '../readers/types';
import { codeLink } from './diagnostics';
import { DIAGNOSTIC_SOURCE, EXTRACTED_SCHEME, type CheckBinaryResult } from './protocol';
import { rangeOf } from './ranges';

/** A PDF is larger than the text it holds: files up to this size are read (the text setting is for text). */
const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

interface Job {
  kind: 'document';
  format: 'pdf' | 'docx';
  bytes: Uint8Array;
  options: AnalyzeOptions;
}

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

/** Reads and checks the PDF or Word file `uri` in a worker: its extracted text and Report, or why not. */
export async function checkDocumentFile(uri: string, options: AnalyzeOptions, script: string, timeLimitMs: number): Promise<CheckedSource | { error: string }> {
  const format = formatOf(uri);
  if (format !== 'pdf' && format !== 'docx') return { error: `只能检查 PDF 或 Word（.docx）文件 (only PDF or Word files): ${uri}` };
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
  return inWorker(script, { kind: 'document', format, bytes, options }, timeLimitMs);
}

/** Checks the PDF or Word file `uri` in a worker; the findings as diagnostics of its extracted text. */
export async function checkBinary(uri: string, options: AnalyzeOptions, script: string, timeLimitMs: number, docsBase?: string): Promise<{ result: CheckBinaryResult; diagnostics: Diagnostic[] }> {
  const checked = await checkDocumentFile(uri, options, script, timeLimitMs);
  if ('error' in checked) return { result: { error: checked.error }, diagnostics: [] };
  const extractedUri = extractedUriOf(uri);
  return { result: { extractedUri, text: checked.text, findings: checked.report.findings.length }, diagnostics: extractedDiagnostics(checked, extractedUri, translator(options.locale), docsBase) };
}

function inWorker(script: string, job: Job, timeLimitMs: number): Promise<CheckedSource | { error: string }> {
  return new Promise((resolve) => {
    const worker = new Worker(script, { workerData: job, resourceLimits: { maxOldGenerationSizeMb: 1024 } });
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve({ error: `读取超过 ${timeLimitMs / 1000} 秒仍未完成，已放弃 (timed out)` });
    }, timeLimitMs);
    const done = (result: CheckedSource | { error: string }) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    };
    worker.once('message', done);
    worker.once('error', (error) => done({ error: `读取失败 (reading failed): ${error.message}` }));
    worker.once('exit', (code) => done({ error: `读取线程意外退出 (worker exited with code ${code})` }));
  });
}

/** Whether this worker thread was started to check a document (else it serves analyses). */
export const isDocumentWorker = (): boolean => (workerData as Job | undefined)?.kind === 'document';

/** The worker side: check the document handed over and post the result. */
export async function serveDocumentCheck(): Promise<void> {
  const { format, bytes, options } = workerData as Job;
  const checked = await checkDocument(format, bytes, options, undefined, pdfEngine());
  parentPort!.postMessage(checked);
}
