// The audit page's markup over hand-made results: everything from a report escaped, the page
// self-contained (only its own hashed style and script may run), sections written file by file and
// the summary, filters and charts at the end.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { htmlFormatter } from '../../server/src/cli/formatHtml';
import { rulesChart, yearsCharts, emptyTally } from '../../server/src/cli/html/charts';
import { withGroups } from '../../server/src/cli/html/bodies';
import { snippetOf } from '../../server/src/cli/html/snippet';
import { reportIdentity } from '../../server/src/core/reportIdentity';
import type { CrossOutput } from '../../server/src/cli/crossYear';
import { tally, type FileResult, type Totals } from '../../server/src/cli/results';
import { escapeUTF8 as escapeHtml } from 'entities';
import type { Finding, Report } from '../../server/src/core/types';

const EVIL = '<script>alert("x")</script>';
const TEXT = `某区2023年政府信息公开工作年度报告\n${EVIL}共7025件，其中\n第三行 12 & 13\n`;
const at = (needle: string) => {
  const start = TEXT.indexOf(needle);
  return { start, end: start + needle.length };
};
const finding = (f: Partial<Finding> & Pick<Finding, 'rule' | 'severity' | 'message' | 'span'>): Finding => ({ related: [], fixes: [], ...f });
const FINDINGS: Finding[] = [
  finding({
    rule: 'sum-mismatch',
    severity: 'error',
    message: `合计 7025 ≠ 1+2 = 3 ${EVIL}`,
    span: at('7025'),
    related: [{ span: at('12'), message: `分项 <b>12</b>` }],
    fixes: [{ title: '将 7025 改为 3', edits: [{ span: at('7025'), newText: '3<i>' }], preferred: true }],
  }),
  finding({
    rule: 'table-identity',
    severity: 'warning',
    message: '无法确定哪一格有误',
    span: at('12'),
    fixes: [
      { title: '将 12 改为 11', edits: [{ span: at('12'), newText: '11' }], preferred: false },
      { title: '将 13 改为 14', edits: [{ span: at('13'), newText: '14' }], preferred: false },
    ],
  }),
  finding({ rule: 'table-image', severity: 'info', message: '统计表仅有图片', span: at('13') }),
];
const report = (findings: Finding[], title: string | null): Report => ({
  title: title === null ? null : { text: title, span: { start: 0, end: title.length } },
  template: '2021',
  traditional: false,
  findings,
  fixAll: [],
  checked: [],
  outline: [],
  tables: [],
});
const RESULTS: FileResult[] = [
  { path: `reports/某区/${EVIL}.txt`, format: 'text', text: TEXT, report: report(FINDINGS, TEXT.split('\n')[0]) },
  { path: 'reports/bad.pdf', error: `无法读取 ${EVIL}` },
  { path: 'reports/某区/2024.txt', format: 'text', text: '某区2024年政府信息公开工作年度报告', report: report([], '某区2024年政府信息公开工作年度报告') },
];

function page(results: FileResult[] = RESULTS, cross?: CrossOutput): { begin: string; files: string[]; end: string } {
  const formatter = htmlFormatter({ version: '9.9.9', generatedAt: new Date('2026-01-02T03:04:05Z') });
  const totals: Totals = { errors: 0, warnings: 0, notes: 0, checked: 0, unreadable: 0, unrecognised: 0, unmatched: 0 };
  const begin = formatter.begin();
  const files = results.map((r) => {
    tally(totals, r);
    return formatter.file(r);
  });
  if (cross) files.push(formatter.cross!(cross));
  return { begin, files, end: formatter.end(totals) };
}
const whole = () => {
  const { begin, files, end } = page();
  return begin + files.join('') + end;
};

