// The formatters over a hand-made Report whose spans point into a small text with CRLF, a lone CR
// and a character outside the BMP (two UTF-16 code units).
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { jsonFormatter } from '../../server/src/cli/formatJson';
import { SARIF_SCHEMA, artifactLocation, sarifFormatter } from '../../server/src/cli/formatSarif';
import { shouldColor, textFormatter } from '../../server/src/cli/formatText';
import { tally, type FileResult, type Formatter, type Totals } from '../../server/src/cli/results';
import { translator } from '../../server/src/core/messages/translate';
import { RULE_METAS } from '../../server/src/core/rules/meta';
import type { Finding, Report } from '../../server/src/core/types';
import { sarifErrors } from './sarifSchema';

const TEXT = '报告\r\n𠀀共7025件\r第三行12\n';
const at = (needle: string) => {
  const start = TEXT.indexOf(needle);
  return { start, end: start + needle.length };
};

const FINDINGS: Finding[] = [
  {
    rule: 'sum-mismatch',
    severity: 'error',
    message: '合计 7025 与分项之和 7235 不符',
    span: at('7025'),
    related: [{ span: at('报告'), message: '分项' }],
    fixes: [{ title: '将 7025 改为 7235', edits: [{ span: at('7025'), newText: '7235' }], preferred: true }],
  },
  { rule: 'table-image', severity: 'info', message: '统计表仅有图片\n无法核对', span: at('报告'), related: [], fixes: [] },
  { rule: 'prose-table-mismatch', severity: 'warning', message: '正文 12 与表中 13 不一致', span: at('12'), related: [], fixes: [] },
  { rule: 'table-shape', severity: 'hint', message: '缺格', span: { start: TEXT.length, end: TEXT.length }, related: [], fixes: [] },
];

const REPORT: Report = { title: null, template: '2021', traditional: false, findings: FINDINGS, fixAll: [], checked: [], outline: [], tables: [] };
const RESULTS: FileResult[] = [
  { path: 'reports/年报 2021.txt', format: 'text', text: TEXT, report: REPORT },
  { path: 'reports/bad.txt', error: '空文件 (empty file)' },
  { path: 'clean.md', format: 'text', text: 'x', report: { ...REPORT, template: null, findings: [] } },
];

function format(formatter: Formatter, results: FileResult[] = RESULTS): string {
  const totals: Totals = { errors: 0, warnings: 0, notes: 0, checked: 0, unreadable: 0, unrecognised: 0, unmatched: 0 };
  let out = formatter.begin();
  for (const result of results) {
    tally(totals, result);
    out += formatter.file(result);
  }
  return out + formatter.end(totals);
}

test('text: one line per finding with 1-based line and UTF-16 column, then the summary', () => {
  assert.equal(
    format(textFormatter(false)),
    [
      'reports/年报 2021.txt:2:4 error sum-mismatch 合计 7025 与分项之和 7235 不符',
      'reports/年报 2021.txt:1:1 info table-image 统计表仅有图片 无法核对',
      'reports/年报 2021.txt:3:4 warning prose-table-mismatch 正文 12 与表中 13 不一致',
      'reports/年报 2021.txt:4:1 hint table-shape 缺格',
      'clean.md: 未识别为政府信息公开工作年度报告（没有报告标题、章节标题或统计表），只核对了正文中的数字',
      '1 个错误，1 个警告，2 个提示（2 个文件，1 个未识别为年报，1 个无法读取）',
      '有错误的文件 (files with errors): reports/年报 2021.txt',
      '',
    ].join('\n'),
  );
});

test('text: the summary leaves out notes, unrecognised and unreadable files when there are none', () => {
  const titled: FileResult = { path: 'clean.md', format: 'text', text: 'x', report: { ...REPORT, title: { text: 'x', span: at('x') }, template: null, findings: [] } };
  assert.equal(format(textFormatter(false), [titled]), '0 个错误，0 个警告（1 个文件）\n');
});

test('text: a file not recognised as a report is said so, also when nothing was found in it, in English too', () => {
  assert.equal(
    format(textFormatter(false, translator('en')), [RESULTS[2]]),
    'clean.md: not recognised as an annual report (no report title, section headings or statistical tables): only the figures in its prose were checked\n' +
      'Errors: 0, warnings: 0 (files checked: 1, not recognised as reports: 1)\n',
  );
});

