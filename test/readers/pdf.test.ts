// The PDF reader: real published reports (tables rebuilt from their ruling lines, read by the core),
// a table printed by Chromium from HTML (its exact grid), places of findings, bad input.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { analyze } from '../../server/src/core/analyze';
import type { Grid } from '../../server/src/core/types';
import { pdfEngine } from '../../server/src/io/pdfEngine';
import { isTrap, readPages, startPdfium } from '../../server/src/readers/pdf/pdfium';
import { corruptPdf, EMPTY_PDF, ENCRYPTED_PDF, NOT_PDF, readPdf, TRUNCATED_PDF } from '../../server/src/readers/pdf';
import { checkDocument } from '../../server/src/readers/source';
import type { ExtractedDocument, Place, ReadResult } from '../../server/src/readers/types';

const engine = pdfEngine();
const REALWORLD = join(__dirname, '..', '..', '..', 'shared', 'realworld');
const FIXTURES = join(__dirname, '..', 'fixtures', 'pdf');

async function read(path: string): Promise<ExtractedDocument> {
  const result = await readPdf(new Uint8Array(readFileSync(path)), engine);
  if ('error' in result) assert.fail(result.error);
  return result;
}

/** A grid as text: each position its cell's text, `^` covered from above, `<` from the left. */
const gridText = (doc: ExtractedDocument, grid: Grid): string[][] =>
  grid.rows.map((row) => row.map((c) => (c.from === 'above' ? '^' : c.from === 'left' ? '<' : doc.text.slice(c.start, c.end))));

const placeOf = (doc: ExtractedDocument, start: number, end: number): Place | undefined => doc.places.find((p) => p.start <= start && end <= p.end);

const T3_ZEROS = ['0', '0', '0', '0', '0', '0', '0'];

// Checked by hand against the pages (pdftoppm -png -r 80) and against pdftotext -layout (.txt beside
// each PDF): every figure of tables 二, 三 and 四 in its row and column, the rows of table 三 continued
// on the next page (02, 03: the page break falls after （四）1 and （四）2, without lines at the break,
// the row-spanning `三、本年度办理结果` and `（四）无法提供` going on; 04: after （四）1, lines drawn on both
// pages, `（四）无` / `法提供` split by the page), table 二 continued after its `第二十条第（六）项` caption
// (02, 03) and after its `行政许可` row (04), and table 四's 15 figures under their three groups.
// What the core makes of them: 02 and 03 keep the 2019 single `（六）其他处理` row in the 2021 form
// (read as that local variant: 23 of its 23 rows) and misprint `2.其他法律行政法规禁止公开` as
// `2.其他法律行政止公开` (still matched: the numbering and most of the label); 04 is the complete 2021 form.
// 02's table 四 prints 行政复议 总计 0 over 10 + 1, and 复议后起诉 总计 0 over 结果维持 5 (both real).
// 03's prose counts 17 applications taken by the 区政府办 for the 区政府, the table 95: the office's
// figure is another scope than the table's, so it is not compared (no finding).
const REAL: {
  file: string;
  tables: [string, number, number, number][];
  rows: string[][];
  findings: string[];
}[] = [
  {
    file: '02_洪泽区_2023.pdf',
    tables: [['t2', 6, 6, 10], ['t3', 23, 23, 161], ['t4', 1, 1, 15]],
    rows: [
      ['行政规范性文件', '0', '5', '5'],
      ['行政事业性收费', '7730.28'],
      ['一、本年新收政府信息公开申请数量', '21', '0', '0', '0', '0', '0', '21'],
      ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '4', '0', '0', '0', '0', '0', '4'],
      ['（四）无法提供', '1.本机关不掌握相关政府信息', '10', '0', '0', '0', '0', '0', '10'],
      ['2.没有现成信息需要另行制作', '3', '0', '0', '0', '0', '0', '3'],
      ['3.补正后申请内容仍不明确', ...T3_ZEROS],
      ['（五）不予处理', '1.信访举报投诉类申请', '1', '0', '0', '0', '0', '0', '1'],
      ['（六）其他处理', ...T3_ZEROS],
      ['（七）总计', '21', '0', '0', '0', '0', '0', '21'],
      ['10', '1', '0', '0', '0', '0', '0', '0', '0', '0', '5', '0', '0', '0', '0'],
    ],
    findings: ['sum-mismatch', 'sum-mismatch'],
  },
  {
    file: '03_洪泽区_2024.pdf',
    tables: [['t2', 6, 6, 10], ['t3', 23, 23, 161], ['t4', 1, 1, 15]],
    rows: [
      ['一、本年新收政府信息公开申请数量', '95', '0', '0', '0', '0', '0', '95'],
      // set in a vertical font, one glyph under the other, in the cell spanning the rows of 三
      ['三、本年度办理结果', '（一）予以公开', '50', '0', '0', '0', '0', '0', '50'],
      ['（四）无法提供', '1.本机关不掌握相关政府信息', '31', '0', '0', '0', '0', '0', '31'],
      ['2.没有现成信息需要另行制作', '1', '0', '0', '0', '0', '0', '1'],
      ['（六）其他处理', '', ...T3_ZEROS],
      ['（七）总计', '', '95', '0', '0', '0', '0', '0', '95'],
      ['行政复议', '', '行政诉讼'],
      ['1', '1', '0', '0', '2', '1', '0', '0', '0', '1', '2', '0', '1', '0', '3'],
    ],
    findings: [],
  },
  {
    file: '04_淮安市_2024.pdf',
    tables: [['t2', 6, 6, 10], ['t3', 25, 25, 175], ['t4', 1, 1, 15]],
    rows: [
      ['规章', '1', '0', '11'],
      ['行政许可', '447228'],
      ['行政处罚', '3985758'],
      ['行政事业性收费', '96171.6'],
      ['一、本年新收政府信息公开申请数量', '3001', '53', '0', '0', '61', '4', '3119'],
      ['三、本年度办理结果', '（一）予以公开', '1288', '21', '0', '0', '50', '3', '1362'],
      ['（四）无法提供', '1.本机关不掌握相关政府信息', '746', '12', '0', '0', '10', '1', '769'],
      ['2.没有现成信息需要另行制作', '11', '0', '0', '0', '0', '0', '11'],
      ['3、其他', '108', '2', '0', '0', '0', '0', '110'],
      ['（七）总计', '2932', '53', '0', '0', '61', '4', '3050'],
      ['四、结转下年度继续办理', '103', '0', '0', '0', '0', '0', '103'],
      ['72', '64', '178', '37', '351', '13', '4', '8', '1', '26', '12', '1', '1', '6', '20'],
    ],
    findings: [],
  },
];

