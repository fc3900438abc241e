// The checks across years in the editor, over stdio: a report whose folder holds the same body's report
// of the year before gets its findings across years with the other file as related information, in the
// settings' language and severity; the other file is read from disk, and a report without its year before gets none.
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { LineIndex } from '../../server/src/core/lineIndex';
import { tempDir } from '../cli/helpers';
import { extractedUriOf } from '../../server/src/lsp/binaryDocuments';
import { CHECK_BINARY_METHOD } from '../../server/src/lsp/protocol';
import { renderDocx } from '../support/renderDocx';
import { generateSeries } from '../support/series';
import { EditorSession, ensureServerBuilt } from './editor';

const folder = tempDir();
const [earlier, later] = generateSeries({ seed: 51, name: '西岭区', years: [2022, 2023], flattening: 'pipe-cells', plants: [{ kind: 'carry', year: 2023, column: '自然人', delta: 2 }] }).map((s) => s.report);
const cellOf = (report: typeof earlier, row: string) => report.cells.find((c) => c.table === '三' && c.row === row && c.col === '自然人')!;
const cellRange = (report: typeof earlier, row: string) => {
  const { span } = report.cells.find((c) => c.table === '三' && c.row === row && c.col === '自然人')!;
  const lines = new LineIndex(report.text);
  return { start: lines.positionAt(span.start), end: lines.positionAt(span.end) };
};

describe('checks across years in the editor', () => {
  let editor: EditorSession;
  before(async () => {
    ensureServerBuilt();
    folder.write('西岭区/2022年报.txt', earlier.text);
    editor = await EditorSession.start();
    await editor.initialize();
  });
  after(async () => {
    await editor.stop();
    folder.remove();
  });

  test('the report of 2023 shows where 2022 carried a different number into the next year', async () => {
    const uri = pathToFileURL(`${folder.dir}/西岭区/2023年报.txt`).href;
    const published = editor.nextDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'carry-over-mismatch'));
    await editor.open(uri, later.text);
    const natural = (await published).diagnostics.find((d) => d.code === 'carry-over-mismatch' && String(d.message).includes('· 自然人'))!;
    assert.deepEqual(natural.range, cellRange(later, '二、上年结转政府信息公开申请数量'));
    assert.equal(natural.severity, 1);
    assert.match(String(natural.message), /跨年度配对：西岭区 2022 年与 2023 年报告/);
    assert.deepEqual(natural.relatedInformation![0].location, { uri: pathToFileURL(`${folder.dir}/西岭区/2022年报.txt`).href, range: cellRange(earlier, '四、结转下年度继续办理') });
  });

  test('drafts of the same year beside the report are no year before: its finding stands alone, no duplicate hint', async () => {
    folder.write('西岭区/初稿.txt', later.text.replace(/。/, '。（初稿）'));
    const uri = pathToFileURL(`${folder.dir}/西岭区/2023年报.txt`).href;
    const published = editor.nextDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'carry-over-mismatch'));
    await editor.open(uri, `${later.text}\n`);
    const codes = (await published).diagnostics.map((d) => d.code);
    assert.ok(codes.includes('carry-over-mismatch'));
    assert.ok(!codes.includes('duplicate-report-year'), codes.join());
  });

  test('the settings’ severity and language apply to the findings across years', async () => {
    await editor.changeSettings({ language: 'en', rules: { 'carry-over-mismatch': 'warning' } });
    const uri = pathToFileURL(`${folder.dir}/西岭区/2023年度报告.txt`).href;
    const published = editor.nextDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'carry-over-mismatch'));
    await editor.open(uri, later.text);
    const natural = (await published).diagnostics.find((d) => d.code === 'carry-over-mismatch' && String(d.message).includes('· 自然人'))!;
    assert.equal(natural.severity, 2);
    assert.match(String(natural.message), / \(paired across years: 西岭区, the reports of 2022 and 2023, by the body and the year their titles name\)$/);
    assert.match(natural.relatedInformation![0].message, /^the 2022 report: 四、结转下年度继续办理 · 自然人 = \d+$/);
    await editor.changeSettings({});
  });

  test('the year before as a Word file: the finding names its cell in the view of the text extracted from it', async () => {
    const title = earlier.blocks[0].kind === 'paragraph' ? earlier.blocks[0].runs.map((r) => r.text).join('') : '';
    folder.write('东岭/2022年报.docx', Buffer.from((await renderDocx(earlier.blocks, title)).bytes));
    const uri = pathToFileURL(`${folder.dir}/东岭/2023年报.txt`).href;
    const published = editor.nextDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'carry-over-mismatch'));
    await editor.open(uri, later.text);
    const natural = (await published).diagnostics.find((d) => d.code === 'carry-over-mismatch' && String(d.message).includes('· 自然人'))!;
    assert.deepEqual(natural.range, cellRange(later, '二、上年结转政府信息公开申请数量'));
    const [place] = natural.relatedInformation!;
    assert.equal(place.location.uri, extractedUriOf(pathToFileURL(`${folder.dir}/东岭/2022年报.docx`).href));
    const extracted = (await editor.connection.sendRequest(CHECK_BINARY_METHOD, { uri: pathToFileURL(`${folder.dir}/东岭/2022年报.docx`).href })) as { text: string };
    const figure = cellOf(earlier, '四、结转下年度继续办理');
    const lines = new LineIndex(extracted.text);
    const { start, end } = place.location.range;
    assert.equal(extracted.text.slice(lines.offsetAt(start), lines.offsetAt(end)), figure.text);
  });

  test('year folders higher up: 年报/2023/西岭区/ finds its year before in 年报/2022/西岭区/', async () => {
    folder.write('年报/2022/西岭区/报告.txt', earlier.text);
    const uri = pathToFileURL(`${folder.dir}/年报/2023/西岭区/报告.txt`).href;
    const published = editor.nextDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'carry-over-mismatch'));
    await editor.open(uri, later.text);
    const natural = (await published).diagnostics.find((d) => d.code === 'carry-over-mismatch' && String(d.message).includes('· 自然人'))!;
    assert.deepEqual(natural.relatedInformation![0].location, { uri: pathToFileURL(`${folder.dir}/年报/2022/西岭区/报告.txt`).href, range: cellRange(earlier, '四、结转下年度继续办理') });
  });

  test('a report without its year before beside it gets no finding across years', async () => {
    const uri = pathToFileURL(`${folder.dir}/别处/2023年报.txt`).href;
    const published = editor.nextDiagnostics(uri);
    await editor.open(uri, later.text);
    assert.deepEqual((await published).diagnostics.filter((d) => String(d.message).includes('跨年度配对')), []);
  });
});
