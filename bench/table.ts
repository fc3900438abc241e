// Plain-text tables for the benchmark output: first column left-aligned, the others right-aligned.

export type Cell = string | number;

export function printTable(title: string, header: readonly string[], rows: readonly (readonly Cell[])[]): void {
  const cells = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  const line = (row: string[]) => row.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(`\n${title}\n${line(cells[0])}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of cells.slice(1)) console.log(line(row));
}

export const fmtMs = (ms: number) => (ms < 10 ? ms.toFixed(3) : ms < 1000 ? ms.toFixed(1) : ms.toFixed(0));
export const fmtKB = (bytes: number) => (bytes / 1024).toFixed(1);
export const fmtMB = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
export const verdict = (value: number, target: number) => (value < target ? 'met' : 'NOT met');
