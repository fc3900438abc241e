// Pure helpers the adapters share: in-file directives (each form, ranges, unknown ids, HTML comments)
// and report detection.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { analyze } from '../../server/src/core/analyze';
import { looksLikeAnnualReport } from '../../server/src/core/detect';
import { disableLineEdit, disableRuleEdit, readDirectives } from '../../server/src/core/directives';
import { LineIndex } from '../../server/src/core/lineIndex';
import { checkText } from '../../server/src/readers/source';
import { table3Html } from '../support/table3';

/** One sum-mismatch (at 7025) and one percent-mismatch (at 23.2) per line. */
const SUM = '全年公开政府信息7025条，其中政务动态类信息1325条；其他类信息5780条。';
const PERCENT = '全市共受理信息公开申请129件，其中当面申请30件，占23.2%；网上申请99件，占76.7%。';
const dir = (body: string) => `<!-- govreport-${body} -->`;

/** `line:rule` of each finding, lines 1-based. */
function where(text: string, findings = analyze(text).findings): string[] {
  const lines = new LineIndex(text);
  return findings.map((f) => `${lines.positionAt(f.span.start).line + 1}:${f.rule}`);
}

const SCOPES: [name: string, lines: string[], expected: string[]][] = [
  ['no directive: every finding', [SUM, PERCENT, SUM], ['1:sum-mismatch', '2:percent-mismatch', '3:sum-mismatch']],
  ['disable-next-line with a rule: that rule on the next line only', [dir('disable-next-line sum-mismatch'), SUM, SUM], ['3:sum-mismatch']],
  ['disable-next-line of another rule leaves the line alone', [dir('disable-next-line percent-mismatch'), SUM], ['2:sum-mismatch']],
  ['disable-next-line without a rule: every rule on the next line', [dir('disable-next-line'), SUM + PERCENT, PERCENT], ['3:percent-mismatch']],
  ['disable-line at the end of the line', [SUM + dir('disable-line sum-mismatch'), SUM], ['2:sum-mismatch']],
  ['disable-line before the finding on its line', [dir('disable-line') + PERCENT, PERCENT], ['2:percent-mismatch']],
  ['disable … enable: a range', [SUM, dir('disable sum-mismatch'), SUM, PERCENT, dir('enable sum-mismatch'), SUM], ['1:sum-mismatch', '4:percent-mismatch', '6:sum-mismatch']],
  ['disable without enable: to the end', [SUM, dir('disable sum-mismatch'), SUM, SUM], ['1:sum-mismatch']],
  ['a bare disable switches every rule off from there', [SUM, dir('disable'), SUM, PERCENT], ['1:sum-mismatch']],
  ['disable all, enable one: only that one again', [dir('disable'), SUM, PERCENT, dir('enable percent-mismatch'), SUM, PERCENT], ['6:percent-mismatch']],
  ['disable two, enable all', [dir('disable sum-mismatch, percent-mismatch'), SUM + PERCENT, dir('enable'), SUM], ['4:sum-mismatch']],
  ['disable-file at the end covers the lines above it', [SUM, PERCENT, dir('disable-file sum-mismatch')], ['2:percent-mismatch']],
  ['disable-file is not undone by enable', [dir('disable-file sum-mismatch'), dir('enable sum-mismatch'), SUM], []],
  ['the old whole-file form at the top still covers the file', [dir('disable sum-mismatch'), SUM, PERCENT, SUM], ['3:percent-mismatch']],
  ['ids separated by commas, a full-width comma or spaces', [dir('disable-next-line sum-mismatch,percent-mismatch'), SUM + PERCENT, `<!--govreport-disable-next-line percent-mismatch，sum-mismatch-->`, SUM + PERCENT], []],
  ['an unknown id alone switches nothing off', [dir('disable-next-line sum-mismach'), SUM], ['1:invalid-directive', '2:sum-mismatch']],
  ['a directive on the last line has no next line', [SUM, dir('disable-next-line')], ['1:sum-mismatch']],
  ['a misspelt directive does nothing', [dir('disable-nextline sum-mismatch'), SUM], ['1:invalid-directive', '2:sum-mismatch']],
];

