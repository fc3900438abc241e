// Which documents are checked, and the outcome of checking each document version: ignored (not an
// annual report), too large, timed out, or the core's Report (null when the analysis failed; the
// error is logged). Outcomes are cached per version, so diagnostics, hovers, symbols and code
// actions of one version share a single analysis. The latest completed outcome of each document is
// kept with the edits received since, so that it can be carried to the current text.
import type { TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { looksLikeAnnualReport } from '../core/detect';
import type { Report } from '../core/types';
import type { AnalysisLanes } from './analysisLanes';
import type { TextFormat } from './analysisWorker';
import { applyChange, type Replacement } from './carry';
import { textFormatOf } from '../readers/format';
import { LANGUAGE_ID } from './protocol';
import { analyzeOptions, type DocumentSettings, type Settings } from './settings';

export type CheckOutcome =
  | { kind: 'ignored' }
  | { kind: 'tooLarge'; bytes: number; limit: number }
  | { kind: 'timedOut'; limitMs: number }
  | { kind: 'checked'; report: Report | null };

const DETECTED_LANGUAGES: readonly string[] = ['plaintext', 'markdown', 'html'];
/** A web page is read in place (its report's text and tables out of the markup, findings mapped back into it), also when saved as text. */
const formatOf = (document: TextDocument, text: string): TextFormat => (document.languageId === 'html' ? 'html' : textFormatOf(document.uri, text));

/** The UTF-8 length of `text` (as Buffer.byteLength, which a browser lacks; a lone surrogate is U+FFFD, 3 bytes). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit < 0xdc00 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** A document's latest completed outcome and the edits since (all of them until the first outcome). */
interface History {
  completed?: { version: number; outcome: CheckOutcome };
  edits: Array<{ version: number; replacement: Replacement }>;
}

export class DocumentChecks {
  /** undefined: the version was superseded before its analysis finished. */
  private readonly outcomes = new Map<string, { version: number; outcome: Promise<CheckOutcome | undefined> }>();
  private readonly analysisMs = new Map<string, number>();
  private readonly forced = new Set<string>();
  /** Per document object, so that an analysis of a closed document cannot land in its reopened successor. */
  private readonly histories = new WeakMap<TextDocument, History>();

  constructor(
    private readonly analyses: Pick<AnalysisLanes, 'analyze' | 'cancel'>,
    private readonly logError: (message: string) => void,
  ) {}

  /** Check the document from now on, whatever its text (the "check current file" command). */
  force(uri: string): void {
    this.forced.add(uri);
    this.outcomes.delete(uri);
  }

  forget(uri: string): void {
    this.analyses.cancel(uri);
    this.outcomes.delete(uri);
    this.analysisMs.delete(uri);
    this.forced.delete(uri);
  }

  /** After a settings change every outcome may differ. */
  clearOutcomes(): void {
    this.outcomes.clear();
  }

  lastAnalysisMs(uri: string): number {
    return this.analysisMs.get(uri) ?? 0;
  }

  /** The outcome for the document's current version; undefined if a newer version overtook it. */
  check(document: TextDocument, settings: DocumentSettings): Promise<CheckOutcome | undefined> {
    const { uri, version } = document;
    const cached = this.outcomes.get(uri);
    if (cached?.version === version) return cached.outcome;
    const outcome = this.checkNow(document, settings).then((completed) => {
      if (completed) this.complete(document, version, completed);
      return completed;
    });
    this.outcomes.set(uri, { version, outcome });
    return outcome;
  }

  /** TextDocuments' `update`: applies the changes and logs them. */
  update(document: TextDocument, changes: readonly TextDocumentContentChangeEvent[], version: number): TextDocument {
    const history = this.historyOf(document);
    for (const change of changes) history.edits.push({ version, replacement: applyChange(document, change, version) });
    return document;
  }

  /** The latest completed outcome of the document and the edits since, to carry its spans to the current text. */
  latest(document: TextDocument): { outcome: CheckOutcome; edits: Replacement[] } | undefined {
    const history = this.histories.get(document);
    return history?.completed && { outcome: history.completed.outcome, edits: history.edits.map((edit) => edit.replacement) };
  }

  private complete(document: TextDocument, version: number, outcome: CheckOutcome): void {
    const history = this.historyOf(document);
    if (history.completed && history.completed.version > version) return;
    history.completed = { version, outcome };
    history.edits = history.edits.filter((edit) => edit.version > version);
  }

  private historyOf(document: TextDocument): History {
    let history = this.histories.get(document);
    if (!history) this.histories.set(document, (history = { edits: [] }));
    return history;
  }

  private async checkNow(document: TextDocument, settings: DocumentSettings): Promise<CheckOutcome | undefined> {
    const { uri, version } = document;
    const text = document.getText();
    if (!this.isSubject(document, text, settings)) return { kind: 'ignored' };
    const bytes = utf8Length(text);
    if (bytes > settings.maxFileSize) return { kind: 'tooLarge', bytes, limit: settings.maxFileSize };
    const result = await this.analyses.analyze(uri, text, analyzeOptions(settings), formatOf(document, text));
    switch (result.kind) {
      case 'report':
        this.analysisMs.set(uri, result.ms);
        return { kind: 'checked', report: result.report };
      case 'failed':
        this.logError(`分析失败 (analysis failed) ${uri}@${version}: ${result.error}`);
        return { kind: 'checked', report: null };
      case 'timedOut':
        this.logError(`分析超时 (analysis timed out after ${result.limitMs} ms) ${uri}@${version}`);
        this.analysisMs.set(uri, result.limitMs);
        return result;
      case 'superseded':
        return undefined;
    }
  }

  private isSubject(document: TextDocument, text: string, settings: DocumentSettings): boolean {
    if (this.forced.has(document.uri)) return true;
    return !settings.ignored && isReport(document.languageId, text, settings);
  }
}

/** Whether a text in this language is checked: a govreport document always, others when they look like a report. */
export function isReport(languageId: string, text: string, settings: Settings): boolean {
  if (languageId === LANGUAGE_ID) return true;
  return settings.detectReports && DETECTED_LANGUAGES.includes(languageId) && looksLikeAnnualReport(text);
}
