// The DOCX reader: the generated fixtures give exactly their answer keys' findings at the right
// paragraph or table cell, with every table read; Word's structures (runs, tracked changes, content
// controls, merged cells, nested tables) read as the HTML reader reads the same page; files that are
// not DOCX get a reason, never an exception or a hang.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { analyze } from '../../server/src/core/analyze';
import type { Grid, Span } from '../../server/src/core/types';
import { MAX_DOCUMENT_XML_BYTES, readDocx } from '../../server/src/readers/docx';
import { readHtml } from '../../server/src/readers/html';
import type { ExtractedDocument, Place, ReadResult } from '../../server/src/readers/types';
import { formatFixtures } from './formatFixtures';

function read(bytes: Uint8Array): ExtractedDocument {
  const result = readDocx(bytes);
  if ('error' in result) assert.fail(result.error);
  return result;
}

const errorOf = (result: ReadResult): string => ('error' in result ? result.error : assert.fail(`read, not refused: ${JSON.stringify(result.text.slice(0, 80))}`));

const locationOf = (places: readonly Place[], span: Span) => places.find((p) => p.start <= span.start && span.end <= p.end)?.location;

/** Lines of tab-separated cells, each trimmed (the HTML reader keeps `&nbsp;` as U+00A0). */
const shape = (text: string) => text.split('\n').map((line) => line.split('\t').map((cell) => cell.trim()));

/** Each grid's cells as their trimmed text, marked where they continue a merged cell. */
const spans = (grids: readonly Grid[], text: string) => grids.map((g) => g.rows.map((r) => r.map((c) => `${text.slice(c.start, c.end).trim()}${c.from ?? ''}`)));

describe('DOCX fixtures', () => {
  for (const { name, key, file } of formatFixtures()) {
    const document = read(readFileSync(file('docx')));
    const report = analyze({ text: document.text, grids: document.grids });

    test(`${name}.docx: exactly the answer key's findings (${key.planted ?? 'consistent'}), at their paragraph or table cell`, () => {
      const found = report.findings.map((f) => ({ rule: f.rule, severity: f.severity, figure: document.text.slice(f.span.start, f.span.end), docx: locationOf(document.places, f.span) }));
      assert.deepEqual(found, key.findings.map(({ rule, severity, figure, docx }) => ({ rule, severity, figure, docx })));
    });

    test(`${name}.docx: every statistical table read in full`, () => {
      assert.deepEqual(report.tables.map((t) => ({ id: t.id, rows: t.rowsRead })), key.tables);
      // the national forms have no optional rows; the pre-2019 统计表 template also knows a province's extra channel row
      if (key.report.template !== 'pre2019') for (const t of report.tables) assert.equal(t.rowsRead, t.rowsExpected, t.id);
    });

    test(`${name}.docx: the same lines, cells and grids as its web page`, () => {
      const page = readHtml(readFileSync(file('html'), 'utf8'));
      assert.deepEqual(shape(document.text), shape(page.text));
      assert.deepEqual(spans(document.grids, document.text), spans(page.grids, page.text));
    });
  }
});

