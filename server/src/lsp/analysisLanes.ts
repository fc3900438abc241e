// Two analysis workers, so that a small report never waits behind a large one: texts up to
// LARGE_TEXT_LENGTH are analysed in one worker, longer ones in the other (a large document waits at
// most behind another large one; a single large lane keeps at most one large analysis in memory).
// Each lane keeps the guarantees of AnalysisWorker; a document that crosses the threshold has its
// run in the other lane answered `superseded`.
import type { AnalyzeOptions } from '../core/types';
import { AnalysisWorker, type AnalysisResult, type TextFormat } from './analysisWorker';

/** UTF-16 units (about 250 KB of Chinese in UTF-8): such a text is analysed in about 100 ms. */
export const LARGE_TEXT_LENGTH = 100_000;

export class AnalysisLanes {
  private readonly small: AnalysisWorker;
  private readonly large: AnalysisWorker;
  /** The documents last analysed in the large lane. */
  private readonly largeKeys = new Set<string>();

  constructor(script: string, timeLimitMs: number) {
    this.small = new AnalysisWorker(script, timeLimitMs);
    this.large = new AnalysisWorker(script, timeLimitMs);
  }

  analyze(key: string, text: string, options: AnalyzeOptions, format: TextFormat = 'text'): Promise<AnalysisResult> {
    if (text.length <= LARGE_TEXT_LENGTH) {
      this.leaveLarge(key);
      return this.small.analyze(key, text, options, format);
    }
    this.small.cancel(key);
    this.largeKeys.add(key);
    return this.large.analyze(key, text, options, format);
  }

  cancel(key: string): void {
    this.small.cancel(key);
    this.leaveLarge(key);
  }

  /** The large lane's worker and its heap (hundreds of MB after a 20 MB text) end with its last document. */
  private leaveLarge(key: string): void {
    this.large.cancel(key);
    if (this.largeKeys.delete(key) && this.largeKeys.size === 0) this.large.stop();
  }
}
