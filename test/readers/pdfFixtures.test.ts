// The generated PDFs (test/fixtures/formats/*.pdf, each printed by Chromium from the .html of the same
// name) are there for the PDF reader's tests: every fixture has its .html, .docx and .pdf, and each PDF
// is a PDF printed from its page (Chromium writes the page's <title> as the document's title).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { test } from 'node:test';
import { pdfEngine } from '../../server/src/io/pdfEngine';
import { checkDocument } from '../../server/src/readers/source';
import { FORMATS_DIR, formatFixtures } from './formatFixtures';

/** A PDF text string as Chromium writes the title: UTF-16BE with a byte-order mark, in hex. */
const pdfHexString = (s: string) => `<FEFF${[...s].map((c) => c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')).join('')}>`;

test('every fixture has its answer key, web page, Word file and PDF, and nothing else is there', () => {
  const names = formatFixtures().map((f) => f.name);
  assert.ok(names.length >= 6, `${names.length} fixtures`);
  assert.deepEqual(readdirSync(FORMATS_DIR).sort(), names.flatMap((n) => ['docx', 'html', 'json', 'pdf'].map((ext) => `${n}.${ext}`)).sort());
});

for (const { name, key, file } of formatFixtures()) {
  test(`${name}.pdf: a PDF printed from ${name}.html, with a page for each planted figure`, () => {
    assert.ok(existsSync(file('pdf')) && statSync(file('pdf')).size > 0);
    const pdf = readFileSync(file('pdf')).toString('latin1');
    assert.ok(pdf.startsWith('%PDF-'), 'the %PDF- header');
    const title = /<title>([^<]*)<\/title>/.exec(readFileSync(file('html'), 'utf8'))![1];
    assert.ok(pdf.includes(`/Title ${pdfHexString(title)}`), `the title ${title}`);
    for (const f of key.findings) assert.ok(Number.isInteger(f.pdf.page) && f.pdf.page >= 1, `${f.figure}: page ${f.pdf.page}`);
  });
}

for (const { name, key, file } of formatFixtures()) {
  test(`${name}.pdf: read from its text layer, it gives exactly its answer key's findings, on their pages, and every table row`, async () => {
    const checked = await checkDocument('pdf', readFileSync(file('pdf')), {}, undefined, pdfEngine());
    assert.ok(!('error' in checked), name);
    const { report, text, locations } = checked;
    assert.deepEqual(report.tables.map((t) => ({ id: t.id, rows: t.rowsRead })), key.tables);
    const loud = report.findings.map((f, i) => ({ f, at: locations?.[i] })).filter(({ f }) => f.severity === 'error' || f.severity === 'warning');
    assert.deepEqual(
      loud.map(({ f, at }) => [f.rule, f.severity, text.slice(f.span.start, f.span.end), at && 'page' in at ? at.page : null]),
      key.findings.map((k) => [k.rule, k.severity, k.figure, k.pdf.page]),
    );
  });
}