test('text: a PDF not recognised whose pages were not all read is not said to hold no report; one read in full is', () => {
  const pdf = (unread: Report['unread']): FileResult => ({ path: 'scan.pdf', format: 'pdf', text: '', report: { ...REPORT, template: null, findings: [], unread }, locations: [] });
  const notice = (unread: Report['unread'], lang: 'zh-CN' | 'en' = 'zh-CN') => format(textFormatter(false, translator(lang)), [pdf(unread)]).split('\n')[0];
  assert.equal(notice({ image: [1, 2], slanted: [], unmapped: [] }), 'scan.pdf: 未能识别是否为年度报告：PDF 有页面的文字未能读取（见 no-text-layer 警告），请人工核对');
  assert.equal(notice({ image: [], slanted: [], unmapped: [3] }, 'en'), 'scan.pdf: not known to be an annual report: text on some PDF pages could not be read (see the no-text-layer warning); check it by hand');
  assert.equal(notice({ image: [], slanted: [], unmapped: [] }), 'scan.pdf: 未识别为政府信息公开工作年度报告（没有报告标题、章节标题或统计表），只核对了正文中的数字');
});

test('text: colours severities, rule ids and the summary only when asked', () => {
  const coloured = format(textFormatter(true));
  assert.match(coloured, /:2:4 \x1b\[31merror\x1b\[0m \x1b\[2msum-mismatch\x1b\[0m /);
  assert.match(coloured, /\x1b\[33mwarning\x1b\[0m/);
  assert.match(coloured, /\x1b\[1;31m1 个错误/);
  assert.doesNotMatch(format(textFormatter(false)), /\x1b/);
});

const colorCases: [isTTY: boolean, env: Record<string, string>, expected: boolean][] = [
  [true, {}, true],
  [false, {}, false],
  [true, { NO_COLOR: '1' }, false],
  [true, { NO_COLOR: '' }, true],
  [false, { FORCE_COLOR: '1' }, true],
  [false, { FORCE_COLOR: '' }, true],
  [true, { FORCE_COLOR: '0' }, false],
  [true, { NO_COLOR: '1', FORCE_COLOR: '1' }, true],
  [true, { TERM: 'dumb' }, false],
];

for (const [isTTY, env, expected] of colorCases) {
  test(`colour is ${expected ? 'on' : 'off'} for ${isTTY ? 'a terminal' : 'a pipe'} with ${JSON.stringify(env)}`, () => {
    assert.equal(shouldColor({ isTTY }, env), expected);
  });
}

test('json: the exact contract, 0-based lines and UTF-16 characters, one file per line', () => {
  const out = format(jsonFormatter());
  assert.equal(out.split('\n').length, 6, 'header, three files, footer, final newline');
  const range = (sl: number, sc: number, el: number, ec: number) => ({
    start: { line: sl, character: sc },
    end: { line: el, character: ec },
  });
  assert.deepEqual(JSON.parse(out), {
    files: [
      {
        path: 'reports/年报 2021.txt',
        format: 'text',
        template: '2021',
        recognised: true,
        findings: [
          {
            rule: 'sum-mismatch',
            severity: 'error',
            message: '合计 7025 与分项之和 7235 不符',
            range: range(1, 3, 1, 7),
            related: [{ message: '分项', range: range(0, 0, 0, 2) }],
            fix: { title: '将 7025 改为 7235', edits: [{ range: range(1, 3, 1, 7), newText: '7235' }] },
            fixes: [{ title: '将 7025 改为 7235', edits: [{ range: range(1, 3, 1, 7), newText: '7235' }], preferred: true }],
            figure: '7025',
          },
          { rule: 'table-image', severity: 'info', message: '统计表仅有图片\n无法核对', range: range(0, 0, 0, 2), related: [], fix: null, fixes: [], figure: '报告' },
          { rule: 'prose-table-mismatch', severity: 'warning', message: '正文 12 与表中 13 不一致', range: range(2, 3, 2, 5), related: [], fix: null, fixes: [], figure: '12' },
          { rule: 'table-shape', severity: 'hint', message: '缺格', range: range(3, 0, 3, 0), related: [], fix: null, fixes: [], figure: '' },
        ],
      },
      { path: 'reports/bad.txt', error: '空文件 (empty file)' },
      { path: 'clean.md', format: 'text', template: null, recognised: false, findings: [] },
    ],
  });
  // Key order is part of what other tools see.
  const finding = JSON.parse(out).files[0].findings[0];
  assert.deepEqual(Object.keys(finding), ['rule', 'severity', 'message', 'range', 'related', 'fix', 'fixes', 'figure']);
});

test('json: no files gives an empty list', () => {
  assert.deepEqual(JSON.parse(format(jsonFormatter(), [])), { files: [] });
});

const CWD = resolve('/srv/govreport');

test('sarif: the log validates against the SARIF 2.1.0 schema', () => {
  const log = JSON.parse(format(sarifFormatter(CWD, '9.9.9')));
  assert.deepEqual(sarifErrors(log), []);
  assert.equal(log.$schema, SARIF_SCHEMA);
  assert.equal(log.version, '2.1.0');
});

test('sarif: an empty run validates too', () => {
  assert.deepEqual(sarifErrors(JSON.parse(format(sarifFormatter(CWD, '9.9.9'), []))), []);
});

test('sarif: the schema check rejects a broken log', () => {
  const log = JSON.parse(format(sarifFormatter(CWD, '9.9.9')));
  log.runs[0].results[0].level = 'info';
  delete log.runs[0].tool.driver.name;
  assert.equal(sarifErrors(log).length >= 2, true);
});

test('sarif: the driver lists every rule with descriptions and default level', () => {
  const { driver } = JSON.parse(format(sarifFormatter(CWD, '9.9.9'))).runs[0].tool;
  assert.equal(driver.name, 'govreport');
  assert.equal(driver.version, '9.9.9');
  assert.deepEqual(
    driver.rules.map((r: { id: string; defaultConfiguration: { level: string } }) => [r.id, r.defaultConfiguration.level]),
    RULE_METAS.map((m) => [m.id, { error: 'error', warning: 'warning', info: 'note', hint: 'note' }[m.defaultSeverity]]),
  );
  assert.equal(driver.rules[0].shortDescription.text, RULE_METAS[0].description);
  assert.match(driver.rules[0].fullDescription.text, new RegExp(RULE_METAS[0].descriptionEn.slice(0, 20)));
});

test('sarif: results carry rule index, level, 1-based regions (UTF-16, end exclusive), related locations and fixes', () => {
  const run = JSON.parse(format(sarifFormatter(CWD, '9.9.9'))).runs[0];
  const uri = { uri: 'reports/%E5%B9%B4%E6%8A%A5%202021.txt', uriBaseId: '%SRCROOT%' };
  const region = (startLine: number, startColumn: number, endLine: number, endColumn: number) => ({ startLine, startColumn, endLine, endColumn });
  assert.equal(run.columnKind, 'utf16CodeUnits');
  assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri, 'file:///srv/govreport/');
  assert.deepEqual(run.results[0], {
    ruleId: 'sum-mismatch',
    ruleIndex: RULE_METAS.findIndex((m) => m.id === 'sum-mismatch'),
    level: 'error',
    message: { text: '合计 7025 与分项之和 7235 不符' },
    locations: [{ physicalLocation: { artifactLocation: uri, region: region(2, 4, 2, 8) } }],
    relatedLocations: [{ id: 0, physicalLocation: { artifactLocation: uri, region: region(1, 1, 1, 3) }, message: { text: '分项' } }],
    fixes: [
      {
        description: { text: '将 7025 改为 7235' },
        artifactChanges: [{ artifactLocation: uri, replacements: [{ deletedRegion: region(2, 4, 2, 8), insertedContent: { text: '7235' } }] }],
      },
    ],
  });
  assert.deepEqual(
    run.results.map((r: { level: string }) => r.level),
    ['error', 'note', 'warning', 'note'],
  );
  assert.deepEqual(run.results[2].locations[0].physicalLocation.region, region(3, 4, 3, 6));
  assert.equal(run.results[1].relatedLocations, undefined);
  assert.equal(run.results[1].fixes, undefined);
});

test('sarif: unreadable files become error notifications of the invocation, files not recognised as reports notes', () => {
  const [invocation] = JSON.parse(format(sarifFormatter(CWD, '9.9.9'))).runs[0].invocations;
  assert.equal(invocation.executionSuccessful, true);
  assert.equal(invocation.exitCode, 1);
  assert.deepEqual(invocation.toolExecutionNotifications, [
    {
      level: 'error',
      message: { text: 'reports/bad.txt: 空文件 (empty file)' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'reports/bad.txt', uriBaseId: '%SRCROOT%' } } }],
    },
    {
      level: 'note',
      message: { text: 'clean.md: 未识别为政府信息公开工作年度报告（没有报告标题、章节标题或统计表），只核对了正文中的数字' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'clean.md', uriBaseId: '%SRCROOT%' } } }],
    },
  ]);
});

const uriCases: [path: string, uri: string][] = [
  ['a.txt', 'a.txt'],
  ['./reports/../a.txt', 'a.txt'],
  ['../up/a.txt', '../up/a.txt'],
  ['dir with space/年报#1?.txt', 'dir%20with%20space/%E5%B9%B4%E6%8A%A5%231%3F.txt'],
  ['a:b.txt', 'a%3Ab.txt'],
];

for (const [path, uri] of uriCases) {
  test(`sarif: path ${path} → relative URI ${uri}`, () => {
    assert.deepEqual(artifactLocation(path), { uri, uriBaseId: '%SRCROOT%' });
  });
}

test('sarif: an absolute path becomes a file: URI', () => {
  assert.deepEqual(artifactLocation(resolve('/srv/年报 1.txt')), { uri: 'file:///srv/%E5%B9%B4%E6%8A%A5%201.txt' });
});
