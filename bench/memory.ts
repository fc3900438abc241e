// Memory figures of this process. Peak RSS is the kernel's high-water mark (VmHWM), reset before
// a measurement through /proc/self/clear_refs: the analysis is synchronous, so a timer could not
// sample it meanwhile.
import { readFileSync, writeFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Resident set: current and peak (since the last reset), in bytes. */
export function rss(): { current: number; peak: number } {
  const status = readFileSync('/proc/self/status', 'utf8');
  const kB = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1]) * 1024;
  return { current: kB('VmRSS'), peak: kB('VmHWM') };
}

/** Resets the peak to the current RSS (Linux ≥ 4.0). */
export function resetPeak(): void {
  writeFileSync('/proc/self/clear_refs', '5');
}

/** A full garbage collection: `gc` of --expose-gc, or obtained by setting that flag now. */
export const gc: () => void =
  (globalThis as { gc?: () => void }).gc ?? (setFlagsFromString('--expose-gc'), runInNewContext('gc') as () => void);