describe('directives switch rules off where they say', () => {
  for (const [name, lines, expected] of SCOPES) {
    test(name, () => assert.deepEqual(where(lines.join('\n')), expected));
  }

  test('CRLF and CR line breaks', () => {
    for (const eol of ['\r\n', '\r']) {
      assert.deepEqual(where([SUM, dir('disable-next-line sum-mismatch'), SUM, SUM].join(eol)), ['1:sum-mismatch', '4:sum-mismatch']);
    }
  });

  test('rules off for the whole file are not run at all', () => {
    assert.deepEqual(analyze(`${dir('disable-file')}\n${SUM}`, { explain: true }).checked, []);
  });

  test('a caller disabling invalid-directive silences its problems', () => {
    assert.deepEqual(where(`${dir('disable sum-mismach')}\n${SUM}`, analyze(`${dir('disable sum-mismach')}\n${SUM}`, { severity: { 'invalid-directive': 'off' } }).findings), ['2:sum-mismatch']);
  });
});

describe('the ranges each directive covers, in offsets of the text', () => {
  const RANGES: [text: string, expected: ReturnType<typeof readDirectives>][] = [
    ['ab\n<!-- govreport-disable-next-line sum-mismatch -->\ncd\nef', { ranges: [{ start: 53, end: 56, rules: ['sum-mismatch'] }], toggles: [], problems: [] }],
    ['ab <!-- govreport-disable-line -->\r\ncd', { ranges: [{ start: 0, end: 36, rules: null }], toggles: [], problems: [] }],
    ['ab\n<!-- govreport-disable a-b sum-mismatch -->x<!-- govreport-enable -->', {
      ranges: [],
      toggles: [{ at: 3, off: true, rules: ['sum-mismatch'] }, { at: 47, off: false, rules: null }],
      problems: [{ span: { start: 26, end: 29 }, kind: 'unknown-rule', name: 'a-b' }],
    }],
    ['x\n<!-- govreport-disable-file table-shape -->', { ranges: [{ start: 0, end: Infinity, rules: ['table-shape'] }], toggles: [], problems: [] }],
    ['<!-- govreport-enabled -->', { ranges: [], toggles: [], problems: [{ span: { start: 5, end: 22 }, kind: 'unknown-directive', name: 'govreport-enabled' }] }],
  ];
  for (const [text, expected] of RANGES) test(JSON.stringify(text), () => assert.deepEqual(readDirectives(text), expected));
});

describe('directive comments are not read as report text', () => {
  test('a directive line between the cells of a table read one cell per line changes nothing else', () => {
    const report = readFileSync('samples/synthetic-pre2019.txt', 'utf8');
    const lines = report.split('\n');
    const expected = analyze(report).findings.map((f) => `${f.rule} ${report.slice(f.span.start, f.span.end)}`);
    assert.equal(expected.length, 1);
    // every line of the table 统计表 (cells one per line) and around it
    for (let at = lines.length - 40; at < lines.length; at++) {
      const text = [...lines.slice(0, at), dir('disable-next-line table-image'), ...lines.slice(at)].join('\n');
      const got = analyze(text).findings.map((f) => `${f.rule} ${text.slice(f.span.start, f.span.end)}`);
      assert.deepEqual(got, expected, `directive above line ${at + 1}`);
    }
  });
});

