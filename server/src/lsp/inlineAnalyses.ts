// Analyses in the server's own thread, for the language server in a browser worker (which is already
// off the editor's thread, and where Node's worker threads do not exist). A request waits one turn of
// the event loop, so that a newer version of the same document, or its closing, replaces it first;
// an analysis once started runs to its end (no time limit: a browser worker cannot be interrupted
// from inside).
import type { AnalyzeOptions } from '../core/types';
import { checkText } from '../readers/textSource';
import type { AnalysisResult, TextFormat } from './analysisWorker';

export class InlineAnalyses {
  /** The latest request of each document. */
  private readonly latest = new Map<string, number>();
  private lastId = 0;

  async analyze(key: string, text: string, options: AnalyzeOptions, format: TextFormat = 'text'): Promise<AnalysisResult> {
    const id = ++this.lastId;
    this.latest.set(key, id);
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (this.latest.get(key) !== id) return { kind: 'superseded' };
    const started = performance.now();
    try {
      const { report } = checkText(format, text, options);
      return { kind: 'report', report, ms: performance.now() - started };
    } catch (error) {
      return { kind: 'failed', error: error instanceof Error ? error.message : String(error) };
    } finally {
      if (this.latest.get(key) === id) this.latest.delete(key);
    }
  }

  cancel(key: string): void {
    this.latest.delete(key);
  }
}
