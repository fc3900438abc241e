// Benchmark inputs: generated reports (test/support/generate.ts), concatenated to a size, and a
// folder of them on disk for the CLI.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateReport, type Flattening, type TemplateId } from '../test/support/generate';

const TEMPLATES: readonly TemplateId[] = ['2019', '2021', 'pre2019'];
const FLATTENINGS: readonly Flattening[] = ['pipe-cells', 'tsv', 'markdown', 'spaces'];
/** Distinct reports cycled through by `concatenated` (generating one takes ~2 ms). */
const POOL_SIZE = 48;

/** Report `seed`: templates and flattenings in turn, so that every combination occurs. */
export function generated(seed: number, traditional = false): string {
  return generateReport({ seed, template: TEMPLATES[seed % TEMPLATES.length], flattening: FLATTENINGS[seed % FLATTENINGS.length], traditional }).text;
}

const pools = new Map<boolean, string[]>();

/** Generated reports joined by blank lines, cut at the last line end within `bytes` UTF-8 bytes. */
export function concatenated(bytes: number, traditional = false): string {
  const pool = pools.get(traditional) ?? Array.from({ length: POOL_SIZE }, (_, seed) => generated(seed, traditional));
  pools.set(traditional, pool);
  const parts: string[] = [];
  for (let size = 0, i = 0; size <= bytes; i++) {
    parts.push(pool[i % POOL_SIZE]);
    size += Buffer.byteLength(pool[i % POOL_SIZE]) + 2;
  }
  const buf = Buffer.from(parts.join('\n\n'));
  return buf.subarray(0, buf.lastIndexOf(0x0a, bytes)).toString();
}

/**
 * `count` generated reports (every tenth traditional) as .txt files, spread evenly over the
 * subfolders `parts` of `dir`. A folder completed by an earlier run with the same layout is reused.
 */
export function reportFolder(dir: string, count: number, parts: readonly string[]): { reused: boolean } {
  const marker = join(dir, '.complete');
  const layout = JSON.stringify({ count, parts });
  if (existsSync(marker) && readFileSync(marker, 'utf8') === layout) return { reused: true };
  rmSync(dir, { recursive: true, force: true });
  for (const part of parts) mkdirSync(join(dir, part), { recursive: true });
  for (let i = 0; i < count; i++) {
    const part = parts[Math.floor((i * parts.length) / count)];
    writeFileSync(join(dir, part, `report-${String(i).padStart(5, '0')}.txt`), generated(i, i % 10 === 9));
  }
  writeFileSync(marker, layout);
  return { reused: false };
}
