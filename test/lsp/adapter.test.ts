// The translation of a Report into LSP objects, on synthetic reports (no core analysis involved).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DiagnosticSeverity, FoldingRangeKind, type Diagnostic, type TextDocumentEdit, type TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, OutlineNode, Report } from '../../server/src/core/types';
import { utf8Length } from '../../server/src/lsp/checks';
import { codeActions } from '../../server/src/lsp/codeActions';
import { diagnosticsOf } from '../../server/src/lsp/diagnostics';
import { hoverAt } from '../../server/src/lsp/hover';
import { MAX_DEBOUNCE_MS, debounceDelay } from '../../server/src/lsp/scheduler';
import { DEFAULT_MAX_FILE_SIZE, DEFAULT_SETTINGS, SettingsStore, analyzeOptions, documentSettings, readSettings } from '../../server/src/lsp/settings';
import { SECTION_SYMBOL_KIND, TABLE_SYMBOL_KIND, documentSymbols, foldingRanges } from '../../server/src/lsp/symbols';

const TEXT = '一、概述\r\n共10条，其中3条；8条。\r\n合计5条\n';
const document = TextDocument.create('file:///r.txt', 'plaintext', 7, TEXT);
const at = (needle: string) => ({ start: TEXT.indexOf(needle), end: TEXT.indexOf(needle) + needle.length });

const sumFinding: Finding = {
  rule: 'sum-mismatch',
  severity: 'error',
  message: '合计 10 与分项之和 11 不符：3 + 8 = 11',
  span: at('10'),
  related: [
    { span: at('3条'), message: '分项 = 3' },
    { span: at('8条'), message: '分项 = 8' },
  ],
  computation: '3 + 8 = **11**，文中写 10，相差 1',
  fixes: [{ title: '将 10 改为 11', preferred: true, edits: [{ span: at('10'), newText: '11' }] }],
};

/** `fixAll`: the batch the core proved, by default every preferred fix of the findings. */
function report(findings: Finding[], outline: OutlineNode[] = [], fixAll = findings.flatMap((f) => f.fixes.filter((x) => x.preferred).flatMap((x) => x.edits))): Report {
  return {
    title: null,
    template: null,
    traditional: false,
    findings,
    fixAll,
    checked: [
      { span: at('5'), parts: [at('3条')], markdown: '5 = 2+3 ✓', table: '| 甲 | 2 |', ok: true },
      { span: at('10'), parts: [at('3条'), at('8条')], markdown: '10 ≠ 3+8', table: '', ok: false },
    ],
    outline,
    tables: [],
  };
}

describe('diagnostics', () => {
  test('a finding becomes a diagnostic with its rule link, related parts and fix data', () => {
    const [diagnostic] = diagnosticsOf(document, { kind: 'checked', report: report([sumFinding]) }, undefined, 'file:///ext/docs/rules/')!;
    assert.deepEqual(diagnostic, {
      range: { start: { line: 1, character: 1 }, end: { line: 1, character: 3 } },
      severity: DiagnosticSeverity.Error,
      code: 'sum-mismatch',
      codeDescription: { href: 'file:///ext/docs/rules/sum-mismatch.md' },
      source: 'govreport',
      message: sumFinding.message,
      relatedInformation: [
        { location: { uri: document.uri, range: { start: { line: 1, character: 7 }, end: { line: 1, character: 9 } } }, message: '分项 = 3' },
        { location: { uri: document.uri, range: { start: { line: 1, character: 10 }, end: { line: 1, character: 12 } } }, message: '分项 = 8' },
      ],
      data: {
        version: 7,
        fixes: [
          {
            title: '将 10 改为 11',
            preferred: true,
            edits: [{ range: { start: { line: 1, character: 1 }, end: { line: 1, character: 3 } }, newText: '11' }],
          },
        ],
      },
    });
  });

  test('severities map one to one; a failed analysis publishes nothing; an ignored document is not published', () => {
    const severities = (['error', 'warning', 'info', 'hint'] as const).map(
      (severity) => diagnosticsOf(document, { kind: 'checked', report: report([{ ...sumFinding, severity }]) })![0].severity,
    );
    assert.deepEqual(severities, [1, 2, 3, 4]);
    assert.deepEqual(diagnosticsOf(document, { kind: 'checked', report: null }), []);
    assert.equal(diagnosticsOf(document, { kind: 'ignored' }), null);
  });

  test('a document over the size limit or the time limit gets one information diagnostic', () => {
    const [tooLarge] = diagnosticsOf(document, { kind: 'tooLarge', bytes: 2000, limit: 1000 })!;
    assert.equal(tooLarge.severity, DiagnosticSeverity.Information);
    assert.match(tooLarge.message as string, /2000 字节.*maxFileSize（1000 字节）/);
    const [timedOut, ...rest] = diagnosticsOf(document, { kind: 'timedOut', limitMs: 10_000 })!;
    assert.equal(rest.length, 0);
    assert.equal(timedOut.severity, DiagnosticSeverity.Information);
    assert.match(timedOut.message as string, /超过 10 秒/);
  });
});

