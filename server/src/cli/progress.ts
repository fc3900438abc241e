// A progress line on stderr for large batches, only when stderr is a terminal.
export const PROGRESS_THRESHOLD = 50;
const REDRAW_MS = 100;

export interface Progress {
  update(done: number): void;
  /** Erase the line before anything else is written to the terminal. */
  clear(): void;
}

export function createProgress(stderr: { write(s: string): unknown; isTTY?: boolean }, total: number): Progress {
  if (!stderr.isTTY || total <= PROGRESS_THRESHOLD) return { update() {}, clear() {} };
  let shown = false;
  let drawnAt = 0;
  return {
    update(done) {
      const now = Date.now();
      if (done < total && now - drawnAt < REDRAW_MS) return;
      drawnAt = now;
      shown = true;
      stderr.write(`\r\x1b[K检查中 (checking) ${done}/${total}`);
    },
    clear() {
      if (shown) stderr.write('\r\x1b[K');
      shown = false;
    },
  };
}
