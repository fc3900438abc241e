// The core's `analyze` in a worker thread, so that no text can block the protocol. At most one run
// waits per document: a newer request replaces it before it starts. A running analysis of an older
// version is answered `superseded` at once and its result dropped (the worker keeps running it, which
// keeps the worker warm); a run over the time limit is abandoned and its worker replaced.
import { Worker, parentPort } from 'node:worker_threads';
import { checkText } from '../readers/source';
import type { AnalyzeOptions, Report } from '../core/types';

export type AnalysisResult =
  | { kind: 'report'; report: Report; ms: number }
  | { kind: 'failed'; error: string }
  | { kind: 'timedOut'; limitMs: number }
  /** A newer request for the same document replaced this one, or the document was closed. */
  | { kind: 'superseded' };

/** A document's text is a report (text) or its web page, read in place (html). */
export type TextFormat = 'text' | 'html';

interface Request {
  id: number;
  text: string;
  options: AnalyzeOptions;
  format: TextFormat;
}

type Response = { id: number; report: Report; ms: number } | { id: number; error: string };

interface Job {
  key: string;
  text: string;
  options: AnalyzeOptions;
  format: TextFormat;
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

  /** `script`: a file that calls `serveAnalyses()` when it runs in a worker thread. */
  constructor(
    private readonly script: string,
    private readonly timeLimitMs: number,
  ) {}

  analyze(key: string, text: string, options: AnalyzeOptions, format: TextFormat = 'text'): Promise<AnalysisResult> {
    return new Promise((resolve) => {
      this.waiting.get(key)?.resolve(SUPERSEDED);
      this.waiting.set(key, { key, text, options, format, resolve });
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
    if (!job) return;
    this.waiting.delete(job.key);
    const id = ++this.lastId;
    const timer = setTimeout(() => this.abandonRunning({ kind: 'timedOut', limitMs: this.timeLimitMs }), this.timeLimitMs);
    this.running = { ...job, id, timer };
    try {
      this.worker ??= this.spawn();
      const request: Request = { id, text: job.text, options: job.options, format: job.format };
      this.worker.postMessage(request);
    } catch (error) {
      this.abandonRunning({ kind: 'failed', error: (error as Error)?.stack ?? String(error) });
    }
  }

  private spawn(): Worker {
    const worker = new Worker(this.script, { resourceLimits: WORKER_LIMITS });
    worker.on('message', (response: Response) => {
      if (this.running?.id !== response.id) return;
      this.finishRunning('report' in response ? { kind: 'report', report: response.report, ms: response.ms } : { kind: 'failed', error: response.error });
    });
    const died = (reason: string) => {
      if (this.worker !== worker) return; // terminated on purpose
      this.worker = undefined;
      this.finishRunning({ kind: 'failed', error: reason });
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

/** The worker side: analyse each request and answer with the Report or the error. */
export function serveAnalyses(): void {
  const port = parentPort;
  if (!port) throw new Error('serveAnalyses must run in a worker thread');
  port.on('message', ({ id, text, options, format }: Request) => {
    const started = performance.now();
    let response: Response;
    try {
      response = { id, report: checkText(format, text, options).report, ms: performance.now() - started };
    } catch (error) {
      response = { id, error: (error as Error)?.stack ?? String(error) };
    }
    port.postMessage(response);
  });
}