describe('code actions', () => {
  const versioned = { versioned: true };
  const overlapping: Finding = { ...sumFinding, rule: 'prose-table-mismatch', fixes: [{ ...sumFinding.fixes[0], title: 'again' }] };
  const notPreferred: Finding = {
    ...sumFinding,
    span: at('5'),
    fixes: [{ title: '将 5 改为 11', preferred: false, edits: [{ span: at('5'), newText: '11' }] }],
  };
  const later: Finding = { ...sumFinding, span: at('8'), fixes: [{ title: '将 8 改为 7', preferred: true, edits: [{ span: at('8'), newText: '7' }] }] };

  test('fix all applies the batch the core proved, and is not offered when there is none', () => {
    const findings = [sumFinding, overlapping, notPreferred, later];
    const actions = codeActions(document, { diagnostics: [], only: ['source'] }, report(findings, [], [...sumFinding.fixes[0].edits, ...later.fixes[0].edits]), versioned);
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, 'source.fixAll.govreport');
    const [change] = actions[0].edit!.documentChanges as TextDocumentEdit[];
    assert.equal(change.textDocument.version, 7);
    assert.deepEqual(change.edits.map((e) => (e as TextEdit).newText), ['11', '7']);
    assert.deepEqual(codeActions(document, { diagnostics: [], only: ['source'] }, report(findings, [], []), versioned), []);
  });

  test('quick fixes only when asked for them, and plain `changes` for clients without documentChanges', () => {
    const [diagnostic] = diagnosticsOf(document, { kind: 'checked', report: report([sumFinding]) }) as Diagnostic[];
    const fixAllOnly = codeActions(document, { diagnostics: [diagnostic], only: ['source.fixAll'] }, report([sumFinding]), versioned);
    assert.deepEqual(fixAllOnly.map((a) => a.kind), ['source.fixAll.govreport']);
    const [line, fix, disable] = codeActions(document, { diagnostics: [diagnostic], only: ['quickfix'] }, report([sumFinding]), { versioned: false });
    assert.deepEqual(line.edit, {
      changes: { [document.uri]: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, newText: '<!-- govreport-disable-next-line sum-mismatch -->\r\n' }] },
    });
    assert.deepEqual(fix.edit, { changes: { [document.uri]: (diagnostic.data as { fixes: { edits: unknown }[] }).fixes[0].edits } });
    assert.deepEqual(disable.edit, {
      changes: { [document.uri]: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: '<!-- govreport-disable-file sum-mismatch -->\r\n' }] },
    });
  });

  test('disable for this line comes first, once per line and rule; disable for the file once per rule', () => {
    const diagnostics = diagnosticsOf(document, { kind: 'checked', report: report([sumFinding, notPreferred, later]) }) as Diagnostic[];
    const titles = codeActions(document, { diagnostics, only: ['quickfix'] }, report([sumFinding, notPreferred, later]), versioned).map((a) => a.title);
    assert.deepEqual(titles, [
      '在本行停用规则 sum-mismatch',
      '在本行停用规则 sum-mismatch',
      '将 10 改为 11',
      '将 5 改为 11',
      '将 8 改为 7',
      '在本文件中停用规则 sum-mismatch',
    ]);
  });

  test('diagnostics of other sources are left alone', () => {
    const foreign: Diagnostic = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: 'x', source: 'eslint', code: 'semi', data: { version: 7, fixes: [] } };
    assert.deepEqual(codeActions(document, { diagnostics: [foreign], only: ['quickfix'] }, undefined, versioned), []);
  });
});