describe('DOCX fixtures as LibreOffice Writer saves a web page', () => {
  for (const { name, key, file } of formatFixtures()) {
    const document = read(readFileSync(file('html.docx')));
    const report = analyze({ text: document.text, grids: document.grids });

    test(`${name}.html.docx: exactly the answer key's findings (${key.planted ?? 'consistent'}), each in a paragraph or cell that holds its figure`, () => {
      const found = report.findings.map((f) => ({ rule: f.rule, severity: f.severity, figure: document.text.slice(f.span.start, f.span.end) }));
      assert.deepEqual(found, key.findings.map(({ rule, severity, figure }) => ({ rule, severity, figure })));
      for (const f of report.findings) {
        const place = document.places.find((p) => p.start <= f.span.start && f.span.end <= p.end);
        assert.ok(place && document.text.slice(place.start, place.end).includes(key.findings[0].figure), JSON.stringify(place));
      }
    });

    test(`${name}.html.docx: every statistical table read in full, in the same grids as the web page`, () => {
      assert.deepEqual(report.tables.map((t) => ({ id: t.id, rows: t.rowsRead })), key.tables);
      const page = readHtml(readFileSync(file('html'), 'utf8'));
      assert.deepEqual(spans(document.grids, document.text), spans(page.grids, page.text));
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Word structures, in hand-written documents

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function docx(body: string, options: { namespace?: string; parts?: Record<string, string> } = {}): Uint8Array {
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${options.namespace ?? W}"><w:body>${body}<w:sectPr/></w:body></w:document>`;
  const parts = Object.fromEntries(Object.entries(options.parts ?? {}).map(([path, text]) => [path, strToU8(text)]));
  return zipSync({ '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types/>'), 'word/document.xml': strToU8(xml), ...parts });
}
const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const p = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`;
const tc = (content: string, properties = '') => `<w:tc>${properties ? `<w:tcPr>${properties}</w:tcPr>` : ''}${content || '<w:p/>'}</w:tc>`;
const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
const tbl = (...rows: string[]) => `<w:tbl><w:tblPr/>${rows.join('')}</w:tbl>`;
const cellTexts = (d: ExtractedDocument) => d.grids.map((g) => g.rows.map((r) => r.map((c) => `${d.text.slice(c.start, c.end)}${c.from ? `<${c.from}` : ''}`)));

describe('DOCX paragraphs', () => {
  test('one line per body paragraph; runs joined; a tab kept, a break a new line; each paragraph located', () => {
    const d = read(
      docx(
        p(run('一、总体情况')) +
          p(run('全年共收到申请'), run('44'), run('件。')) +
          '<w:p/>' +
          p('<w:r><w:t>统计指标</w:t><w:tab/><w:t>单位</w:t></w:r>') +
          p('<w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t></w:r>'),
      ),
    );
    assert.equal(d.text, '一、总体情况\n全年共收到申请44件。\n统计指标\t单位\n第一行\n第二行\n');
    const at = (s: string) => locationOf(d.places, { start: d.text.indexOf(s), end: d.text.indexOf(s) + s.length });
    assert.deepEqual([at('一、总体情况'), at('44'), at('单位'), at('第二行')], [{ paragraph: 0 }, { paragraph: 1 }, { paragraph: 3 }, { paragraph: 4 }]);
    assert.deepEqual([d.pages, d.unread, d.grids], [0, { image: [], slanted: [], unmapped: [] }, []]);
  });

  test('tracked changes read as accepted; links, fields and content controls read in place; field codes, headers and footers not read', () => {
    const d = read(
      docx(
        p(run('共收到申请'), '<w:del><w:r><w:delText>40</w:delText></w:r></w:del>', '<w:ins><w:r><w:t>44</w:t></w:r></w:ins>', run('件')) +
          p('<w:hyperlink><w:r><w:t>政府网站</w:t></w:r></w:hyperlink>', '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>', run('3'), '<w:r><w:fldChar w:fldCharType="end"/></w:r>') +
          `<w:sdt><w:sdtPr/><w:sdtContent>${p(run('控件中的段落'))}</w:sdtContent></w:sdt>` +
          p('<w:moveFrom><w:r><w:t>移走的</w:t></w:r></w:moveFrom>', run('留下的')),
        { parts: { 'word/header1.xml': `<w:hdr xmlns:w="${W}">${p(run('页眉'))}</w:hdr>`, 'word/footer1.xml': `<w:ftr xmlns:w="${W}">${p(run('-1-'))}</w:ftr>` } },
      ),
    );
    assert.equal(d.text, '共收到申请44件\n政府网站3\n控件中的段落\n留下的\n');
    assert.deepEqual(d.places.map((pl) => pl.location), [{ paragraph: 0 }, { paragraph: 1 }, { paragraph: 2 }, { paragraph: 3 }]);
  });

  test('the strict OOXML namespace reads too', () => {
    assert.equal(read(docx(p(run('严格格式')), { namespace: 'http://purl.oclc.org/ooxml/wordprocessingml/main' })).text, '严格格式\n');
  });

  test('elements count by namespace, not prefix: any prefix or the default namespace reads; a prefix bound elsewhere does not', () => {
    const document = (xml: string) => zipSync({ 'word/document.xml': strToU8(xml) });
    const renamed = `<x:document xmlns:x="${W}"><x:body><x:p><x:r><x:t>前缀</x:t><x:tab/><x:t>x</x:t></x:r></x:p><x:tbl><x:tr><x:tc><x:tcPr><x:gridSpan x:val="2"/></x:tcPr><x:p><x:r><x:t>合计</x:t></x:r></x:p></x:tc></x:tr><x:tr><x:tc><x:p><x:r><x:t>1</x:t></x:r></x:p></x:tc><x:tc><x:p><x:r><x:t>2</x:t></x:r></x:p></x:tc></x:tr></x:tbl></x:body></x:document>`;
    const d = read(document(renamed));
    assert.equal(d.text, '前缀\tx\n合计\n1\t2\n');
    assert.deepEqual(cellTexts(d), [[['合计', '合计<left'], ['1', '2']]]);
    assert.equal(read(document(`<document xmlns="${W}"><body><p><r><t>默认</t></r></p></body></document>`)).text, '默认\n');
    const rebound = `<w:document xmlns:w="${W}" xmlns:o="urn:other"><w:body><w:p><w:r><w:t xmlns:w="urn:other">不读</w:t><o:t>不读</o:t><w:t>读</w:t></w:r></w:p></w:body></w:document>`;
    assert.equal(read(document(rebound)).text, '读\n');
    assert.match(errorOf(readDocx(document(`<w:document xmlns:w="urn:other"><w:body><w:p/></w:body></w:document>`))), /^不是 Word 文档：.*没有正文/);
    // the parser binds the prefix it names WordprocessingML by (xml.ts): a file that forgets to declare `w` reads as Word meant it
    assert.equal(read(document('<w:document><w:body><w:p><w:r><w:t>未声明</w:t></w:r></w:p></w:body></w:document>')).text, '未声明\n');
  });
});

describe('DOCX tables', () => {
  const spanned = [
    tr(tc(p(run('项目')), '<w:gridSpan w:val="2"/><w:vMerge w:val="restart"/>'), tc(p(run('本年新'), '<w:r><w:br/><w:t>制作数量</w:t></w:r>')), tc(p(run('a')) + p(run('b')))),
    tr(tc('', '<w:gridSpan w:val="2"/><w:vMerge/>'), tc(p(run('1'))), tc(p(run('2')))),
  ];
  const merged = tbl(...spanned, tr(`<w:trPr><w:gridBefore w:val="1"/></w:trPr>`, tc(p(run('规章'))), tc(p(run('3')))));

  test('gridSpan continues to the left, vMerge from above (adding no cell to the line), gridBefore and short rows leave empty cells', () => {
    const d = read(docx(p(run('表一')) + merged + p(run('说明'))));
    assert.equal(d.text, '表一\n项目\t本年新制作数量\ta b\n1\t2\n规章\t3\n说明\n');
    assert.deepEqual(cellTexts(d), [
      [
        ['项目', '项目<left', '本年新制作数量', 'a b'],
        ['项目<above', '项目<above', '1', '2'],
        ['', '规章', '3', ''],
      ],
    ]);
    const at = (s: string) => locationOf(d.places, { start: d.text.indexOf(s), end: d.text.indexOf(s) + s.length });
    assert.deepEqual([at('项目'), at('制作'), at('1'), at('2'), at('规章'), at('3'), at('说明')], [
      { table: 0, row: 0, cell: 0 },
      { table: 0, row: 0, cell: 2 },
      { table: 0, row: 1, cell: 2 },
      { table: 0, row: 1, cell: 3 },
      { table: 0, row: 2, cell: 1 },
      { table: 0, row: 2, cell: 2 },
      { paragraph: 1 },
    ]);
  });

  test('an older file\'s hMerge continues the cell to its left', () => {
    const d = read(docx(tbl(tr(tc(p(run('行政许可')), '<w:hMerge w:val="restart"/>'), tc('', '<w:hMerge/>'), tc(p(run('12')))), tr(tc(p(run('a'))), tc(p(run('b'))), tc(p(run('3')))))));
    assert.equal(d.text, '行政许可\t12\na\tb\t3\n');
    assert.deepEqual(cellTexts(d)[0][0], ['行政许可', '行政许可<left', '12']);
  });

  test('reads as the HTML reader reads the same table', () => {
    const html = `<p>表一</p><table><tr><td colspan="2" rowspan="2">项目</td><td>本年新<br />制作数量</td><td><p>a</p><p>b</p></td></tr>
      <tr><td>1</td><td>2</td></tr></table><p>说明</p>`;
    const page = readHtml(`<html><body>${html}</body></html>`);
    const d = read(docx(p(run('表一')) + tbl(...spanned) + p(run('说明'))));
    assert.equal(d.text, page.text);
    assert.deepEqual(cellTexts(d), cellTexts({ ...d, text: page.text, grids: page.grids }));
  });

  test('a table that holds a table is a frame: its paragraphs are lines, the inner table a grid; tables numbered in document order', () => {
    const inner = tbl(tr(tc(p(run('行政许可'))), tc(p(run('12')))), tr(tc(p(run('行政处罚'))), tc(p(run('7')))));
    const d = read(docx(tbl(tr(tc(p(run('附表')) + inner))) + tbl(tr(tc(p(run('总计'))), tc(p(run('19')))))));
    assert.equal(d.text, '附表\n行政许可\t12\n行政处罚\t7\n总计\t19\n');
    assert.deepEqual(cellTexts(d), [
      [
        ['行政许可', '12'],
        ['行政处罚', '7'],
      ],
      [['总计', '19']],
    ]);
    const at = (s: string) => locationOf(d.places, { start: d.text.indexOf(s), end: d.text.indexOf(s) + s.length });
    assert.deepEqual([at('附表'), at('7'), at('19')], [{ table: 0, row: 0, cell: 0 }, { table: 1, row: 1, cell: 1 }, { table: 2, row: 0, cell: 1 }]);
  });

  test('a one-column table is read as lines, not as a grid', () => {
    const d = read(docx(tbl(tr(tc(p(run('注：')))), tr(tc(p(run('本表数据截至12月31日。')))))));
    assert.equal(d.text, '注：\n本表数据截至12月31日。\n');
    assert.deepEqual(d.grids, []);
  });
});

// ---------------------------------------------------------------------------------------------
// Files that are not DOCX

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The byte offsets of the declared uncompressed size of the first entry: its local header and its central directory record. */
function declaredSizeOffsets(zip: Uint8Array): number[] {
  const central = zip.findIndex((_, i) => zip[i] === 0x50 && zip[i + 1] === 0x4b && zip[i + 2] === 0x01 && zip[i + 3] === 0x02);
  return [22, central + 24];
}

describe('DOCX refusals', () => {
  test('not a ZIP: text, an empty file', () => {
    assert.match(errorOf(readDocx(strToU8('一、总体情况'))), /不是 DOCX 文件.*ZIP/);
    assert.match(errorOf(readDocx(new Uint8Array(0))), /不是 DOCX 文件.*ZIP/);
  });

  test('an encrypted Office file is a CFB container, not a ZIP; so is a legacy .doc', () => {
    const name = [...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0]);
    const encrypted = new Uint8Array([...CFB, ...new Array(1000).fill(0), ...name, ...new Array(100).fill(0)]);
    assert.match(errorOf(readDocx(encrypted)), /^这是加密的 Office 文件（复合文档格式，不是 ZIP）/);
    assert.match(errorOf(readDocx(new Uint8Array([...CFB, ...new Array(2000).fill(0)]))), /^这是旧版 Office 二进制文件.*\.doc.*不是 ZIP/);
  });

  test('a ZIP without word/document.xml; a corrupt ZIP; corrupt XML; XML that is not a Word document', () => {
    assert.match(errorOf(readDocx(zipSync({ 'content.xml': strToU8('<office:document/>') }))), /^不是 Word 文档：ZIP 压缩包中没有 word\/document\.xml/);
    const truncated = docx(p(run('正文'))).slice(0, 60);
    assert.match(errorOf(readDocx(truncated)), /^DOCX 文件已损坏：ZIP 压缩包无法解压/);
    const corrupt = zipSync({ 'word/document.xml': strToU8(`<w:document xmlns:w="${W}"><w:body><w:p>`) });
    assert.match(errorOf(readDocx(corrupt)), /^DOCX 文件已损坏：word\/document\.xml 不是有效的 XML/);
    const unbound = zipSync({ 'word/document.xml': strToU8('<x:document><x:body/></x:document>') });
    assert.match(errorOf(readDocx(unbound)), /^DOCX 文件已损坏：word\/document\.xml 不是有效的 XML .*1:1: missing namespace on <x:document>/);
    assert.match(errorOf(readDocx(zipSync({ 'word/document.xml': strToU8('<html><body/></html>') }))), /^不是 Word 文档：.*没有正文/);
  });

  test('a quote or a `>` lost in a tag the reader skips refuses the file, never swallows the elements after it', () => {
    const lostQuote = p('<w:pPr><w:jc w:val="center/></w:pPr>' + run('第一段')) + p('<w:pPr><w:jc w:val="center"/></w:pPr>' + run('第二段'));
    assert.match(errorOf(readDocx(docx(lostQuote))), /^DOCX 文件已损坏：word\/document\.xml 不是有效的 XML .*\d+:\d+: /);
    const lostBracket = tbl(tr(tc(p(run('A')), '<w:vMerge w:val="restart"/>'), tc(p(run('B')))), tr(tc('', '<w:tcW w:w="601" w:type="dxa"/<w:vMerge/>'), tc(p(run('C')))));
    assert.match(errorOf(readDocx(docx(lostBracket))), /^DOCX 文件已损坏：word\/document\.xml 不是有效的 XML/);
  });

  test('tables nested deeper than any report are refused, not recursed into; nested as reports nest them, read', () => {
    const nested = (depth: number): string => (depth === 0 ? p(run('底')) : tbl(tr(tc(nested(depth - 1)))));
    assert.match(errorOf(readDocx(docx(nested(5000)))), /^DOCX 文件的表格嵌套超过 64 层，未读取/);
    assert.equal(read(docx(nested(64))).text, '底\n');
  });

  test('entities declared in a DTD are not expanded (no billion laughs)', () => {
    const laughs = `<!DOCTYPE w:document [<!ENTITY a "哈哈哈哈哈哈哈哈"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]>`;
    const xml = `${laughs}<w:document xmlns:w="${W}"><w:body>${p(run('&c;'))}</w:body></w:document>`;
    assert.match(errorOf(readDocx(zipSync({ 'word/document.xml': strToU8(xml) }))), /^DOCX 文件已损坏：word\/document\.xml 不是有效的 XML/);
    // an external DTD is not fetched, and a reference to an entity XML does not define is left as written
    const external = `<!DOCTYPE w:document SYSTEM "http://127.0.0.1:9/laughs.dtd"><w:document xmlns:w="${W}"><w:body>${p(run('&c; &amp; &#x20BB7;'))}</w:body></w:document>`;
    assert.equal(read(zipSync({ 'word/document.xml': strToU8(external) })).text, '&c; & 𠮷\n');
  });

  test('zip bombs: a document.xml declared over the limit is not unpacked; a size header smaller than the data is refused', () => {
    const huge = zipSync({ 'word/document.xml': new Uint8Array(MAX_DOCUMENT_XML_BYTES + 1) }, { level: 1 });
    let started = Date.now();
    assert.match(errorOf(readDocx(huge)), /^DOCX 文件的正文过大：word\/document\.xml 解压后超过 50 MB/);
    assert.ok(Date.now() - started < 1000, `${Date.now() - started} ms`);

    const forged = zipSync({ 'word/document.xml': new Uint8Array(8 * 1024 * 1024) }, { level: 1 });
    const view = new DataView(forged.buffer, forged.byteOffset);
    for (const at of declaredSizeOffsets(forged)) view.setUint32(at, 100, true);
    started = Date.now();
    assert.match(errorOf(readDocx(forged)), /^DOCX 文件已损坏：word\/document\.xml 声明的大小小于其压缩数据/);
    assert.ok(Date.now() - started < 1000, `${Date.now() - started} ms`);
  });

  test('damaged copies of a fixture are read or refused, never thrown', () => {
    const [fixture] = formatFixtures();
    const bytes = readFileSync(fixture.file('docx'));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 }), fc.nat(), (flips, cut) => {
        const damaged = new Uint8Array(bytes.subarray(0, bytes.length - (cut % 64)));
        for (const [at, value] of flips) damaged[at % damaged.length] = value;
        const result = readDocx(damaged);
        assert.ok('error' in result || typeof result.text === 'string');
      }),
      { numRuns: 40 },
    );
  });
});
