// The generated PDFs of test/fixtures/formats: each report printed by Chromium from its .html (.pdf)
// and exported by LibreOffice Writer from its .docx (.docx.pdf: as word processors export, a table row
// broken across pages, its borders drawn on both, a table's last row alone on the next page). Each is
// read as published: exactly the answer key's findings, on their pages, and every table row.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { test } from 'node:test';
import { pdfEngine } from '../../server/src/io/pdfEngine';
import { checkDocument } from '../../server/src/readers/source';
import { FORMATS_DIR, formatFixtures, type KeyFinding } from './formatFixtures';

/** A PDF text string as Chromium writes the title: UTF-16BE with a byte-order mark, in hex. */
const pdfHexString = (s: string) => `<FEFF${[...s].map((c) => c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')).join('')}>`;

test('every fixture has its answer key, web page, Word file and both PDFs, and nothing else is there', () => {
  const names = formatFixtures().map((f) => f.name);
  assert.ok(names.length >= 6, `${names.length} fixtures`);
  assert.deepEqual(readdirSync(FORMATS_DIR).sort(), names.flatMap((n) => ['docx', 'docx.pdf', 'html', 'html.docx', 'json', 'pdf'].map((ext) => `${n}.${ext}`)).sort());
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

  test(`${name}.docx.pdf: a PDF exported from ${name}.docx by LibreOffice`, () => {
    const pdf = readFileSync(file('docx.pdf')).toString('latin1');
    assert.ok(pdf.startsWith('%PDF-') && pdf.includes(`/Producer${pdfHexString('LibreOffice').slice(0, -1)}`), 'a PDF that LibreOffice wrote');
    for (const f of key.findings) assert.ok(Number.isInteger(f.docxPdf.page) && f.docxPdf.page >= 1, `${f.figure}: page ${f.docxPdf.page}`);
  });
}

for (const { name, key, file } of formatFixtures()) {
  for (const [ext, pageOf] of [['pdf', (f: KeyFinding) => f.pdf.page], ['docx.pdf', (f: KeyFinding) => f.docxPdf.page]] as const) {
    test(`${name}.${ext}: read from its text layer, it gives exactly its answer key's findings, on their pages, and every table row`, async () => {
      const checked = await checkDocument('pdf', readFileSync(file(ext)), {}, undefined, pdfEngine());
      assert.ok(!('error' in checked), name);
      const { report, text, locations } = checked;
      assert.deepEqual(report.tables.map((t) => ({ id: t.id, rows: t.rowsRead })), key.tables);
      const loud = report.findings.map((f, i) => ({ f, at: locations?.[i] })).filter(({ f }) => f.severity === 'error' || f.severity === 'warning');
      assert.deepEqual(
        loud.map(({ f, at }) => [f.rule, f.severity, text.slice(f.span.start, f.span.end), at && 'page' in at ? at.page : null]),
        key.findings.map((k) => [k.rule, k.severity, k.figure, pageOf(k)]),
      );
    });
  }
}
