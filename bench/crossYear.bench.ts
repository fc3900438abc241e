// The checks across years:  npm run bench:cross [-- --quick]
// - a folder of 1,000 generated reports (200 bodies × 5 years, 2019–2023, both forms, every flattening,
//   a planted carry-over error in every tenth body), written once to the temp folder;
// - the CLI over it with and without the checks across years (--no-cross): wall clock and peak RSS;
// - the checks across years alone on the 1,000 reports' summaries (median, p99), and on 2×, 4× and 8×
//   as many (copies with other bodies' names): time per (reports + pairs) should stay flat;
// - the memory the summaries take (heap after a full collection), and what summarising adds to an analysis.
// --quick: 200 reports, one CLI run each. Prints tables and a final `BENCH_JSON {…}` line; figures only.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze } from '../server/src/core/analyze';
import { checkAcrossReports } from '../server/src/core/cross/check';
import { withSharedStrings } from '../server/src/core/cross/summary';
import type { ReportEntry } from '../server/src/core/cross/types';
import { generateSeries } from '../test/support/series';
import { measuresPeak, timeCli } from './cliRun';
import { gc } from './memory';
import { percentile, time } from './stats';
import { fmtMB, fmtMs, printTable } from './table';

const { quick } = parseArgs({ options: { quick: { type: 'boolean', default: false } } }).values;
const ROOT = resolve(__dirname, '..');
const BODIES = quick ? 40 : 200;
const YEARS = [2019, 2020, 2021, 2022, 2023];
const FLATTENINGS = ['pipe-cells', 'tsv', 'markdown', 'spaces'] as const;
const SYLLABLES = ['东', '西', '南', '北', '中', '上', '下', '前', '后', '新', '长', '平', '安', '和', '顺', '兴', '宁', '华', '阳', '江'];
const results: Record<string, unknown> = { node: process.version, cpus: cpus().length, loadavg: loadavg()[0], quick, reports: BODIES * YEARS.length };

const bodyName = (i: number) => `${SYLLABLES[i % SYLLABLES.length]}${SYLLABLES[Math.floor(i / SYLLABLES.length) % SYLLABLES.length]}区`;

/** Writes the folder (once per size) and returns it, with the reports' summaries (texts are not kept). */
/** Texts of a few reports, kept to time the summary's own cost. */
const sampleTexts: string[] = [];

function folder(): { dir: string; entries: ReportEntry[] } {
  const dir = join(tmpdir(), `govreport-bench-cross-${BODIES}`);
  const marker = join(dir, '.complete');
  const entries: ReportEntry[] = [];
  const fresh = !existsSync(marker);
  for (let b = 0; b < BODIES; b++) {
    const name = bodyName(b);
    const plants = b % 10 === 9 ? [{ kind: 'carry' as const, year: 2022, column: '自然人', delta: 1 }] : [];
    for (const { year, report } of generateSeries({ seed: 1000 + b, name, years: YEARS, flattening: FLATTENINGS[b % FLATTENINGS.length], plants })) {
      const path = join(dir, name, `${name}-${year}.txt`);
      if (fresh) {
        mkdirSync(join(dir, name), { recursive: true });
        writeFileSync(path, report.text);
      }
      entries.push({ path, summary: analyze(report.text, { proveFixes: false }).crossYear! });
      if (sampleTexts.length < 40 && year === 2021 + (b % 3)) sampleTexts.push(report.text);
    }
  }
  if (fresh) writeFileSync(marker, '');
  return { dir, entries };
}

/** `copies` × the entries, each copy another set of bodies (its titles renamed, its paths moved). */
function scaled(entries: readonly ReportEntry[], copies: number): ReportEntry[] {
  return Array.from({ length: copies }, (_, k) =>
    entries.map((e) => ({
      path: `copy${k}/${e.path}`,
      summary: { ...e.summary, title: e.summary.title && { ...e.summary.title, text: e.summary.title.text.replace(/区/, `区${'甲乙丙丁戊己庚辛'[k]}`) } },
    })),
  ).flat();
}

