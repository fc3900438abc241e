// Web pages and Word files beside the same report as text: the format fixtures (test/fixtures/formats,
// each a generated report as .html and .docx) read and analysed, against the generated text of the
// same report analysed. Target: HTML and DOCX within 2× of the text. Also HTML throughput in MB/s.
import { readFileSync } from 'node:fs';
import { analyze } from '../server/src/core/analyze';
import { checkDocument, checkText } from '../server/src/readers/source';
import { formatFixtures } from '../test/readers/formatFixtures';
import { generateReport } from '../test/support/generate';
import { percentile, time } from './stats';
import { fmtMs, printTable, verdict } from './table';

const TARGET_RATIO = 2;
const RUNS = 15;

/** Median of an async function's runs after warm-up. */
async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 3; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return percentile(samples, 0.5);
}

export async function formats(): Promise<unknown> {
  const rows = [];
  let htmlBytes = 0;
  let htmlMs = 0;
  const ratios: { html: number; docx: number }[] = [];
  for (const { name, key, file } of formatFixtures()) {
    const text = generateReport({ seed: key.report.seed, template: key.report.template, flattening: 'tsv' }).text;
    const html = readFileSync(file('html'), 'utf8');
    const docx = readFileSync(file('docx'));
    const textMs = time(() => analyze(text)).medianMs;
    const pageMs = time(() => checkText('html', html, {})).medianMs;
    const wordMs = await timeAsync(() => checkDocument('docx', docx, {}));
    htmlBytes += Buffer.byteLength(html);
    htmlMs += pageMs;
    ratios.push({ html: pageMs / textMs, docx: wordMs / textMs });
    rows.push([name, fmtMs(textMs), fmtMs(pageMs), `${(pageMs / textMs).toFixed(1)}×`, fmtMs(wordMs), `${(wordMs / textMs).toFixed(1)}×`]);
  }
  printTable('Formats: the same report as text, web page and Word file (read and analysed, median ms)', ['fixture', 'text', 'html', 'html/text', 'docx', 'docx/text'], rows);
  const html = percentile(ratios.map((r) => r.html), 0.5);
  const docx = percentile(ratios.map((r) => r.docx), 0.5);
  const mbPerS = htmlBytes / 1024 / 1024 / (htmlMs / 1000);
  console.log(`HTML ${mbPerS.toFixed(1)} MB/s; median html/text ${html.toFixed(2)}× (target < ${TARGET_RATIO}×: ${verdict(html, TARGET_RATIO)}), docx/text ${docx.toFixed(2)}× (${verdict(docx, TARGET_RATIO)})`);
  return { htmlMBps: mbPerS, htmlToText: html, docxToText: docx };
}
