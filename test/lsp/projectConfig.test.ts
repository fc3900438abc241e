// The project's configuration file in the editor, over stdio: the same file the CLI reads sets the
// severities and the ignores, VS Code settings override it, an invalid file gets one diagnostic on
// itself, and a change to it (workspace/didChangeWatchedFiles) applies at once.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver/node';
import { EditorSession } from './editor';

const WRONG = '全年公开政府信息7025条，其中政务动态类信息1325条；其他类信息5780条。\n';

describe('the project configuration file in the editor', () => {
  const root = mkdtempSync(join(tmpdir(), 'govreport-lsp-config-'));
  const config = join(root, '.govreportrc.json');
  const configUri = pathToFileURL(config).href;
  const report = pathToFileURL(join(root, 'a', 'report.govreport')).href;
  const draft = pathToFileURL(join(root, '草稿', 'report.govreport')).href;
  let editor: EditorSession;
  let version = 1;

  /** Write the configuration file, tell the server, and get the report's next diagnostics (by severity of sum-mismatch). */
  async function changeConfig(text: string): Promise<number[]> {
    writeFileSync(config, text);
    const next = editor.nextDiagnostics(report);
    await editor.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: configUri, type: FileChangeType.Changed }] });
    return severities((await next).diagnostics);
  }
  const severities = (diagnostics: { code?: unknown; severity?: number }[]) => diagnostics.filter((d) => d.code === 'sum-mismatch').map((d) => d.severity!);

  before(async () => {
    mkdirSync(join(root, 'a'));
    mkdirSync(join(root, '草稿'));
    writeFileSync(config, '// 本项目\n{ "rules": { "sum-mismatch": "warning" }, "ignores": ["草稿/**"] }');
    editor = await EditorSession.start();
    await editor.initialize();
  });
  after(async () => {
    await editor.stop();
    rmSync(root, { recursive: true, force: true });
  });

  test('its severities apply to a report below it', async () => {
    const published = editor.nextDiagnostics(report);
    await editor.open(report, WRONG, 'govreport', version);
    assert.deepEqual(severities((await published).diagnostics), [2]);
  });

  test('its ignores: a report they name is not checked', async () => {
    await editor.open(draft, WRONG, 'govreport', 1);
    // the report opened next is published; the ignored one never is
    const other = pathToFileURL(join(root, 'a', 'other.govreport')).href;
    const published = editor.nextDiagnostics(other);
    await editor.open(other, WRONG, 'govreport', 1);
    await published;
    assert.ok(!editor.published.some((p) => p.uri === draft));
  });

  test('VS Code settings override it', async () => {
    const published = editor.nextDiagnostics(report);
    await editor.changeSettings({ rules: { 'sum-mismatch': 'info' } });
    assert.deepEqual(severities((await published).diagnostics), [3]);
    const back = editor.nextDiagnostics(report);
    await editor.changeSettings({});
    assert.deepEqual(severities((await back).diagnostics), [2]);
  });

  test('an invalid file: one Chinese-first diagnostic on the file, at the culprit; its settings do not apply', async () => {
    const onConfig = editor.nextDiagnostics(configUri);
    assert.deepEqual(await changeConfig('{ "rules": { "sum-mismatch": "warn" } }'), [1]);
    const { diagnostics } = await onConfig;
    assert.equal(diagnostics.length, 1);
    assert.match(diagnostics[0].message as string, /^GovReport 配置文件无效：“rules.sum-mismatch” 的值只能是 "off", "error", "warning", "info", "hint"。/);
    assert.deepEqual(diagnostics[0].range, { start: { line: 0, character: 29 }, end: { line: 0, character: 35 } });
    assert.equal(diagnostics[0].code, 'invalid-config');
  });

  test('a configuration file with no report open below it gets its diagnostic when it changes', async () => {
    const lone = join(root, 'lone', 'govreport.config.json');
    mkdirSync(join(root, 'lone'));
    writeFileSync(lone, '{ "maxFileSize": "5MB" }');
    const uri = pathToFileURL(lone).href;
    const published = editor.nextDiagnostics(uri);
    // open reports are checked again after any change to a configuration file
    const rechecked = editor.nextDiagnostics(report);
    await editor.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri, type: FileChangeType.Created }] });
    const { diagnostics } = await published;
    assert.deepEqual(severities((await rechecked).diagnostics), [1]);
    assert.equal(diagnostics.length, 1);
    assert.match(diagnostics[0].message as string, /^GovReport 配置文件无效：“maxFileSize” 应为整数。文件中的设置均未采用 \(invalid GovReport configuration: "maxFileSize" must be integer; none of its settings apply\)$/);
    assert.deepEqual(diagnostics[0].range.start, { line: 0, character: 17 });
  });

  test('once corrected, its diagnostic goes and its settings apply again', async () => {
    const cleared = editor.nextDiagnostics(configUri, (p) => p.diagnostics.length === 0);
    assert.deepEqual(await changeConfig('{ "rules": { "sum-mismatch": "hint" } }'), [4]);
    await cleared;
  });
});
