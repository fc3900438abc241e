// A progress line on stderr for long runs, only when stderr is a terminal: files done, the rate and
// the time left (`检查中 (checking) 120/1000 · 8.5 个/秒 · 剩余约 1 分 43 秒`). A run is long when it has
// more than PROGRESS_THRESHOLD files, or once it has lasted LONG_RUN_MS.
export const PROGRESS_THRESHOLD = 50;
export const LONG_RUN_MS = 2000;
const REDRAW_MS = 100;
/** Before this much time has passed the rate says little: only the count is shown. */
const RATE_AFTER_MS = 1000;

export interface Progress {
  update(done: number): void;
  /** Erase the line before anything else is written to the terminal. */
  clear(): void;
}

export function createProgress(
  stderr: { write(s: string): unknown; isTTY?: boolean },
  total: number,
  now: () => number = Date.now,
): Progress {
  if (!stderr.isTTY) return { update() {}, clear() {} };
  const start = now();
  let shown = false;
  let drawnAt = -Infinity;
  return {
    update(done) {
      const t = now();
      const elapsed = t - start;
      if (total <= PROGRESS_THRESHOLD && elapsed < LONG_RUN_MS) return;
      if (done < total && t - drawnAt < REDRAW_MS) return;
      drawnAt = t;
      shown = true;
      stderr.write(`\r\x1b[K${progressLine(done, total, elapsed)}`);
    },
    clear() {
      if (shown) stderr.write('\r\x1b[K');
      shown = false;
    },
  };
}

export function progressLine(done: number, total: number, elapsedMs: number): string {
  const count = `检查中 (checking) ${done}/${total}`;
  if (elapsedMs < RATE_AFTER_MS || done === 0) return count;
  const perSecond = (done * 1000) / elapsedMs;
  const rate = `${perSecond < 10 ? perSecond.toFixed(1) : Math.round(perSecond)} 个/秒 (files/s)`;
  if (done >= total) return `${count} · ${rate}`;
  return `${count} · ${rate} · 剩余约 ${duration((total - done) / perSecond)} (left)`;
}

/** 8 秒, 1 分 43 秒, 2 小时 5 分. */
function duration(seconds: number): string {
  const s = Math.ceil(seconds);
  if (s < 60) return `${s} 秒`;
  if (s < 3600) return `${Math.floor(s / 60)} 分 ${s % 60} 秒`;
  return `${Math.floor(s / 3600)} 小时 ${Math.floor((s % 3600) / 60)} 分`;
}
