// Web pages and Word files beside the same report as text: each format fixture (test/fixtures/formats)
// read and analysed as .html and .docx, against the plain text of the same report, its planted error
// included (test/support/formatFixtureReports.ts), analysed as the product analyses each: a web page
// and a text file with their fixes proven, a Word file without (it offers no fixes), so the DOCX is
// compared with the text analysed without proofs. Target: HTML and DOCX within 2× of the text.
// Also the readers' throughput alone: MB of HTML, and of word/document.xml, read a second. Run bundled
// (bench/run.mjs).
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { analyze } from '../server/src/core/analyze';
import { readDocx } from '../server/src/readers/docx';
import { readHtml } from '../server/src/readers/html';
import { checkDocument, checkText } from '../server/src/readers/source';
import { formatFixtures } from '../test/readers/formatFixtures';
import { fixtureText } from '../test/support/formatFixtureReports';
import { percentile, timeCall } from './stats';
import { fmtMs, printTable, verdict } from './table';

const TARGET_RATIO = 2;
const WARMUP = 20;
const ROUNDS = 40;

/**
 * Median wall and CPU ms of each of `fns`, timed in turn round after round, so that a change of load
 * on the machine (other processes on these cores) weighs on each alike and their ratios stay fair.
 */
async function interleaved(fns: readonly (() => unknown)[]): Promise<{ wall: number[]; cpu: number[] }> {
  for (let i = 0; i < WARMUP; i++) for (const fn of fns) await fn();
  const samples = fns.map(() => ({ wall: [] as number[], cpu: [] as number[] }));
  for (let i = 0; i < ROUNDS; i++) {
    for (const [k, fn] of fns.entries()) {
      const { wallMs, cpuMs } = await timeCall(fn);
      samples[k].wall.push(wallMs);
      samples[k].cpu.push(cpuMs);
    }
  }
  return { wall: samples.map((s) => percentile(s.wall, 0.5)), cpu: samples.map((s) => percentile(s.cpu, 0.5)) };
}

export async function formats(): Promise<unknown> {
  const rows = [];
  const read = { htmlBytes: 0, htmlMs: 0, xmlBytes: 0, docxMs: 0 };
  const ratios: { html: number; docx: number; htmlCpu: number; docxCpu: number }[] = [];
  for (const { name, file } of formatFixtures()) {
    const text = fixtureText(name);
    const html = readFileSync(file('html'), 'utf8');
    const docx = readFileSync(file('docx'));
    const { wall, cpu } = await interleaved([
      () => analyze(text),
      () => analyze(text, { proveFixes: false }),
      () => checkText('html', html, {}),
      () => checkDocument('docx', docx, {}),
      () => readHtml(html),
      () => readDocx(docx),
    ]);
    const [textMs, unprovenMs, pageMs, wordMs, readHtmlMs, readDocxMs] = wall;
    read.htmlBytes += Buffer.byteLength(html);
    read.htmlMs += readHtmlMs;
    read.xmlBytes += unzipSync(docx, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml'].length;
    read.docxMs += readDocxMs;
    ratios.push({ html: pageMs / textMs, docx: wordMs / unprovenMs, htmlCpu: cpu[2] / cpu[0], docxCpu: cpu[3] / cpu[1] });
    rows.push([name, fmtMs(textMs), fmtMs(pageMs), `${(pageMs / textMs).toFixed(1)}×`, fmtMs(unprovenMs), fmtMs(wordMs), `${(wordMs / unprovenMs).toFixed(1)}×`]);
  }
  printTable(
    'Formats: the same report as text, web page and Word file (read and analysed, median ms)',
    ['fixture', 'text', 'html', 'html/text', 'text, no proofs', 'docx', 'docx/text'],
    rows,
  );
  const html = percentile(ratios.map((r) => r.html), 0.5);
  const docx = percentile(ratios.map((r) => r.docx), 0.5);
  const htmlCpu = percentile(ratios.map((r) => r.htmlCpu), 0.5);
  const docxCpu = percentile(ratios.map((r) => r.docxCpu), 0.5);
  const mbPerS = (bytes: number, ms: number) => bytes / 1024 / 1024 / (ms / 1000);
  const htmlMBps = mbPerS(read.htmlBytes, read.htmlMs);
  const docxMBps = mbPerS(read.xmlBytes, read.docxMs);
  console.log(`median html/text ${html.toFixed(2)}× (target < ${TARGET_RATIO}×: ${verdict(html, TARGET_RATIO)}), docx/text ${docx.toFixed(2)}× (${verdict(docx, TARGET_RATIO)})`);
  console.log(`in CPU time: html/text ${htmlCpu.toFixed(2)}× (${verdict(htmlCpu, TARGET_RATIO)}), docx/text ${docxCpu.toFixed(2)}× (${verdict(docxCpu, TARGET_RATIO)})`);
  console.log(`reading alone: readHtml ${htmlMBps.toFixed(1)} MB/s of HTML, readDocx ${docxMBps.toFixed(1)} MB/s of word/document.xml`);
  return { htmlToText: html, docxToText: docx, htmlToTextCpu: htmlCpu, docxToTextCpu: docxCpu, htmlMBps, docxMBps };
}