describe('hover', () => {
  test('a finding explains its figure; a correct figure shows its check; elsewhere nothing', () => {
    const r = report([sumFinding]);
    const on10 = hoverAt(document, r, { line: 1, character: 2 });
    assert.deepEqual(on10, {
      contents: { kind: 'markdown', value: sumFinding.computation },
      range: { start: { line: 1, character: 1 }, end: { line: 1, character: 3 } },
    });
    assert.equal((hoverAt(document, r, { line: 2, character: 2 })?.contents as { value: string }).value, '5 = 2+3 ✓\n\n---\n\n| 甲 | 2 |');
    assert.equal(hoverAt(document, r, { line: 0, character: 1 }), null);
  });

  test('a part of a check shows that check, with the part as the hover range; the verdicts of all its checks come first', () => {
    const r = report([]);
    const on3 = hoverAt(document, r, { line: 1, character: 7 });
    assert.deepEqual(on3, {
      contents: { kind: 'markdown', value: '5 = 2+3 ✓\n\n10 ≠ 3+8\n\n---\n\n| 甲 | 2 |' },
      range: { start: { line: 1, character: 7 }, end: { line: 1, character: 9 } },
    });
  });
});

describe('outline', () => {
  const table: OutlineNode = { kind: 'table', name: '表三 收到和处理政府信息公开申请情况', level: 0, span: at('合计5条\n'), selection: at('合计'), children: [] };
  const section: OutlineNode = {
    kind: 'section',
    name: '一、概述',
    level: 1,
    span: { start: 0, end: TEXT.length },
    selection: at('一、概述'),
    children: [{ ...table, selection: { start: 0, end: 2 } }],
  };

  test('sections nest, tables are named after their template, selections stay inside', () => {
    const [symbol] = documentSymbols(document, [section]);
    assert.equal(symbol.name, '一、概述');
    assert.equal(symbol.kind, SECTION_SYMBOL_KIND);
    assert.deepEqual(symbol.range, { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } });
    const [child] = symbol.children!;
    assert.equal(child.kind, TABLE_SYMBOL_KIND);
    assert.equal(child.name, '表三 收到和处理政府信息公开申请情况');
    assert.deepEqual(child.selectionRange, child.range);
  });

  test('sections fold up to the line before the one their span ends on', () => {
    assert.deepEqual(foldingRanges(document, [section]), [{ startLine: 0, endLine: 2, kind: FoldingRangeKind.Region }]);
  });
});

