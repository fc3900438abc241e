// The whole workspace checked from disk, in the background: the client names the files (with its
// excludes), the server reads each one as the command line does (regular files up to the size limit,
// any of the encodings reports come in), analyses it in the same worker lanes as the open documents
// and publishes its findings. Files go to the lanes one at a time, so an edit waits behind at most
// one of them. Open documents are the editor's; a report closed in the editor gets its findings on
// disk back. PDF and Word files go through the binary-document path (findings on their extracted text).
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalyzeOptions } from '../core/types';
import { readText } from '../cli/read';
import { formatOf, isDocumentFormat, textFormatOf } from '../readers/format';
import type { AnalysisLanes } from './analysisLanes';
import { isReport } from './checks';
import { diagnosticsOf } from './diagnostics';
import type { BinaryCheck } from './binaryDocuments';
import { LANGUAGE_ID, type CheckWorkspaceResult } from './protocol';
import { analyzeOptions, type DocumentSettings } from './settings';

export interface WorkspaceCheckDeps {
  analyses: Pick<AnalysisLanes, 'analyze'>;
  /** The editor's settings over the file's configuration file (its `ignores` included). */
  settingsFor(uri: string): Promise<DocumentSettings>;
  isOpen(uri: string): boolean;
  checkBinary(uri: string, options: AnalyzeOptions): Promise<BinaryCheck>;
  publish(uri: string, diagnostics: Diagnostic[]): void;
  /** Why a file was skipped, or what it gave (the trace). */
  trace(message: string): void;
  /** `docsBase` of diagnosticsOf: the rule documentation the diagnostics link to. */
  docsBase?: string;
}

export interface Progress {
  report(done: number, total: number, uri: string): void;
  cancelled(): boolean;
}

type FileOutcome = 'clean' | 'findings' | 'skipped';

const LANGUAGES: Readonly<Record<string, string>> = { govreport: LANGUAGE_ID, md: 'markdown', markdown: 'markdown', html: 'html', htm: 'html' };
/** The language the editor would open a file in, from its extension. */
const languageOf = (uri: string): string => LANGUAGES[/\.([A-Za-z]+)$/.exec(uri)?.[1].toLowerCase() ?? ''] ?? 'plaintext';
const nameOf = (uri: string): string => decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));

export class WorkspaceCheck {
  /** The files of the last run: they are checked from disk again when closed in the editor. */
  private files = new Set<string>();
  /** Files whose last published diagnostics came from here (or from its binary path: the extracted view). */
  private readonly published = new Set<string>();
  private run = 0;

  constructor(private readonly deps: WorkspaceCheckDeps) {}

  /** Checks every file; a newer run ends this one (it is answered as cancelled). */
  async checkAll(uris: readonly string[], progress: Progress): Promise<CheckWorkspaceResult> {
    const run = ++this.run;
    this.files = new Set(uris);
    const result: CheckWorkspaceResult = { reports: 0, withFindings: 0, skipped: 0, cancelled: false };
    for (const [i, uri] of uris.entries()) {
      if (progress.cancelled() || run !== this.run) return { ...result, cancelled: true };
      progress.report(i, uris.length, uri);
      const outcome = await this.checkFile(uri);
      if (outcome === 'skipped') result.skipped++;
      else result.reports++;
      if (outcome === 'findings') result.withFindings++;
    }
    return result;
  }

  /** Whether the last run named the file: closed in the editor, it gets its findings on disk back (recheck). */
  includes(uri: string): boolean {
    return this.files.has(uri);
  }

  /** The editor checks the file now: whether it had findings from here, which the editor's replace. */
  handOver(uri: string): boolean {
    return this.published.delete(uri);
  }

  /** Publishes the file's findings on disk, or none (replacing what the editor published). */
  async recheck(uri: string): Promise<void> {
    if ((await this.checkFile(uri)) !== 'findings') this.deps.publish(uri, []);
  }

  private async checkFile(uri: string): Promise<FileOutcome> {
    const skip = (why: string): FileOutcome => {
      this.deps.trace(`工作区检查跳过 (skipped) ${uri}: ${why}`);
      return 'skipped';
    };
    if (!uri.startsWith('file:')) return skip('不在本地磁盘上 (not on a local disk)');
    if (this.deps.isOpen(uri)) return skip('已在编辑器中打开 (open in the editor)');
    const settings = await this.deps.settingsFor(uri);
    if (settings.ignored) return skip('配置文件的 ignores 排除了它 (ignored by the configuration file)');
    const format = formatOf(uri);
    if (isDocumentFormat(format)) return this.checkDocument(uri, settings, skip);
    const read = await readText(fileURLToPath(uri), settings.maxFileSize);
    if ('error' in read) return skip(read.error);
    if (!isReport(languageOf(uri), read.text, settings)) return skip('不像年度报告 (does not look like an annual report)');
    const analysed = await this.deps.analyses.analyze(uri, read.text, analyzeOptions(settings), textFormatOf(uri, read.text));
    // an editor that opened the file meanwhile has it now
    if (this.deps.isOpen(uri)) return skip('已在编辑器中打开 (open in the editor)');
    if (analysed.kind !== 'report') return skip(analysed.kind === 'failed' ? analysed.error : analysed.kind);
    const document = TextDocument.create(uri, languageOf(uri), 0, read.text);
    const diagnostics = diagnosticsOf(document, { kind: 'checked', report: analysed.report }, settings.locale, this.deps.docsBase) ?? [];
    this.deps.trace(`工作区检查 (checked) ${nameOf(uri)}: ${diagnostics.length} 个问题 (findings), ${Math.round(analysed.ms)} ms`);
    return this.show(uri, diagnostics);
  }

  private async checkDocument(uri: string, settings: DocumentSettings, skip: (why: string) => FileOutcome): Promise<FileOutcome> {
    const { result, diagnostics } = await this.deps.checkBinary(uri, analyzeOptions(settings));
    if ('error' in result) return skip(result.error);
    return this.show(result.extractedUri, diagnostics);
  }

  private show(uri: string, diagnostics: Diagnostic[]): FileOutcome {
    if (diagnostics.length > 0) {
      this.published.add(uri);
      this.deps.publish(uri, diagnostics);
      return 'findings';
    }
    this.unpublish(uri);
    return 'clean';
  }

  private unpublish(uri: string): void {
    if (this.published.delete(uri)) this.deps.publish(uri, []);
  }
}
