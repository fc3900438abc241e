// Reading, decoding and analysing the files to check, yielding their results in the order of the
// targets: one file after another in this thread, or spread over worker threads that run the CLI
// bundle itself (main.ts calls serveChecks() when it is not the main thread).
import { Worker, parentPort } from 'node:worker_threads';
import { analyze } from '../core/analyze';
import { pdfEngine } from '../io/pdfEngine';
import type { Locale } from '../core/messages/translate';
import type { SeverityOverride } from '../core/types';
import { fixSource } from '../readers/fixSource';
import { checkDocument, checkText, formatOf, isDocumentFormat, textFormatOf, type Analyzer } from '../readers/source';
import { decode } from './decode';
import type { FsPath } from './fsPath';
import { readBytes, tooLarge } from './read';
import type { FileResult } from './results';

export type { Analyzer };

/** How one file is checked: from its configuration file and the command line. */
export interface CheckOptions {
  severity: Record<string, SeverityOverride>;
  maxFileSize: number;
  /** Apply the proven fixes (text and HTML), and report what remains. */
  fix: boolean;
  /** Summarise each report for the checks across years (off with --no-cross). */
  summary?: boolean;
  /** The language of the messages. */
  locale: Locale;
}

/** A file to check: on disk, or standard input's bytes; or a path that could not be used. */
export type Job = { path: string; options: CheckOptions } & ({ abs: FsPath } | { bytes: Uint8Array });
export type Task = Job | { path: string; error: string };

async function bytesOf(job: Job): Promise<{ bytes: Uint8Array } | { error: string }> {
  if ('abs' in job) return readBytes(job.abs, job.options.maxFileSize);
  return job.bytes.length > job.options.maxFileSize ? { error: tooLarge(job.bytes.length, job.options.maxFileSize) } : { bytes: job.bytes };
}

export async function checkFile(job: Job, analyzer: Analyzer): Promise<FileResult> {
  const { path, options } = job;
  const analyzeOptions = { severity: options.severity, summary: options.summary, locale: options.locale };
  const format = formatOf(path);
  try {
    const read = await bytesOf(job);
    if ('error' in read) return { path, error: read.error };
    if (isDocumentFormat(format)) {
      const checked = await checkDocument(format, read.bytes, analyzeOptions, analyzer, pdfEngine());
      return 'error' in checked ? { path, error: checked.error } : { path, ...checked };
    }
    const decoded = decode(read.bytes);
    if ('error' in decoded) return { path, error: decoded.error };
    const textFormat = textFormatOf(path, decoded.text);
    if (!options.fix) return { path, ...checkText(textFormat, decoded.text, analyzeOptions, analyzer) };
    const { fixed, checked } = fixSource(textFormat, decoded.text, analyzeOptions, analyzer);
    return { path, ...checked, ...(fixed === decoded.text ? {} : { fix: { before: decoded.text, after: fixed, encoding: decoded.encoding } }) };
  } catch (err) {
    // The core promises never to throw; if it does, that file fails and the others go on.
    return { path, error: `分析失败 (analysis failed): ${err instanceof Error ? err.message : String(err)}` };
  }
}

export async function* checkInOrder(tasks: readonly Task[], analyzer: Analyzer): AsyncGenerator<FileResult> {
  for (const task of tasks) yield 'error' in task ? task : await checkFile(task, analyzer);
}

interface CheckRequest {
  index: number;
  job: Job;
}
interface CheckResponse {
  index: number;
  result: FileResult;
}

/** Files sent to a worker before it answers (keeps it busy while its results travel back). */
const IN_FLIGHT_PER_WORKER = 4;
/** How far past the next file to yield files may be sent: bounds the results held back for order. */
const AHEAD = 64;

/**
 * The results in target order, checked by `jobs` workers running `script` with the core's own
 * `analyze`. A worker that dies fails the whole run (the error is thrown).
 */
export async function* checkInWorkers(script: string, targets: readonly Task[], jobs: number): AsyncGenerator<FileResult> {
  const pending = targets.flatMap((target, index) => ('error' in target ? [] : [{ index, job: target }]));
  const results = new Map<number, FileResult>();
  const inFlight = new Map<Worker, number>();
  let next = 0;
  let yielded = 0;
  let failure: Error | undefined;
  let closing = false;
  let wake = () => {};

  const fill = () => {
    for (const [worker, count] of inFlight) {
      let sent = count;
      for (; sent < IN_FLIGHT_PER_WORKER && next < pending.length && pending[next].index < yielded + AHEAD; next++, sent++) {
        const request: CheckRequest = pending[next];
        worker.postMessage(request);
      }
      inFlight.set(worker, sent);
    }
  };
  const fail = (error: Error) => {
    failure ??= error;
    wake();
  };
  for (let i = 0; i < Math.min(jobs, pending.length); i++) {
    const worker = new Worker(script);
    inFlight.set(worker, 0);
    worker.on('message', ({ index, result }: CheckResponse) => {
      results.set(index, result);
      inFlight.set(worker, inFlight.get(worker)! - 1);
      fill();
      wake();
    });
    worker.on('error', fail);
    worker.on('exit', (code) => closing || fail(new Error(`检查线程意外退出 (worker exited with code ${code})`)));
  }
  try {
    fill();
    for (const [index, target] of targets.entries()) {
      if ('error' in target) yield target;
      else {
        while (!results.has(index)) {
          if (failure) throw failure;
          await new Promise<void>((resolve) => (wake = resolve));
        }
        const result = results.get(index)!;
        results.delete(index);
        yield result;
      }
      yielded = index + 1;
      fill();
    }
  } finally {
    closing = true;
    await Promise.all([...inFlight.keys()].map((worker) => worker.terminate()));
  }
}

/** The worker side: check each file sent and post back its result. */
export function serveChecks(): void {
  const port = parentPort;
  if (!port) throw new Error('serveChecks must run in a worker thread');
  port.on('message', async ({ index, job }: CheckRequest) => {
    // A Buffer arrives as a plain Uint8Array.
    const arrived = 'abs' in job && typeof job.abs !== 'string' ? { ...job, abs: Buffer.from(job.abs) } : job;
    const response: CheckResponse = { index, result: await checkFile(arrived, analyze) };
    port.postMessage(response);
  });
}