describe('settings and scheduling', () => {
  test('the size limit counts UTF-8 bytes as Buffer does, without Buffer (which a browser lacks)', () => {
    for (const text of ['', 'abc', '合计7025条', 'é€', '𠀀鋗𫓶', 'a\ud800b', '\udc00', 'x\ud83d', '\ud83d\ude00\ud83d']) {
      assert.equal(utf8Length(text), Buffer.byteLength(text, 'utf8'), JSON.stringify(text));
    }
  });

  test('malformed settings fall back to defaults, valid overrides are kept', () => {
    assert.deepEqual(readSettings(undefined), DEFAULT_SETTINGS);
    assert.deepEqual(readSettings({ rules: { a: 'off', b: 'loud', c: 3 }, detectReports: 'no', maxFileSize: -1 }), {
      ...DEFAULT_SETTINGS,
      rules: { a: 'off' },
    });
    assert.deepEqual(readSettings({ detectReports: false, maxFileSize: 10 }), { ...DEFAULT_SETTINGS, detectReports: false, maxFileSize: 10 });
  });

  test('govreport.language: auto follows the editor, zh-CN or en forces a language, anything else is auto', () => {
    assert.equal(readSettings({}, 'en').locale, 'en');
    assert.equal(readSettings({ language: 'auto' }, 'en').locale, 'en');
    assert.equal(readSettings({ language: 'zh-CN' }, 'en').locale, 'zh-CN');
    assert.equal(readSettings({ language: 'en' }).locale, 'en');
    assert.deepEqual(readSettings({ language: 'fr' }, 'en'), { ...DEFAULT_SETTINGS, language: 'auto', locale: 'en' });
  });

  test('the editor language reaches settings pushed, pulled, or defaulted after a failed pull', async () => {
    const pushed = new SettingsStore(() => {});
    pushed.useClientLocale('en');
    assert.equal((await pushed.for('file:///a')).locale, 'en');
    const failing = new SettingsStore(() => {});
    failing.pullWith(() => Promise.reject(new Error('client gone')));
    failing.useClientLocale('en');
    assert.equal((await failing.for('file:///a')).locale, 'en');
  });

  test('a document’s settings: the editor’s over the configuration file’s, then the defaults', () => {
    const project = { rules: { 'sum-mismatch': 'warning' as const, 'table-image': 'off' as const }, ignores: [], maxFileSize: 100 };
    const editor = { ...DEFAULT_SETTINGS, rules: { 'sum-mismatch': 'info' as const }, detectReports: false, maxFileSize: null, locale: 'en' as const };
    assert.deepEqual(documentSettings(editor, project, true), {
      rules: { 'sum-mismatch': 'info', 'table-image': 'off' },
      detectReports: false,
      maxFileSize: 100,
      language: 'auto',
      locale: 'en',
      ignored: true,
    });
    assert.equal(documentSettings({ ...editor, maxFileSize: 7 }, project, false).maxFileSize, 7);
    assert.deepEqual(documentSettings(DEFAULT_SETTINGS, undefined, false), { ...DEFAULT_SETTINGS, maxFileSize: DEFAULT_MAX_FILE_SIZE, ignored: false });
  });

  test('settings are pulled per document until they change, or pushed by clients that cannot be asked', async () => {
    const errors: string[] = [];
    const pushedOnly = new SettingsStore((message) => errors.push(message));
    pushedOnly.changed({ maxFileSize: 10 });
    assert.equal((await pushedOnly.for('file:///a')).maxFileSize, 10);

    let pulls = 0;
    const pulling = new SettingsStore((message) => errors.push(message));
    pulling.pullWith(async () => ({ detectReports: ++pulls > 1 }));
    assert.equal((await pulling.for('file:///a')).detectReports, false);
    assert.equal((await pulling.for('file:///a')).detectReports, false);
    pulling.changed(null);
    assert.equal((await pulling.for('file:///a')).detectReports, true);
    assert.equal(pulls, 2);

    const failing = new SettingsStore((message) => errors.push(message));
    failing.pullWith(() => Promise.reject(new Error('client gone')));
    assert.deepEqual(await failing.for('file:///a'), DEFAULT_SETTINGS);
    assert.equal(errors.length, 1);
  });

  test('rule severities from the settings are passed to the analysis', () => {
    const options = analyzeOptions({ ...DEFAULT_SETTINGS, rules: { 'table-shape': 'hint' } });
    assert.deepEqual(options, { severity: { 'table-shape': 'hint' }, explain: true, locale: 'zh-CN' });
  });

  test('the debounce is twice the last analysis time, capped', () => {
    assert.equal(debounceDelay(0), 0);
    assert.equal(debounceDelay(4.2), 8);
    assert.equal(debounceDelay(10_000), MAX_DEBOUNCE_MS);
  });
});
