// Debounced, per-document runs. Each edit re-arms the document's timer, so at most one run per
// document is ever pending and typing never queues work; a run that finds its document changed
// after its await points is skipped by the caller (the analysis itself is synchronous).

export const MAX_DEBOUNCE_MS = 150;

/** Adaptive debounce: twice the document's last analysis time, at most MAX_DEBOUNCE_MS. */
export function debounceDelay(lastAnalysisMs: number): number {
  return Math.min(MAX_DEBOUNCE_MS, Math.max(0, Math.round(2 * lastAnalysisMs)));
}

export class DebouncedRuns {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(private readonly run: (uri: string) => void) {}

  schedule(uri: string, delayMs: number): void {
    this.cancel(uri);
    const timer = setTimeout(() => {
      this.timers.delete(uri);
      this.run(uri);
    }, delayMs);
    this.timers.set(uri, timer);
  }

  cancel(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
  }
}
