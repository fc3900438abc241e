// The core's `analyze` in a worker thread, so that no text can block the protocol; and PDF and Word
// files read and checked the same way (a worker of their own, which stays warm from one file to the
// next: PDFium started once, the code compiled). At most one run waits per document: a newer request
// replaces it before it starts. A running analysis of an older version is answered `superseded` at
// once and its result dropped (the worker keeps running it, which keeps the worker warm); a run over
// the time limit is abandoned and its worker replaced.
import { Worker, parentPort } from 'node:worker_threads';
import { pdfEngine } from '../io/pdfEngine';
import type { DocumentFormat } from '../readers/format';
import { checkDocument, checkText, type CheckedSource } from '../readers/source';
import type { AnalyzeOptions, Report } from '../core/types';

export type AnalysisResult =
  | { kind: 'report'; report: Report; ms: number }
  /** A PDF or Word file read and checked. */
  | { kind: 'document'; checked: CheckedSource; ms: number }
  /** The file could not be read (the reader's reason), or the analysis threw or its worker died (`crashed`). */
  | { kind: 'failed'; error: string; crashed?: true }
  | { kind: 'timedOut'; limitMs: number }
  /** A newer request for the same document replaced this one, or the document was closed. */
  | { kind: 'superseded' };

/** A document's text is a report (text) or its web page, read in place (html). */
export type TextFormat = 'text' | 'html';

/** What a worker is asked: a text analysed, or a PDF or Word file read and checked. */
type Work = { kind: 'text'; text: string; options: AnalyzeOptions; format: TextFormat } | { kind: 'document'; bytes: Uint8Array; options: AnalyzeOptions; format: DocumentFormat };

type Request = Work & { id: number };

type Response = { id: number; report: Report; ms: number } | { id: number; checked: CheckedSource; ms: number } | { id: number; error: string; crashed?: true };

interface Job {
  key: string;
  work: Work;
  resolve: (result: AnalysisResult) => void;
}

const SUPERSEDED: AnalysisResult = { kind: 'superseded' };

/**
 * A runaway analysis fails with "out of memory" inside its worker instead of taking the server down;
 * a small young generation keeps the worker's resident memory low (about 15 MB less after a 1 MB report).
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 8 };

export class AnalysisWorker {
  private worker: Worker | undefined;
  private running: (Job & { id: number; timer: NodeJS.Timeout }) | undefined;
  /** Waiting jobs in arrival order, one per document. */
  private readonly waiting = new Map<string, Job>();
  private lastId = 0;
  private idle: NodeJS.Timeout | undefined;

  /**
   * `script`: a file that calls `serveAnalyses()` when it runs in a worker thread. `idleStopMs`: the
   * worker ends after so long without work, and its memory with it (PDFium keeps the largest file's).
   */
  constructor(
    private readonly script: string,
    private readonly timeLimitMs: number,
    private readonly idleStopMs?: number,
  ) {}

  analyze(key: string, text: string, options: AnalyzeOptions, format: TextFormat = 'text'): Promise<AnalysisResult> {
    return this.submit(key, { kind: 'text', text, options, format });
  }

  /** Reads and checks a PDF or Word file's `bytes`: `document`, or `failed` with the reader's reason. */
  checkDocument(key: string, format: DocumentFormat, bytes: Uint8Array, options: AnalyzeOptions): Promise<AnalysisResult> {
    return this.submit(key, { kind: 'document', bytes, options, format });
  }

  private submit(key: string, work: Work): Promise<AnalysisResult> {
    return new Promise((resolve) => {
      this.waiting.get(key)?.resolve(SUPERSEDED);
      this.waiting.set(key, { key, work, resolve });
      if (this.running?.key === key) this.running.resolve(SUPERSEDED);
      this.startNext();
    });
  }

  cancel(key: string): void {
    this.waiting.get(key)?.resolve(SUPERSEDED);
    this.waiting.delete(key);
    if (this.running?.key === key) this.running.resolve(SUPERSEDED);
  }

  /** Ends the worker, and with it its memory (a running analysis is answered `superseded`). */
  stop(): void {
    this.abandonRunning(SUPERSEDED);
  }

  private startNext(): void {
    if (this.running) return;
    const job = this.waiting.values().next().value;
    clearTimeout(this.idle);
    if (!job) {
      if (this.idleStopMs !== undefined && this.worker) this.idle = setTimeout(() => this.stop(), this.idleStopMs).unref();
      return;
    }
    this.waiting.delete(job.key);
    const id = ++this.lastId;
    const timer = setTimeout(() => this.abandonRunning({ kind: 'timedOut', limitMs: this.timeLimitMs }), this.timeLimitMs);
    this.running = { ...job, id, timer };
    try {
      this.worker ??= this.spawn();
      const request: Request = { ...job.work, id };
      this.worker.postMessage(request);
    } catch (error) {
      this.abandonRunning({ kind: 'failed', error: (error as Error)?.stack ?? String(error), crashed: true });
    }
  }

  private spawn(): Worker {
    const worker = new Worker(this.script, { resourceLimits: WORKER_LIMITS });
    worker.on('message', (response: Response) => {
      if (this.running?.id !== response.id) return;
      if ('report' in response) this.finishRunning({ kind: 'report', report: response.report, ms: response.ms });
      else if ('checked' in response) this.finishRunning({ kind: 'document', checked: response.checked, ms: response.ms });
      else this.finishRunning({ kind: 'failed', error: response.error, crashed: response.crashed });
    });
    const died = (reason: string) => {
      if (this.worker !== worker) return; // terminated on purpose
      this.worker = undefined;
      this.finishRunning({ kind: 'failed', error: reason, crashed: true });
    };
    worker.on('error', (error) => died(error.stack ?? String(error)));
    worker.on('exit', (code) => died(`analysis worker exited with code ${code}`));
    worker.unref(); // an idle worker does not keep the process alive (after the listeners, which ref it)
    return worker;
  }

  private abandonRunning(result: AnalysisResult): void {
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
    this.finishRunning(result);
  }

  private finishRunning(result: AnalysisResult): void {
    const running = this.running;
    if (!running) return;
    clearTimeout(running.timer);
    this.running = undefined;
    running.resolve(result); // no effect if it was answered `superseded` already
    this.startNext();
  }
}

async function answer(request: Request): Promise<Response> {
  const { id } = request;
  const started = performance.now();
  try {
    if (request.kind === 'text') return { id, report: checkText(request.format, request.text, request.options).report, ms: performance.now() - started };
    const checked = await checkDocument(request.format, request.bytes, request.options, undefined, pdfEngine());
    return 'error' in checked ? { id, error: checked.error } : { id, checked, ms: performance.now() - started };
  } catch (error) {
    return { id, error: (error as Error)?.stack ?? String(error), crashed: true };
  }
}

/** The worker side: analyse or check each request, one after the other, and answer with the result or the error. */
export function serveAnalyses(): void {
  const port = parentPort;
  if (!port) throw new Error('serveAnalyses must run in a worker thread');
  port.on('message', (request: Request) => void answer(request).then((response) => port.postMessage(response)));
}