test('html: a report\'s text, path, messages, fixes and read errors are shown as text, never as markup', () => {
  const html = whole();
  assert.equal(html.match(/<script>/g)?.length, 1, 'only the page\'s own script');
  assert.ok(html.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'));
  assert.ok(html.includes('分项 &lt;b&gt;12&lt;/b&gt;'));
  assert.ok(html.includes('<ins>3&lt;i&gt;</ins>'));
  assert.doesNotMatch(html, /<i>|<b>12/);
});

test('html: self-contained; the policy allows no network and only the page\'s own style and script', () => {
  const html = whole();
  assert.doesNotMatch(html, /\b(src|href)="(?!#)/, 'no external resource or link');
  assert.doesNotMatch(html, /https?:|@import|url\(/);
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1];
  const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
  const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1];
  const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1];
  assert.equal(policy, `default-src 'none'; style-src ${hash(style)}; script-src ${hash(script)}; img-src data:; form-action 'none'; base-uri 'none'`);
  assert.doesNotMatch(html, / style="| on[a-z]+="/, 'no inline style or handler attributes (the policy would block them)');
});

test('html: each file\'s section comes with its result; the summary and charts only at the end', () => {
  const { begin, files, end } = page();
  assert.doesNotMatch(begin, /id="summary"/);
  assert.equal(files[0].match(/class="finding /g)?.length, 3);
  assert.match(files[0], /^<section class="report" id="r0">\n<h3>某区 · 2023 年度 /);
  assert.match(files[1], /id="r1">[\s\S]*无法读取 \(unreadable\)：无法读取 &lt;script&gt;/);
  assert.match(files[2], /未发现问题/);
  const rows = end.match(/<tr id="row-r\d+"[^]*?<\/tr>/g)!;
  assert.equal(rows.length, 3);
  const cells = (row: string) => [...row.matchAll(/data-v="([^"]*)"/g)].map((m) => m[1]);
  // 状态 机关 年度 模板 格式 错误 警告 提示 文件
  assert.deepEqual(cells(rows[0]), ['4', '某区', '2023', '2021 版', '文本', '1', '1', '1', 'reports/某区/&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;.txt']);
  assert.deepEqual(cells(rows[1]).slice(0, 8), ['0', '', '0', '—', '—', '-1', '-1', '-1']);
  assert.deepEqual(cells(rows[2]).slice(0, 8), ['2', '某区', '2024', '2021 版', '文本', '0', '0', '0']);
  assert.match(end, /2 份报告（另有 1 份无法读取）：错误 <b>1<\/b>，警告 <b>1<\/b>，提示 <b>1<\/b>/);
  assert.match(end, /<option value="某区">某区<\/option><option value="-">（未识别）<\/option>/);
  assert.match(end, /<select name="rule"><option value="">全部<\/option><option value="sum-mismatch">sum-mismatch<\/option><option value="table-identity">/);
});

test('html: a file not recognised as a report is never passed: a light of its own with the notice when nothing was found, its errors red; counted apart', () => {
  const notReport = (findings: Finding[]): Report => ({ ...report(findings, null), template: null });
  const TITLE = '某区2024年政府信息公开工作年度报告';
  const { files, end } = page([
    { path: 'a/通知.txt', format: 'text', text: TEXT, report: notReport(FINDINGS.slice(0, 1)) },
    { path: 'a/2024.txt', format: 'text', text: TITLE, report: report([], TITLE) },
    { path: 'a/空.txt', format: 'text', text: '', report: notReport([]) },
    { path: 'b.pdf', error: '文件已损坏' },
    { path: 'c.pdf', format: 'pdf', text: '', report: { ...notReport([]), unread: { image: [1, 2], slanted: [], unmapped: [] } }, locations: [] },
  ]);
  const NOTICE = '未识别为政府信息公开工作年度报告（没有报告标题、章节标题或统计表），只核对了正文中的数字';
  const UNREAD = '未能识别是否为年度报告：PDF 有页面的文字未能读取（见 no-text-layer 警告），请人工核对';
  const status = [...end.matchAll(/<tr id="row-r\d+"[^>]*><td class="nowrap" data-v="(\d)"><span class="light (\w+)"><\/span>(.*?)<\/td>/g)].map((m) => m.slice(1));
  assert.deepEqual(status, [
    ['4', 'red', `有错误<div class="reason">${NOTICE}</div>`],
    ['2', 'green', '通过'],
    ['1', 'neutral', `未识别为年报<div class="reason">${NOTICE}</div>`],
    ['0', 'grey', '无法读取<div class="reason">文件已损坏</div>'],
    ['1', 'neutral', `未识别为年报<div class="reason">${UNREAD}</div>`],
  ]);
  const notice = (reason: string) => `<p class="unrecognised">未识别为年报 (not recognised as a report)：${reason}</p>`;
  assert.deepEqual(files.map((f) => f.includes(notice(NOTICE))), [true, false, true, false, false]);
  assert.ok(files[4].includes(notice(UNREAD)));
  assert.equal(files[0].match(/class="finding /g)?.length, 1, 'its prose\'s findings are still shown');
  assert.match(end, /4 份报告（其中 3 份未识别为年报，另有 1 份无法读取）：错误 <b>1<\/b>，警告 <b>0<\/b>，提示 <b>0<\/b>/);
});

test('html: the figure marked in its line, the preferred fix and the competing ones', () => {
  const section = page().files[0];
  assert.ok(section.includes('<p class="snippet">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;共<mark>7025</mark>件，其中</p>'));
  assert.ok(section.includes('<p class="fix preferred"><b>建议更正</b>：<del>7025</del> → <ins>3&lt;i&gt;</ins>'));
  assert.match(section, /可能的更正（择一，检查器不作取舍）<\/b><ol><li><del>12<\/del> → <ins>11<\/ins>.*<li><del>13<\/del> → <ins>14<\/ins>/);
  assert.match(section, /<span class="sev error">错误<\/span> <code class="rule">sum-mismatch<\/code> <span class="place">第 2 行第 29 列<\/span>/);
  assert.match(section, /<span class="sev note">信息<\/span>/);
});

test('html: a PDF finding names its page, a Word finding its table cell', () => {
  const pdf: FileResult = { path: 'a.pdf', format: 'pdf', text: TEXT, report: report(FINDINGS.slice(0, 2), null), locations: [{ page: 3, box: [0, 0, 1, 1] }, { table: 1, row: 4, cell: 2 }] };
  const section = page([pdf]).files[0];
  assert.match(section, /<span class="place">第 3 页<\/span>/);
  assert.match(section, /<span class="place">表 2 第 5 行第 3 列<\/span>/);
});

test('snippet: a page\'s markup dropped and references decoded around the figure; text clipped to its line', () => {
  const source = '<tr><td class="x">收到申请</td><td>&nbsp;</td><td><p>共<span>7025</span>件&lt;</p></td><td title="a>b">下一格</td></tr>';
  const start = source.indexOf('7025');
  assert.deepEqual(snippetOf(source, { start, end: start + 4 }, true), { before: ' 收到申请 共 ', figure: '7025', after: ' 件< 下一格 ' });
  const line = `${'甲'.repeat(100)}\n前文 12 后文\n${'乙'.repeat(10)}`;
  const at12 = line.indexOf('12');
  assert.deepEqual(snippetOf(line, { start: at12, end: at12 + 2 }, false), { before: '前文 ', figure: '12', after: ' 后文' });
  const long = `${'甲'.repeat(100)}12${'乙'.repeat(100)}`;
  const clipped = snippetOf(long, { start: 100, end: 102 }, false);
  assert.equal(clipped.before, `…${'甲'.repeat(48)}`);
  assert.equal(clipped.after, `${'乙'.repeat(48)}…`);
});

test('charts: one bar per rule, longest first; each body\'s years with the missing ones marked', () => {
  const t = (error: number, warning: number, note: number) => ({ error, warning, note });
  const 甲区 = { name: '甲区', others: ['甲区人民政府'] };
  const reports = [
    { group: 甲区, year: 2021, rules: new Map([['sum-mismatch', t(2, 0, 0)], ['table-shape', t(0, 1, 0)]]), unrecognised: false },
    { group: 甲区, year: 2023, rules: new Map([['sum-mismatch', t(1, 0, 0)]]), unrecognised: false },
    { group: 甲区, year: 2023, rules: new Map(), unrecognised: false },
    { group: 甲区, year: 2024, rules: new Map([['table-image', t(0, 0, 1)]]), unrecognised: true },
    { group: 甲区, year: 2023, rules: new Map([['table-image', t(0, 0, 2)]]), unrecognised: true },
    { group: null, year: 2022, rules: new Map([['table-image', t(0, 0, 5)]]), unrecognised: false },
  ];
  const rules = rulesChart(reports);
  assert.deepEqual([...rules.matchAll(/<text class="label"[^>]*>([^<]+)</g)].map((m) => m[1]), ['table-image', 'sum-mismatch', 'table-shape']);
  assert.deepEqual([...rules.matchAll(/<text class="value"[^>]*>(\d+)</g)].map((m) => m[1]), ['8', '3', '1']);
  const years = yearsCharts(reports);
  assert.equal(years.match(/<figure/g)?.length, 1, 'a report without a body is not drawn by year');
  assert.deepEqual([...years.matchAll(/<text class="axis"[^>]*>([^<]+)</g)].map((m) => m[1]), ['2021', '2022', '2023', '2 份', '2024']);
  assert.deepEqual([...years.matchAll(/<text class="missing"[^>]*>([^<]+)</g)].map((m) => m[1]), ['缺', '未识别'], 'a year with only a file not recognised as a report');
  assert.deepEqual([...years.matchAll(/<text class="value"[^>]*>(\d+)</g)].map((m) => m[1]), ['3', '1'], 'files not recognised add nothing to the bars');
  assert.match(years, /甲区 2023 年：错误 1，警告 0，提示 0（2 份报告）/);
  assert.match(years, /<figcaption>甲区 <small>又作 \(also written\) 甲区人民政府<\/small><\/figcaption>/);
  assert.match(rulesChart([{ group: null, year: null, rules: new Map([['x', emptyTally()]]), unrecognised: false }].slice(1)), /没有问题/);
});

test('html: the findings across years in a section of their own, with both files\' places, escaped', () => {
  const range = (line: number, character: number) => ({ start: { line, character }, end: { line, character: character + 1 } });
  const section = htmlFormatter({ version: '9.9.9', generatedAt: new Date(0) }).cross!({
    pairs: [{ body: `某区${EVIL}`, earlier: { path: 'a/2022.txt', year: 2022 }, later: { path: 'a/2023.txt', year: 2023 }, basis: '标题' }],
    findings: [
      {
        path: 'a/2023.txt',
        rule: 'carry-over-mismatch',
        severity: 'error',
        message: '上年结转 3 ≠ 2022 年度结转下年度 2',
        range: range(9, 4),
        related: [{ path: 'a/2022.txt', message: '结转下年度继续办理 · 总计 = 2', range: range(40, 7) }],
      },
    ],
    gaps: [{ body: '某县', years: [2020, 2021] }],
    bodies: [],
  });
  assert.match(section, /^<section class="panel cross" id="cross">/);
  assert.ok(!section.includes(EVIL) && section.includes(escapeHtml(EVIL)), 'a body\'s name is escaped');
  assert.match(section, /2022 年度 a\/2022\.txt → 2023 年度 a\/2023\.txt（标题）/);
  assert.match(section, /某县：缺 2020、2021 年度/);
  assert.match(section, /<span class="severity">错误<\/span> <code>carry-over-mismatch<\/code> a\/2023\.txt:10:5<br>上年结转 3 ≠ 2022 年度结转下年度 2<ul><li>a\/2022\.txt:41:8 结转下年度继续办理 · 总计 = 2<\/li><\/ul>/);
});

const pairOf = (earlier: string, later: string) => ({ body: '', earlier: { path: earlier, year: 0 }, later: { path: later, year: 0 }, basis: '' });

test('bodies: one body\'s reports under its identity\'s key and the renames the pairs followed, named as in its latest report', () => {
  const cases: { name: string; reports: [title: string | null, path: string][]; pairs: [string, string][]; groups: (string[] | null)[] }[] = [
    {
      name: 'written with and without 人民政府',
      reports: [['洪泽区人民政府2022年政府信息公开工作年度报告', 'a/1.txt'], ['洪泽区2023年政府信息公开工作年度报告', 'a/2.txt'], ['洪泽区2021年政府信息公开工作年度报告', 'a/3.txt']],
      pairs: [],
      groups: [['洪泽区', '洪泽区人民政府'], ['洪泽区', '洪泽区人民政府'], ['洪泽区', '洪泽区人民政府']],
    },
    {
      name: 'renamed, joined through a chain of pairs',
      reports: [['淮阴县2000年政府信息公开工作年度报告', 'x/2000.txt'], ['淮阴区2001年政府信息公开工作年度报告', 'x/2001.txt'], ['淮阴区人民政府2002年政府信息公开工作年度报告', 'x/2002.txt']],
      pairs: [['x/2000.txt', 'x/2001.txt'], ['x/2001.txt', 'x/2002.txt']],
      groups: [['淮阴区人民政府', '淮阴区', '淮阴县'], ['淮阴区人民政府', '淮阴区', '淮阴县'], ['淮阴区人民政府', '淮阴区', '淮阴县']],
    },
    {
      name: 'renamed, but not paired: two bodies',
      reports: [['淮阴县2000年政府信息公开工作年度报告', 'x/2000.txt'], ['淮阴区2001年政府信息公开工作年度报告', 'x/2001.txt']],
      pairs: [['x/2000.txt', 'y/2001.txt']],
      groups: [['淮阴县'], ['淮阴区']],
    },
    {
      name: 'no body, a body from the folder, a year unknown',
      reports: [[null, '说明.txt'], [null, '甲县/2020.txt'], ['甲县政府信息公开工作年度报告', 'b.txt']],
      pairs: [],
      groups: [null, ['甲县'], ['甲县']],
    },
  ];
  for (const c of cases) {
    const rows = withGroups(c.reports.map(([title, path]) => ({ path, ...reportIdentity(title, path) })), c.pairs);
    assert.deepEqual(rows.map((r) => r.group && [r.group.name, ...r.group.others]), c.groups, c.name);
  }
});

test('html: the filter and the charts by year take one body\'s reports together, written either way or renamed (also over a missing year) as the pairing took them', () => {
  const titled = (path: string, title: string): FileResult => ({ path, format: 'text', text: title, report: report([], title) });
  const { end } = page(
    [
      titled('洪泽/1.txt', '洪泽区人民政府2022年政府信息公开工作年度报告'),
      titled('洪泽/2.txt', '洪泽区2023年政府信息公开工作年度报告'),
      titled('淮阴/2000.txt', '淮阴县2000年政府信息公开工作年度报告'),
      titled('淮阴/2002.txt', '淮阴区2002年政府信息公开工作年度报告'),
    ],
    {
      pairs: [pairOf('洪泽/1.txt', '洪泽/2.txt')],
      findings: [],
      gaps: [{ body: '淮阴区', years: [2001] }],
      bodies: [
        { body: '洪泽区', paths: ['洪泽/1.txt', '洪泽/2.txt'] },
        { body: '淮阴区', paths: ['淮阴/2000.txt', '淮阴/2002.txt'] },
      ],
    },
  );
  assert.equal(
    /<select name="body">(.*?)<\/select>/.exec(end)![1],
    '<option value="">全部</option><option value="洪泽区">洪泽区（又作 洪泽区人民政府）</option><option value="淮阴区">淮阴区（又作 淮阴县）</option>',
  );
  assert.deepEqual([...end.matchAll(/<tr id="row-r\d" data-body="([^"]*)"><td[^]*?<\/td><td data-v="([^"]*)"/g)].map((m) => [m[1], m[2]]), [
    ['洪泽区', '洪泽区人民政府'],
    ['洪泽区', '洪泽区'],
    ['淮阴区', '淮阴县'],
    ['淮阴区', '淮阴区'],
  ], 'the filter\'s body, and the name as written');
  assert.deepEqual([...end.matchAll(/<figcaption>(.*?)<\/figcaption>/g)].map((m) => m[1]), [
    '洪泽区 <small>又作 (also written) 洪泽区人民政府</small>',
    '淮阴区 <small>又作 (also written) 淮阴县</small>',
  ]);
  assert.deepEqual([...end.matchAll(/<text class="missing"[^>]*>([^<]+)</g)].map((m) => m[1]), ['缺'], 'each body\'s years in one chart: 淮阴区 2001 missing');
});