describe('problems in directives', () => {
  const PROBLEMS: [text: string, figure: string, message: RegExp][] = [
    [dir('disable-next-line sum-mismach'), 'sum-mismach', /^指令中的 “sum-mismach” 不是规则 id，对它不起作用；是否应为 “sum-mismatch”？$/],
    [dir('disable sum-mismatch, 其他'), '其他', /^指令中的 “其他” 不是规则 id，对它不起作用；规则 id 见规则列表（govreport rules）$/],
    [dir('disable-nextline sum-mismatch'), 'govreport-disable-nextline', /^“govreport-disable-nextline” 不是 GovReport 的指令，不起作用；指令有 govreport-disable-next-line、/],
    [dir('disabled sum-mismatch'), 'govreport-disabled', /不是 GovReport 的指令/],
  ];
  for (const [text, figure, message] of PROBLEMS) {
    test(`${text} → a warning at “${figure}”`, () => {
      const findings = analyze(`${text}\n${SUM}`).findings.filter((f) => f.rule === 'invalid-directive');
      assert.equal(findings.length, 1);
      assert.equal(findings[0].severity, 'warning');
      assert.equal(`${text}\n${SUM}`.slice(findings[0].span.start, findings[0].span.end), figure);
      assert.match(findings[0].message, message);
    });
  }

  test('other comments are not directives', () => {
    assert.deepEqual(readDirectives('<!-- eslint-disable semi --> <!-- 说明 --> <!-- govreport disable -->'), { ranges: [], toggles: [], problems: [] });
  });

  test('an unterminated directive on a long line is read in linear time', () => {
    const text = `<!-- govreport-disable ${'a-'.repeat(200_000)}`.repeat(5);
    const started = performance.now();
    assert.deepEqual(readDirectives(text), { ranges: [], toggles: [], problems: [] });
    assert.ok(performance.now() - started < 1000);
  });
});

describe('fixes and directives', () => {
  test('fix all leaves the figures of switched-off lines alone', () => {
    const text = [SUM, dir('disable-next-line sum-mismatch'), SUM].join('\n');
    assert.deepEqual(analyze(text).fixAll, [{ span: { start: 8, end: 12 }, newText: '7105' }]);
  });

  const LINE_EDITS: [name: string, text: string, at: string, rule: string, edit: { span: [number, number]; newText: string }][] = [
    ['inserted above the line, with its indentation and line break', `一、概述\r\n  ${SUM}`, '7025', 'sum-mismatch', { span: [6, 6], newText: '  <!-- govreport-disable-next-line sum-mismatch -->\r\n' }],
    ['on the first line', SUM, '7025', 'sum-mismatch', { span: [0, 0], newText: '<!-- govreport-disable-next-line sum-mismatch -->\n' }],
    ['added to the directive above', `${dir('disable-next-line sum-mismatch')}\n${SUM}`, '7025', 'percent-mismatch', { span: [0, 49], newText: '<!-- govreport-disable-next-line sum-mismatch, percent-mismatch -->' }],
  ];
  for (const [name, text, at, rule, { span, newText }] of LINE_EDITS) {
    test(`disable for this line: ${name}`, () => {
      assert.deepEqual(disableLineEdit(text, text.indexOf(at), rule), { span: { start: span[0], end: span[1] }, newText });
    });
  }

  test('disable for this line, applied, switches off that finding only', () => {
    const text = [SUM, SUM].join('\n');
    const { span, newText } = disableLineEdit(text, text.lastIndexOf('7025'), 'sum-mismatch');
    assert.deepEqual(where(text.slice(0, span.start) + newText + text.slice(span.end)), ['1:sum-mismatch']);
  });

  test('disable for the file inserts a disable-file line, or extends the one on the first line', () => {
    assert.deepEqual(disableRuleEdit('一、概述\r\n', 'sum-mismatch'), { span: { start: 0, end: 0 }, newText: '<!-- govreport-disable-file sum-mismatch -->\r\n' });
    assert.deepEqual(disableRuleEdit('', 'sum-mismatch').newText, '<!-- govreport-disable-file sum-mismatch -->\n');
    const existing = '<!-- govreport-disable-file sum-mismatch -->\n一、概述';
    assert.deepEqual(disableRuleEdit(existing, 'table-shape'), { span: { start: 0, end: 44 }, newText: '<!-- govreport-disable-file sum-mismatch, table-shape -->' });
    assert.equal(disableRuleEdit(existing, 'sum-mismatch').newText, '<!-- govreport-disable-file sum-mismatch -->');
  });
});

