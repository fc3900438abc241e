// Reading, decoding and analysing the files to check, yielding their results in the order of the
// targets: one file after another in this thread, or spread over worker threads that run the CLI
// bundle itself (main.ts calls serveChecks() when it is not the main thread).
import { Worker, parentPort, workerData } from 'node:worker_threads';
import { analyze } from '../core/analyze';
import { pdfResources } from '../io/pdfResources';
import { checkDocument, checkText, formatOf, textFormatOf, type Analyzer } from '../readers/source';
import type { Target } from './discover';
import type { FsPath } from './fsPath';
import { readBytes, readText } from './read';
import type { FileResult } from './results';

export type { Analyzer };

export interface CheckOptions {
  disable: readonly string[];
  maxFileSize: number;
}

export async function checkFile(path: string, abs: FsPath, { disable, maxFileSize }: CheckOptions, analyzer: Analyzer): Promise<FileResult> {
  const format = formatOf(path);
  try {
    if (format === 'pdf' || format === 'docx') {
      const read = await readBytes(abs, maxFileSize);
      if ('error' in read) return { path, error: read.error };
      const checked = await checkDocument(format, read.bytes, { disable }, analyzer, pdfResources());
      return 'error' in checked ? { path, error: checked.error } : { path, ...checked };
    }
    const decoded = await readText(abs, maxFileSize);
    if ('error' in decoded) return { path, error: decoded.error };
    return { path, ...checkText(textFormatOf(path, decoded.text), decoded.text, { disable }, analyzer) };
  } catch (err) {
    // The core promises never to throw; if it does, that file fails and the others go on.
    return { path, error: `分析失败 (analysis failed): ${err instanceof Error ? err.message : String(err)}` };
  }
}

export async function* checkInOrder(targets: readonly Target[], options: CheckOptions, analyzer: Analyzer): AsyncGenerator<FileResult> {
  for (const target of targets) yield 'error' in target ? target : await checkFile(target.path, target.abs, options, analyzer);
}

interface CheckRequest {
  index: number;
  path: string;
  abs: FsPath;
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
export async function* checkInWorkers(script: string, targets: readonly Target[], options: CheckOptions, jobs: number): AsyncGenerator<FileResult> {
  const pending = targets.flatMap((target, index) => ('error' in target ? [] : [{ index, path: target.path, abs: target.abs }]));
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
    const worker = new Worker(script, { workerData: options });
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
  const options = workerData as CheckOptions;
  port.on('message', async ({ index, path, abs }: CheckRequest) => {
    // A Buffer arrives as a plain Uint8Array.
    const response: CheckResponse = { index, result: await checkFile(path, typeof abs === 'string' ? abs : Buffer.from(abs), options, analyze) };
    port.postMessage(response);
  });
}
