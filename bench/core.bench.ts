// Core and CLI performance:  npm run bench [-- --quick] [-- --keep]
// - analysis time of each seed report (../shared/seeds) after warm-up: median and p99;
// - 20 KB simplified and traditional reports against their targets, beside a bare opencc-js
//   conversion of the same traditional text;
// - growth from 10 KB to 10 MB, and reports that are one single line (1 MB, 5 MB);
// - peak memory of the largest analysis (measured first, while the heap is small);
// - PDF reading time per page (bench/pdf.ts); web pages and Word files beside the same report as text (bench/formats.ts);
// - the CLI over a folder of 10,000 generated reports, with --jobs 1 and --jobs 2 (worker threads).
// --quick skips the 10 MB report and the CLI. Prints tables and a final `BENCH_JSON {…}` line;
// nothing here is a pass/fail assertion.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze } from '../server/src/core/analyze';
import { toSimplified } from '../server/src/core/normalise/traditional';
import { measuresPeak, timeCli } from './cliRun';
import { concatenated, reportFolder } from './corpus';
import { gc, resetPeak, rss } from './memory';
import { formats } from './formats';
import { pdfPages } from './pdf';
import { time, type Timing } from './stats';
import { fmtKB, fmtMB, fmtMs, printTable, verdict } from './table';

const { quick, keep } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, keep: { type: 'boolean', default: false } },
}).values;

const ROOT = resolve(__dirname, '..');
const SEEDS = resolve(ROOT, '../shared/seeds');
const KB = 1024;
const MB = 1024 * KB;
const CLI_REPORTS = 10_000;
const CLI_TARGET_S = 60;

const results: Record<string, unknown> = { node: process.version, cpus: cpus().length, loadavg: loadavg()[0], quick };

function seedReports(): void {
  if (!existsSync(SEEDS)) {
    console.log(`\nSeed reports: ${SEEDS} not found, skipped.`);
    return;
  }
  const rows = readdirSync(SEEDS)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(SEEDS, name), 'utf8');
      const { template, traditional } = analyze(text);
      return { name, bytes: Buffer.byteLength(text), template, traditional, ...time(() => analyze(text)) };
    });
  printTable(
    'Seed reports: analyze() after 20 warm-up calls',
    ['report', 'KB', 'template', 'traditional', 'median ms', 'p99 ms', 'runs'],
    rows.map((r) => [r.name, fmtKB(r.bytes), r.template ?? '-', r.traditional ? 'yes' : 'no', fmtMs(r.medianMs), fmtMs(r.p99Ms), r.runs]),
  );
  results.seeds = rows;
}

function targets(): void {
  const simplified = concatenated(20 * KB);
  const traditional = concatenated(20 * KB, true);
  const cases = [
    { name: 'analyze, 20 KB simplified', text: simplified, run: () => analyze(simplified), targetMs: 2 },
    { name: 'analyze, 20 KB traditional', text: traditional, run: () => analyze(traditional), targetMs: 5 },
    { name: 'toSimplified (opencc-js), same traditional text', text: traditional, run: () => toSimplified(traditional) },
  ];
  const rows = cases.map(({ name, text, run, targetMs }) => ({ name, bytes: Buffer.byteLength(text), targetMs, ...time(run) }));
  printTable(
    '20 KB reports against the targets (median after 20 warm-up calls)',
    ['case', 'KB', 'median ms', 'p99 ms', 'runs', 'target', 'met'],
    rows.map((r) => [
      r.name, fmtKB(r.bytes), fmtMs(r.medianMs), fmtMs(r.p99Ms), r.runs,
      r.targetMs ? `< ${r.targetMs} ms` : '-', r.targetMs ? verdict(r.medianMs, r.targetMs) : '-',
    ]),
  );
  const [simp, trad, opencc] = rows;
  console.log(
    `traditional − simplified analysis: ${fmtMs(trad.medianMs - simp.medianMs)} ms; ` +
      `the bare conversion is ${((100 * opencc.medianMs) / trad.medianMs).toFixed(0)}% of the traditional analysis`,
  );
  results.targets = rows;
}

interface SizeRow extends Timing {
  name: string;
  bytes: number;
  usPerKB: number;
  ratio: number | null;
  sizeRatio: number | null;
}

