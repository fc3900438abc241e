// PDF reading time per page: readPdf (pdfjs-dist parsing, the layout, the tables rebuilt) over the real
// published PDFs in ../shared/realworld when present, else the Chromium-printed fixture; every file
// read twice before any is timed (the first read also loads pdfjs, and pdfjs's code, shared by all
// files, is compiled by then: the first file timed was slower than the others only for being first). Target: a 10-page report in 300 ms. The
// estimate for 10 pages is ten times the median per page, which overstates it for these 5- and 6-page
// reports: pdfjs converts each embedded font once per document (about half of a 5-page read), and
// that cost does not grow with the pages. Run bundled (bench/run.mjs): pdfjs is ESM, slower under tsx.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readPdf } from '../server/src/readers/pdf';
import { percentile, timeCall } from './stats';
import { fmtMs, printTable, verdict } from './table';

const ROOT = resolve(__dirname, '..');
const REALWORLD = resolve(ROOT, '../shared/realworld');
const REAL = ['02_洪泽区_2023.pdf', '03_洪泽区_2024.pdf', '04_淮安市_2024.pdf'];
const FIXTURE = join(ROOT, 'test', 'fixtures', 'pdf', 'table3-2021.pdf');
const RUNS = 7;
const TARGET_10_PAGES_MS = 300;

export async function pdfPages(): Promise<unknown> {
  const paths = existsSync(REALWORLD) ? REAL.map((f) => join(REALWORLD, f)) : [FIXTURE];
  const rows = [];
  const perPage: number[] = [];
  const cpuPerPage: number[] = [];
  const files = paths.map((path) => ({ path, bytes: new Uint8Array(readFileSync(path)) }));
  for (let i = 0; i < 2; i++) for (const { bytes } of files) await readPdf(bytes);
  for (const { path, bytes } of files) {
    const samples: number[] = [];
    const cpu: number[] = [];
    let pages = 1;
    for (let i = 0; i < RUNS; i++) {
      const { value: result, wallMs, cpuMs } = await timeCall(() => readPdf(bytes));
      samples.push(wallMs);
      cpu.push(cpuMs);
      if (!('error' in result)) pages = result.pages;
    }
    const median = percentile(samples, 0.5);
    perPage.push(...samples.map((s) => s / pages));
    cpuPerPage.push(...cpu.map((s) => s / pages));
    rows.push({ name: path.split('/').pop()!, pages, medianMs: median, perPageMs: median / pages, cpuMs: percentile(cpu, 0.5) });
  }
  const msPerPage = percentile(perPage, 0.5);
  printTable(
    `PDF: readPdf, median of ${RUNS} reads after 2 warm-up reads of every file`,
    ['file', 'pages', 'median ms', 'ms / page', 'CPU ms'],
    rows.map((r) => [r.name, r.pages, fmtMs(r.medianMs), fmtMs(r.perPageMs), fmtMs(r.cpuMs)]),
  );
  const cpuMsPerPage = percentile(cpuPerPage, 0.5);
  console.log(`median ${fmtMs(msPerPage)} ms per page: a 10-page report ≈ ${fmtMs(10 * msPerPage)} ms (target < ${TARGET_10_PAGES_MS} ms: ${verdict(10 * msPerPage, TARGET_10_PAGES_MS)})`);
  console.log(`in CPU time ${fmtMs(cpuMsPerPage)} ms per page: 10 pages ≈ ${fmtMs(10 * cpuMsPerPage)} ms (${verdict(10 * cpuMsPerPage, TARGET_10_PAGES_MS)})`);
  return { files: rows, msPerPage, tenPagesMs: 10 * msPerPage, cpuMsPerPage };
}