describe('real published PDFs', { skip: !existsSync(REALWORLD) && `${REALWORLD} not found` }, () => {
  for (const c of REAL) {
    test(c.file, async () => {
      const doc = await read(join(REALWORLD, c.file));
      const report = analyze({ text: doc.text, grids: doc.grids });
      assert.equal(report.template, '2021');
      assert.deepEqual(report.tables.map((t) => [t.id, t.rowsRead, t.rowsExpected, t.cellsRead]), c.tables);
      const lines = doc.text.split('\n');
      for (const row of c.rows) assert.ok(lines.includes(row.join('\t')), `row ${row.join(' | ')}`);
      assert.deepEqual(report.findings.map((f) => f.rule), c.findings);
      assert.deepEqual(doc.unread, { image: [], slanted: [], unmapped: [] });
      // page numbers (`- 3 -`) are dropped, and no sentence is cut by a page break
      assert.doesNotMatch(doc.text, /^-\s*\d+\s*-$/m);
      assert.doesNotMatch(doc.text, /^[^\n]{40,}[^。：；！？\n]\n(?!\S*\t)/m);
    });
  }

  test('02: the 行政复议 总计 printed as 0 is found on page 4, the box around that 0', async () => {
    const doc = await read(join(REALWORLD, '02_洪泽区_2023.pdf'));
    const finding = analyze({ text: doc.text, grids: doc.grids }).findings.find((f) => f.rule === 'sum-mismatch' && f.message.includes('行政复议·总计 0'));
    assert.ok(finding);
    const place = placeOf(doc, finding.span.start, finding.span.end);
    assert.ok(place && 'page' in place.location);
    assert.equal(place.location.page, 4);
    // pdftotext -bbox: the 0 at x 213.2–220.3, y 452.0–466.1
    const [x0, y0, x1, y1] = place.location.box;
    assert.ok(x0 > 205 && x1 < 230 && y0 > 440 && y1 < 475, `box ${place.location.box}`);
  });

  test('prose: hard-wrapped paragraphs are one line, a figure split from its unit is read whole', async () => {
    const doc = await read(join(REALWORLD, '02_洪泽区_2023.pdf'));
    assert.ok(doc.text.includes('2023年全区受理政府信息公开申请21件，均在法定期限答复。\n'));
    // page 1 wraps `…洪泽湖大道 90` / `号，邮编：223100，…`
    assert.ok(doc.text.includes('（地址：淮安市洪泽区洪泽湖大道90号，邮编：223100，'));
    assert.ok(doc.text.startsWith('洪泽区人民政府2023年政府信息公开工作年度报告\n'));
  });
});

