// The generated web pages (test/fixtures/formats/*.html) checked in place: exactly the answer key's
// findings, each at the exact characters of its figure in the HTML source, and every table read.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { checkText } from '../../server/src/readers/source';
import { formatFixtures } from './formatFixtures';

for (const { name, key, file } of formatFixtures()) {
  test(`${name}.html (${key.report.htmlStyle}): exactly the answer key's findings (${key.planted ?? 'consistent'}) at their source ranges; every table read`, () => {
    const source = readFileSync(file('html'), 'utf8');
    const { report } = checkText('html', source, {});
    const found = report.findings.map((f) => ({ rule: f.rule, severity: f.severity, figure: source.slice(f.span.start, f.span.end), html: f.span }));
    assert.deepEqual(found, key.findings.map(({ rule, severity, figure, html }) => ({ rule, severity, figure, html })));
    assert.deepEqual(report.tables.map((t) => ({ id: t.id, rows: t.rowsRead })), key.tables);
  });
}
