// PDF reading time per page: readPdf (PDFium's parsing, the layout, the tables rebuilt) over the real
// published PDFs in ../shared/realworld when present, else the Chromium-printed fixture; every file
// read twice before any is timed. Target: a 10-page report in 300 ms, estimated as ten times the median
// per page. What a process pays once (a CLI run, an editor's check in its worker) is printed apart:
// PDFium's start and its first, slower read. Run bundled (bench/run.mjs), as dist/ is.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pdfEngine } from '../server/src/io/pdfEngine';
import { readPdf } from '../server/src/readers/pdf';
import { startPdfium } from '../server/src/readers/pdf/pdfium';
import { percentile, timeCall } from './stats';
import { fmtMs, printTable, verdict } from './table';

const ROOT = resolve(__dirname, '..');
const REALWORLD = resolve(ROOT, '../shared/realworld');
const REAL = ['02_洪泽区_2023.pdf', '03_洪泽区_2024.pdf', '04_淮安市_2024.pdf'];
const FIXTURE = join(ROOT, 'test', 'fixtures', 'pdf', 'table3-2021.pdf');
const RUNS = 7;
/** The bundle runs from a temporary folder: PDFium's binary is taken from the package. */
const engine = pdfEngine(join(ROOT, 'node_modules', '@embedpdf', 'pdfium', 'dist'));
const TARGET_10_PAGES_MS = 300;

export async function pdfPages(): Promise<unknown> {
  const paths = existsSync(REALWORLD) ? REAL.map((f) => join(REALWORLD, f)) : [FIXTURE];
  const rows = [];
  const perPage: number[] = [];
  const cpuPerPage: number[] = [];
  const files = paths.map((path) => ({ path, bytes: new Uint8Array(readFileSync(path)) }));
  const started = await timeCall(() => startPdfium(engine.wasm));
  const first = await timeCall(() => readPdf(files[0].bytes, engine));
  for (let i = 0; i < 2; i++) for (const { bytes } of files) await readPdf(bytes, engine);
  for (const { path, bytes } of files) {
    const samples: number[] = [];
    const cpu: number[] = [];
    let pages = 1;
    for (let i = 0; i < RUNS; i++) {
      const { value: result, wallMs, cpuMs } = await timeCall(() => readPdf(bytes, engine));
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
  // once per process (a CLI run, an editor's check in its worker): PDFium started, and its first read
  // slower while V8 compiles the code it runs for the first time
  const coldMs = started.wallMs + first.wallMs;
  console.log(`cold: PDFium started in ${fmtMs(started.wallMs)} ms, the first read (${rows[0].name}) ${fmtMs(first.wallMs)} ms against a median of ${fmtMs(rows[0].medianMs)} ms`);
  return { files: rows, msPerPage, tenPagesMs: 10 * msPerPage, cpuMsPerPage, startMs: started.wallMs, firstReadMs: first.wallMs, coldMs };
}