/** What summarising costs each report's analysis: analyze() with and without it (fixes proven, as the CLI runs it). */
function summaryCost(): void {
  const per = (summary: boolean) => sampleTexts.map((text) => time(() => analyze(text, { summary }), { warmup: 2, min: 5, max: 20, budgetMs: 300 }).medianMs);
  const [without, withSummary] = [per(false), per(true)];
  const extra = withSummary.map((ms, i) => ms - without[i]);
  const row = (label: string, xs: number[]) => [label, fmtMs(percentile(xs, 0.5)), fmtMs(percentile(xs, 0.99))];
  printTable(`analyze() of ${sampleTexts.length} generated reports, median of each`, ['', 'median ms', 'p99 ms'], [row('without summary', without), row('with summary', withSummary), row('difference', extra)]);
  results.summaryCost = { withoutMs: percentile(without, 0.5), withMs: percentile(withSummary, 0.5), extraMs: percentile(extra, 0.5) };
}

function checksAlone(entries: readonly ReportEntry[]): void {
  const rows = [1, 2, 4, 8].map((copies) => {
    const all = scaled(entries, copies);
    const { pairing, findings } = checkAcrossReports(all);
    const timing = time(() => checkAcrossReports(all), { warmup: 3, min: 10, max: 50, budgetMs: 3000 });
    const units = all.length + pairing.pairs.length;
    return { reports: all.length, pairs: pairing.pairs.length, findings: findings.length, ...timing, usPerUnit: (timing.medianMs * 1000) / units };
  });
  printTable(
    'Checks across years alone (checkAcrossReports on the summaries)',
    ['reports', 'pairs', 'findings', 'median ms', 'p99 ms', 'runs', 'µs per (report + pair)'],
    rows.map((r) => [r.reports, r.pairs, r.findings, fmtMs(r.medianMs), fmtMs(r.p99Ms), r.runs, r.usPerUnit.toFixed(1)]),
  );
  results.checksAlone = rows;
}

function summaryMemory(entries: readonly ReportEntry[]): void {
  gc();
  const before = process.memoryUsage().heapUsed;
  // a copy as the CLI keeps them: each summary as it arrives from a worker, its repeated strings shared
  const pool = new Map<string, string>();
  const copy = (JSON.parse(JSON.stringify(entries)) as ReportEntry[]).map((e) => ({ ...e, summary: withSharedStrings(e.summary, pool) }));
  gc();
  const bytes = process.memoryUsage().heapUsed - before;
  const sentences = copy.reduce((n, e) => n + e.summary.sentences.length, 0);
  const cells = copy.reduce((n, e) => n + e.summary.cells.length, 0);
  printTable('Summaries kept for the checks across years', ['reports', 'cells', 'sentences', 'heap MB', 'KB per report'], [[copy.length, cells, sentences, fmtMB(bytes), (bytes / 1024 / copy.length).toFixed(1)]]);
  results.summaries = { reports: copy.length, cells, sentences, heapBytes: bytes };
}

async function cli(dir: string): Promise<void> {
  const cliPath = join(ROOT, 'dist', 'cli.js');
  const runs = quick ? 1 : 3;
  const rows = [];
  for (const [label, flags] of [['with checks across years', []], ['--no-cross', ['--no-cross']]] as const) {
    const samples = [];
    for (let i = 0; i < runs; i++) samples.push(await timeCli(cliPath, dir, flags));
    const seconds = samples.map((s) => s.seconds);
    const peak = Math.max(...samples.map((s) => s.peakRss ?? 0));
    rows.push({ label, median: percentile(seconds, 0.5), p99: percentile(seconds, 0.99), peak: measuresPeak ? peak : null, runs });
  }
  printTable(
    `CLI over the folder (${BODIES * YEARS.length} reports, default jobs, --format json)`,
    ['run', 'median s', 'p99 s', 'peak RSS MB', 'runs'],
    rows.map((r) => [r.label, r.median.toFixed(1), r.p99.toFixed(1), r.peak === null ? 'n/a' : fmtMB(r.peak), r.runs]),
  );
  results.cli = rows;
}

async function main(): Promise<void> {
  console.log(`GovReport checks across years${quick ? ' (--quick)' : ''}: node ${process.version}, ${cpus().length} × ${cpus()[0]?.model}, load ${loadavg()[0].toFixed(1)}`);
  if (!existsSync(join(ROOT, 'dist', 'cli.js'))) throw new Error('dist/cli.js missing: npm run build first');
  const started = performance.now();
  const { dir, entries } = folder();
  console.log(`${entries.length} reports generated and summarised in ${((performance.now() - started) / 1000).toFixed(0)} s (${dir})`);
  summaryCost();
  checksAlone(entries);
  summaryMemory(entries);
  await cli(dir);
  console.log(`BENCH_JSON ${JSON.stringify(results)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
