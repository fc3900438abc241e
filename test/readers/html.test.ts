// HTML reports are read in place: the article body without the site's chrome, tables as grids in
// the official merged-cell layout, and every finding at the exact characters of the page's source.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readHtml } from '../../server/src/readers/html';
import { checkText } from '../../server/src/readers/source';
import { describeFindings, loud } from '../core/expect';
import { table3Html } from '../support/table3';

const page = (body: string) => `<!DOCTYPE html>\r\n<html><head><meta charset="utf-8"><title>某区政府信息公开工作年度报告</title><script>var x = "共10件，其中其他6件";</script></head>\r\n<body>${body}</body></html>`;
const check = (html: string) => checkText('html', html, {});
/** The span of `needle` inside the first `context` of the source. */
const at = (html: string, context: string, needle: string) => {
  const start = html.indexOf(context) + context.indexOf(needle);
  assert.ok(html.includes(context) && context.includes(needle), context);
  return { start, end: start + needle.length };
};

const CONSISTENT = {
  '一、': [22, 0, 0, 0, 1, 0, 23],
  '（一）': [10, 0, 0, 0, 1, 0, 11],
  '（二）': [2, 0, 0, 0, 0, 0, 2],
  '1.本机关': [3, 0, 0, 0, 0, 0, 3],
  '2.重复': [2, 0, 0, 0, 0, 0, 2],
  '（七）': [17, 0, 0, 0, 1, 0, 18],
  '四、': [5, 0, 0, 0, 0, 0, 5],
};

describe('HTML prose', () => {
  test('a finding points at the figure in the page source, across entities and CRLF', () => {
    const html = page('<p>一、总体情况</p>\r\n<p>全年&nbsp;共公开信息&lt;各类&gt;<b>10</b>条，其中&ldquo;政务&rdquo;类3条、\r\n其他6条。</p>');
    const [f] = check(html).report.findings;
    assert.deepEqual(f.span, at(html, '<b>10</b>', '10'));
    assert.deepEqual(f.fixes[0].edits, [{ span: at(html, '<b>10</b>', '10'), newText: '9' }]);
  });

  test('only the article body is read: menus, links and footers are left out', () => {
    const nav = `<div class="nav">${Array.from({ length: 30 }, (_, i) => `<a href="/${i}">政府信息公开第${i}栏目共${i}条其中其他${i}条</a>`).join('')}</div>`;
    const article = '<div class="article"><h1>某区2023年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>全年主动公开政府信息1200条，其中政策文件300条、其他900条。本年度我区认真贯彻落实条例，不断完善公开制度，政府信息公开工作取得新进展，公开内容更加全面，公开渠道更加丰富。</p></div>';
    const footer = '<div class="footer">网站标识码1234567890 主办单位：某区人民政府办公室 共3页</div>';
    const { text } = readHtml(page(nav + article + footer));
    assert.match(text, /全年主动公开政府信息1200条/);
    assert.doesNotMatch(text, /栏目|网站标识码|var x/);
  });

  test('an HTML comment directive switches a rule off', () => {
    const html = page('<!-- govreport-disable sum-mismatch --><p>全年共公开信息10条，其中A类3条、其他6条。</p>');
    assert.deepEqual(check(html).report.findings, []);
  });

  test('a page without a table, or without a body, is read without error', () => {
    assert.equal(check(page('<p>本年度没有统计表。</p>')).report.template, null);
    assert.deepEqual(check('<html>').report.findings, []);
    assert.deepEqual(check('').report.findings, []);
  });
});

describe('HTML tables', () => {
  const heading = '<p>三、收到和处理政府信息公开申请情况</p>';

  test('table 三 in the official merged-cell layout is read in full', () => {
    const { report } = check(page(heading + table3Html(CONSISTENT)));
    assert.equal(report.template, '2021');
    assert.deepEqual(report.tables.map((t) => [t.id, t.rowsRead, t.rowsExpected, t.cellsRead]), [['t3', 25, 25, 175]]);
    assert.deepEqual(loud(report), []);
  });

  test('a wrong cell is reported at its characters in the source', () => {
    const html = page(heading + table3Html({ ...CONSISTENT, '（一）': [12, 0, 0, 0, 1, 0, 11] }));
    const findings = loud(check(html).report);
    assert.equal(findings.length, 1, describeFindings(findings, html));
    assert.deepEqual(findings[0].span, at(html, '<span>12</span>', '12'));
    assert.deepEqual(findings[0].fixes[0].edits.map((e) => [html.slice(e.span.start, e.span.end), e.newText]), [['12', '10']]);
  });

  test('empty cells are missing values: a blank 总计 on a detail row is not checked', () => {
    const html = page(heading + table3Html({ ...CONSISTENT, '（一）': [10, '', '', '', 1, '', ''], '（二）': [2, '', '', '', '', '', ''] }));
    assert.deepEqual(loud(check(html).report), []);
  });

  test('a table inside a layout table is read as a table', () => {
    const html = page(`<table><tr><td>${heading}${table3Html({ ...CONSISTENT, '（一）': [12, 0, 0, 0, 1, 0, 11] })}</td><td>相关链接</td></tr></table>`);
    const { report } = check(html);
    assert.deepEqual(report.tables.map((t) => [t.id, t.rowsRead]), [['t3', 25]]);
    assert.equal(loud(report).length, 1);
  });
});