describe('a table printed by Chromium from HTML (test/fixtures/pdf/table3-2021.html)', () => {
  test('the grid is the HTML table: rowspan and colspan as cells covering positions, headers joined', async () => {
    const doc = await read(join(FIXTURES, 'table3-2021.pdf'));
    assert.equal(doc.grids.length, 1);
    const t3 = (label: string[], ...figures: number[]) => [...label, ...figures.map(String)];
    const z = [0, 0, 0, 0, 0, 0, 0];
    assert.deepEqual(gridText(doc, doc.grids[0]), [
      ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '<', '<', '申请人情况', '<', '<', '<', '<', '<', '<'],
      ['^', '^', '^', '自然人', '法人或其他组织', '<', '<', '<', '<', '总计'],
      ['^', '^', '^', '^', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '^'],
      t3(['一、本年新收政府信息公开申请数量', '<', '<'], 21, 3, 0, 1, 0, 2, 27),
      t3(['二、上年结转政府信息公开申请数量', '<', '<'], 2, 0, 0, 0, 0, 0, 2),
      t3(['三、本年度办理结果', '（一）予以公开', '<'], 10, 1, 0, 0, 0, 1, 13),
      t3(['^', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '<'], 3, 0, 0, 0, 0, 0, 3),
      t3(['^', '（三）不予公开', '1.属于国家秘密'], ...z),
      t3(['^', '^', '2.其他法律行政法规禁止公开'], 1, 0, 0, 0, 0, 0, 1),
      t3(['^', '^', '3.危及“三安全一稳定”'], ...z),
      t3(['^', '^', '4.保护第三方合法权益'], ...z),
      t3(['^', '^', '5.属于三类内部事务信息'], ...z),
      t3(['^', '^', '6.属于四类过程性信息'], ...z),
      t3(['^', '^', '7.属于行政执法案卷'], ...z),
      t3(['^', '^', '8.属于行政查询事项'], ...z),
      t3(['^', '（四）无法提供', '1.本机关不掌握相关政府信息'], 5, 1, 0, 0, 0, 0, 6),
      t3(['^', '^', '2.没有现成信息需要另行制作'], ...z),
      t3(['^', '^', '3.补正后申请内容仍不明确'], ...z),
      t3(['^', '（五）不予处理', '1.信访举报投诉类申请'], 1, 0, 0, 0, 0, 0, 1),
      t3(['^', '^', '2.重复申请'], ...z),
      t3(['^', '^', '3.要求提供公开出版物'], ...z),
      t3(['^', '^', '4.无正当理由大量反复申请'], ...z),
      t3(['^', '^', '5.要求行政机关确认或重新出具已获取信息'], ...z),
      t3(['^', '（六）其他处理', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'], ...z),
      t3(['^', '^', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'], ...z),
      t3(['^', '^', '3.其他'], 1, 0, 0, 0, 0, 1, 2),
      t3(['^', '（七）总计', '<'], 21, 2, 0, 0, 0, 2, 25),
      t3(['四、结转下年度继续办理', '<', '<'], 2, 1, 0, 1, 0, 0, 4),
    ]);
  });

  test('the planted error is found, on page 1, in a box around the 13 of （一）予以公开 · 总计', async () => {
    const doc = await read(join(FIXTURES, 'table3-2021.pdf'));
    const report = analyze({ text: doc.text, grids: doc.grids });
    assert.deepEqual(report.tables.map((t) => [t.id, t.rowsRead, t.rowsExpected, t.cellsRead]), [['t3', 25, 25, 175]]);
    assert.deepEqual(report.findings.map((f) => [f.rule, doc.text.slice(f.span.start, f.span.end)]), [['sum-mismatch', '13']]);
    const place = placeOf(doc, report.findings[0].span.start, report.findings[0].span.end);
    assert.ok(place && 'page' in place.location);
    assert.equal(place.location.page, 1);
    // pdftotext -bbox: 13 at x 512.0–520.8, y 225.0–234.4
    const [x0, y0, x1, y1] = place.location.box;
    assert.ok(Math.abs(x0 - 512) < 2 && Math.abs(x1 - 520.8) < 2 && y0 > 222 && y0 < 228 && y1 > 232 && y1 < 237, `box ${place.location.box}`);
  });

  test('places cover every figure, in text order, each on one page', async () => {
    const doc = await read(join(FIXTURES, 'table3-2021.pdf'));
    for (let i = 1; i < doc.places.length; i++) assert.ok(doc.places[i - 1].end <= doc.places[i].start);
    for (const m of doc.text.matchAll(/\d+/g)) assert.ok(placeOf(doc, m.index, m.index + m[0].length), `figure ${m[0]} at ${m.index}`);
  });
});

test('a font with a predefined CJK encoding and no ToUnicode map is read (PDFium holds the CMaps)', async () => {
  // made by test/fixtures/pdf/make-cmap-pdf.py: a font not embedded, UniGB-UCS2-H, no ToUnicode map
  const result = await readPdf(new Uint8Array(readFileSync(join(FIXTURES, 'predefined-cmap.pdf'))), engine);
  assert.ok(!('error' in result));
  assert.equal(result.text, '政府信息公开申请21件\n');
});

/** The PDF with the offsets of its cross-reference table overwritten (`xref` entries pointing nowhere). */
function damagedXref(bytes: Uint8Array): Uint8Array {
  const text = Buffer.from(bytes).toString('latin1');
  const at = text.lastIndexOf('xref');
  assert.ok(at > 0, 'the fixture has a cross-reference table');
  return Buffer.from(text.slice(0, at) + text.slice(at).replace(/\b\d{10} (\d{5}) n\b/g, (_, gen: string) => `9999999999 ${gen} n`), 'latin1');
}

describe('bad input: a clear reason, never a throw or a hang', () => {
  const table = () => new Uint8Array(readFileSync(join(FIXTURES, 'table3-2021.pdf')));
  const cases: [string, () => Uint8Array, (r: ReadResult) => boolean][] = [
    ['a zero-byte file', () => new Uint8Array(0), (r) => 'error' in r && r.error === EMPTY_PDF],
    ['random bytes', () => Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251), (r) => 'error' in r && r.error === NOT_PDF],
    ['a header and nothing else', () => new TextEncoder().encode('%PDF-1.7\n'), (r) => 'error' in r && r.error === TRUNCATED_PDF],
    ['a PDF cut at 2 KB', () => table().slice(0, 2048), (r) => 'error' in r && r.error === TRUNCATED_PDF],
    ['a PDF cut in half', () => table().slice(0, 52_000), (r) => 'error' in r && r.error === TRUNCATED_PDF],
    ['a PDF whose cross-reference table is damaged: read (PDFium rebuilds it)', () => damagedXref(table()), (r) => !('error' in r) && r.grids.length === 1],
    ['a PDF with nothing readable between its header and %%EOF', () => new TextEncoder().encode('%PDF-1.7\n%%EOF\n'), (r) => 'error' in r && r.error.startsWith(corruptPdf(''))],
    // made by test/fixtures/pdf/make-fixtures.sh: qpdf --encrypt secret owner 256
    ['an encrypted PDF', () => new Uint8Array(readFileSync(join(FIXTURES, 'encrypted.pdf'))), (r) => 'error' in r && r.error === ENCRYPTED_PDF],
  ];
  for (const [name, bytes, ok] of cases) {
    test(name, async () => {
      const result = await readPdf(bytes(), engine);
      assert.ok(ok(result), JSON.stringify('error' in result ? result : { pages: result.pages }));
    });
  }

  test("an error of the reader's own code mid-read: PDFium's document is closed and its instance kept (only a trap drops it)", async () => {
    const pdfium = await startPdfium(engine.wasm);
    assert.throws(() => readPages(pdfium, table(), () => { throw new TypeError('a layout bug'); }), /a layout bug/);
    assert.equal(await startPdfium(engine.wasm), pdfium);
    assert.ok(!('error' in (await readPdf(table(), engine))));
    const RuntimeError = (globalThis as unknown as { WebAssembly: { RuntimeError: new (m: string) => Error } }).WebAssembly.RuntimeError;
    assert.deepEqual([isTrap(new RuntimeError('unreachable')), isTrap(new TypeError('x'))], [true, false]);
  });

  test('a page turned a quarter (a table printed landscape) is read upright: its grid, and the finding in its box on the page as shown', async () => {
    const doc = await read(join(FIXTURES, 'rotated-table.pdf'));
    assert.deepEqual([doc.pages, doc.unread, doc.grids.length, doc.grids[0].rows.length], [2, { image: [], slanted: [], unmapped: [] }, 1, 28]);
    const checked = await checkDocument('pdf', readFileSync(join(FIXTURES, 'rotated-table.pdf')), {}, undefined, engine);
    assert.ok(!('error' in checked));
    assert.deepEqual(checked.report.tables.map((t) => [t.id, t.rowsRead, t.rowsExpected]), [['t3', 25, 25]]);
    const loud = checked.report.findings.map((f, i) => ({ f, at: checked.locations?.[i] })).filter(({ f }) => f.severity !== 'info');
    assert.deepEqual(loud.map(({ f }) => [f.rule, checked.text.slice(f.span.start, f.span.end)]), [['sum-mismatch', '13']]);
    const at = loud[0].at;
    assert.ok(at && 'page' in at && at.page === 2);
    // pdftotext -bbox: the 13 of page 2 at x 389.6–398.8, y 726.2–734.9
    const [x0, y0, x1, y1] = at.box;
    assert.ok(Math.abs(x0 - 389.6) < 2 && Math.abs(x1 - 398.8) < 2 && Math.abs(y0 - 726.2) < 2 && Math.abs(y1 - 734.9) < 2, `box ${at.box}`);
  });

  test('a page set at a slant is listed apart, and the report says it was not checked', async () => {
    const checked = await checkDocument('pdf', readFileSync(join(FIXTURES, 'slanted-table.pdf')), {}, undefined, engine);
    assert.ok(!('error' in checked));
    assert.deepEqual(checked.report.findings.filter((f) => f.severity !== 'info').map((f) => [f.rule, f.message]), [
      ['no-text-layer', 'PDF 第 2 页的文字是斜排的（既不是正排，也不是转了直角的横排），未读取，这些页上的内容未核对'],
    ]);
  });

  test('text in fonts that map their glyphs to no Unicode text is left out, never read as text, and the report says which pages', async () => {
    // page 2: table3-2021.pdf with its fonts' ToUnicode maps removed; PDFium flags most glyphs and gives
    // the rest letters of unrelated scripts: the whole font is left out
    const doc = await read(join(FIXTURES, 'unmapped-fonts.pdf'));
    assert.deepEqual([doc.pages, doc.unread, doc.grids], [2, { image: [], slanted: [], unmapped: [2] }, []]);
    assert.equal(doc.text, '三、收到和处理政府信息公开申请情况（见下页）\n');
    const checked = await checkDocument('pdf', readFileSync(join(FIXTURES, 'unmapped-fonts.pdf')), {}, undefined, engine);
    assert.ok(!('error' in checked));
    assert.deepEqual(checked.report.findings.filter((f) => f.severity !== 'info').map((f) => [f.rule, f.severity, f.message]), [
      ['no-text-layer', 'warning', 'PDF 第 2 页有文字所用的字体缺少 Unicode 映射，无法还原为文字，这些字已略去，其所在的内容未核对；请取得原始文档或重新导出的 PDF'],
    ]);
  });

  test('a scanned page (no text layer) is listed, and the report says it was not checked', async () => {
    const doc = await read(join(FIXTURES, 'scanned-page.pdf'));
    assert.equal(doc.pages, 2);
    assert.deepEqual(doc.unread, { image: [2], slanted: [], unmapped: [] });
    const checked = await checkDocument('pdf', readFileSync(join(FIXTURES, 'scanned-page.pdf')), {}, undefined, engine);
    assert.ok(!('error' in checked));
    const [finding] = checked.report.findings.filter((f) => f.rule === 'no-text-layer');
    assert.equal(finding.severity, 'warning');
    assert.match(finding.message, /PDF 第 2 页没有文字层/);
  });

  test('damaged bytes anywhere: a result or an error', async () => {
    const bytes = table();
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(bytes.length - 1), fc.nat(255)), { minLength: 1, maxLength: 40 }), async (changes) => {
        const damaged = bytes.slice();
        for (const [at, value] of changes) damaged[at] = value;
        const result = await readPdf(damaged, engine);
        assert.ok('error' in result || typeof result.text === 'string');
      }),
      { numRuns: 15 },
    );
  });
});