/** analyze() over texts of growing size; each row's time and size as a ratio to the previous row's. */
function growth(title: string, cases: readonly { name: string; text: string }[]): SizeRow[] {
  const rows: SizeRow[] = [];
  for (const { name, text } of cases) {
    const bytes = Buffer.byteLength(text);
    const timing = time(() => analyze(text), { warmup: 0, min: 3, max: 30, budgetMs: 2000 });
    const prev = rows.at(-1);
    rows.push({
      name, bytes, ...timing,
      usPerKB: (1000 * timing.medianMs) / (bytes / KB),
      ratio: prev ? timing.medianMs / prev.medianMs : null,
      sizeRatio: prev ? bytes / prev.bytes : null,
    });
  }
  const x = (v: number | null) => (v === null ? '-' : `×${v.toFixed(2)}`);
  printTable(
    `${title} (linear growth: time ratio ≈ size ratio)`,
    ['case', 'KB', 'median ms', 'runs', 'µs/KB', 'time ratio', 'size ratio'],
    rows.map((r) => [r.name, fmtKB(r.bytes), fmtMs(r.medianMs), r.runs, r.usPerKB.toFixed(1), x(r.ratio), x(r.sizeRatio)]),
  );
  return rows;
}

/**
 * RSS and heap around one analysis of `text` (allocated before). Run first, while the heap is
 * small: later, V8 keeps the pages of earlier analyses and the peak would not move.
 */
function memory(name: string, text: string): void {
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const rssBefore = rss().current;
  resetPeak();
  const report = analyze(text);
  const rssPeak = rss().peak;
  gc();
  const heapAfter = process.memoryUsage().heapUsed;
  printTable(
    `Memory of one analysis, ${name}, in a fresh heap`,
    ['RSS before MB', 'peak RSS MB', 'peak − before MB', 'heapUsed before MB', 'heapUsed after GC MB (report kept)'],
    [[fmtMB(rssBefore), fmtMB(rssPeak), fmtMB(rssPeak - rssBefore), fmtMB(heapBefore), fmtMB(heapAfter)]],
  );
  results.memory = { name, bytes: Buffer.byteLength(text), rssBefore, rssPeak, heapBefore, heapAfter, findings: report.findings.length };
}

async function cli(): Promise<void> {
  const cliJs = join(ROOT, 'dist/cli.js');
  if (!existsSync(cliJs)) {
    console.log(`\nCLI: ${cliJs} not built (npm run build), skipped.`);
    return;
  }
  const dir = join(tmpdir(), 'govreport-bench-reports');
  const started = performance.now();
  const { reused } = reportFolder(dir, CLI_REPORTS, ['reports']);
  console.log(
    `\nCLI folder ${dir}: ${CLI_REPORTS} reports, ` +
      (reused ? 'reused from an earlier run' : `generated in ${((performance.now() - started) / 1000).toFixed(1)} s`),
  );
  const runs = [];
  for (const jobs of ['1', '2']) {
    const timed = await timeCli(cliJs, dir, ['--jobs', jobs]);
    runs.push({ name: `--jobs ${jobs}`, ...timed, reportsPerSecond: CLI_REPORTS / timed.seconds });
  }
  printTable(
    `CLI: node dist/cli.js check <dir> --format json --jobs N > /dev/null (target: ${CLI_REPORTS} reports in < ${CLI_TARGET_S} s)`,
    ['run', 'seconds', 'reports/s', 'peak RSS MB', 'met'],
    runs.map((r) => [r.name, r.seconds.toFixed(1), r.reportsPerSecond.toFixed(0), r.peakRss === null ? 'n/a' : fmtMB(r.peakRss), verdict(r.seconds, CLI_TARGET_S)]),
  );
  console.log(
    `--jobs 2 (the default from 200 files on) checks files in two worker threads; ${cpus().length} CPUs here.` +
      (measuresPeak ? '' : ' Peak RSS needs GNU time (/usr/bin/time), which is not installed.'),
  );
  results.cli = runs;
  if (keep) console.log(`kept ${dir} (--keep)`);
  else rmSync(dir, { recursive: true, force: true });
}

async function main(): Promise<void> {
  console.log(
    `GovReport core benchmark${quick ? ' (--quick)' : ''}: node ${process.version}, ${cpus().length} × ${cpus()[0]?.model}, ` +
      `load average ${loadavg()[0].toFixed(2)} at start (other processes on these cores skew the figures)`,
  );
  const sizes = { '10 KB': 10 * KB, '100 KB': 100 * KB, '1 MB': MB, ...(quick ? {} : { '10 MB': 10 * MB }) };
  const texts = Object.entries(sizes).map(([name, bytes]) => ({ name, text: concatenated(bytes) }));
  const largest = texts.at(-1)!;
  memory(`${largest.name} report`, largest.text);
  seedReports();
  targets();
  results.growth = growth('Growth: concatenated generated reports', texts);
  const oneLine = (bytes: number) => concatenated(bytes).replace(/\r?\n/g, '');
  results.singleLine = growth('One single line (newlines removed)', [
    { name: '1 MB, one line', text: oneLine(MB) },
    { name: '5 MB, one line', text: oneLine(5 * MB) },
  ]);
  results.pdf = await pdfPages();
  results.formats = await formats();
  if (!quick) await cli();
  console.log(`BENCH_JSON ${JSON.stringify(results)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
