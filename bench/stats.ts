// Timing and summary statistics for the benchmarks. Figures only, never assertions.

/** The p-quantile (0 < p ≤ 1) of `samples`, nearest-rank. */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

/**
 * What one call of `fn` returned, with its wall time and CPU time in ms. CPU time (user and system, every thread of this
 * process: the garbage collector's and zlib's too) is what the call cost; the load of other processes
 * on the machine moves it far less than the wall time, which also counts the waits for a core.
 */
export async function timeCall<T>(fn: () => T | Promise<T>): Promise<{ value: T; wallMs: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const t = performance.now();
  const value = await fn();
  const wallMs = performance.now() - t;
  const { user, system } = process.cpuUsage(cpu);
  return { value, wallMs, cpuMs: (user + system) / 1000 };
}

export interface Timing {
  medianMs: number;
  p99Ms: number;
  runs: number;
}

export interface TimeOptions {
  /** Untimed calls first, so that the JIT has settled. */
  warmup?: number;
  /** At least this many timed runs, and more while the budget lasts, up to `max`. */
  min?: number;
  max?: number;
  budgetMs?: number;
}

export function time(fn: () => unknown, { warmup = 20, min = 20, max = 500, budgetMs = 1500 }: TimeOptions = {}): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  const started = performance.now();
  while (samples.length < max && (samples.length < min || performance.now() - started < budgetMs)) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return { medianMs: percentile(samples, 0.5), p99Ms: percentile(samples, 0.99), runs: samples.length };
}