describe('directives in a web page are its HTML comments', () => {
  const page = (comment: (line: string) => string) =>
    [
      '<!DOCTYPE html><html><head><meta charset="utf-8"><title>某区政府信息公开工作年度报告</title></head><body>',
      '<p>某区2021年政府信息公开工作年度报告</p><p>三、收到和处理政府信息公开申请情况</p>',
      ...table3Html({ '一、': [22, 0, 0, 0, 1, 0, 23], '（一）': [12, 0, 0, 0, 1, 0, 11], '（七）': [17, 0, 0, 0, 1, 0, 18], '四、': [5, 0, 0, 0, 0, 0, 5] })
        .split('\n')
        .map((line) => (line.includes('（一）予以公开') ? comment(line) : line)),
      '</body></html>',
    ].join('\n');
  // the page is a fragment of a report: the completeness rules are not what these cases are about
  const ARITHMETIC = ['sum-mismatch', 'invalid-directive'];
  const findings = (html: string) => checkText('html', html, {}).report.findings.filter((f) => ARITHMETIC.includes(f.rule));
  const errors = (html: string) => findings(html).filter((f) => f.severity === 'error').map((f) => html.slice(f.span.start, f.span.end));

  const CASES: [name: string, comment: (line: string) => string, expected: string[]][] = [
    ['none: the wrong cell and its row total', (line) => line, ['12', '11']],
    ['disable-next-line above the row', (line) => `${dir('disable-next-line sum-mismatch')}\n${line}`, []],
    ['disable-line at the end of the row', (line) => `${line}${dir('disable-line sum-mismatch')}`, []],
    ['disable-next-line two lines above', (line) => `${dir('disable-next-line sum-mismatch')}\n<!-- -->\n${line}`, ['12', '11']],
    ['a range around the row', (line) => `${dir('disable')}\n${line}\n${dir('enable')}`, []],
    ['disable-file', (line) => `${line}${dir('disable-file sum-mismatch')}`, []],
  ];
  for (const [name, comment, expected] of CASES) {
    test(name, () => assert.deepEqual(errors(page(comment)), expected));
  }

  test('an unknown id points into the comment in the page source, and fix all leaves a switched-off cell alone', () => {
    const html = page((line) => `${dir('disable-next-line sum-mismatch bogus')}\n${line}`);
    assert.deepEqual(findings(html).map((f) => [f.rule, html.slice(f.span.start, f.span.end)]), [['invalid-directive', 'bogus']]);
    assert.deepEqual(checkText('html', html, {}).report.fixAll, []);
  });
});

const SEEDS = join(__dirname, '..', '..', '..', 'shared', 'seeds');
const OWN = [join(__dirname, '..', '..', 'samples'), join(__dirname, '..', 'blind', 'reports')];

describe('report detection', () => {
  test('every bundled sample and blind-corpus report, simplified or traditional, looks like an annual report', () => {
    const paths = OWN.flatMap((dir) => readdirSync(dir).filter((n) => n.endsWith('.txt')).map((n) => join(dir, n)));
    assert.ok(paths.some((p) => /_hant/.test(p)), 'traditional reports among them');
    for (const path of paths) assert.ok(looksLikeAnnualReport(readFileSync(path, 'utf8')), path);
  });

  test('every seed looks like an annual report', { skip: !existsSync(SEEDS) && `${SEEDS} not present` }, () => {
    for (const name of readdirSync(SEEDS)) assert.ok(looksLikeAnnualReport(readFileSync(join(SEEDS, name), 'utf8')), name);
  });

  test('ordinary text does not', () => {
    assert.equal(looksLikeAnnualReport('# 会议纪要\n政府信息公开专栏的改版方案'), false);
    assert.equal(looksLikeAnnualReport('2020年度报告'), false);
  });
});
