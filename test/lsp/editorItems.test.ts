// The editor items over stdio: the status of each check (a clean report passes with its template),
// rule links to the bundled pages, the trace, and the workspace check (files on disk, progress,
// cancellation, a closed file's findings back from disk).
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { DiagnosticSeverity, TextEdit, type Diagnostic } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DiagnosticData } from '../../server/src/lsp/diagnostics';
import { CHECK_WORKSPACE_METHOD, STATUS_NOTIFICATION, type CheckWorkspaceResult, type DocumentStatus } from '../../server/src/lsp/protocol';
import { EditorSession, SAMPLE, readSample } from './editor';

const NOT_A_REPORT = '会议纪要\n今天讨论了3件事，共5人参加。\n';
const FORMATS = 'test/fixtures/formats';
const errorsOf = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error);

/** The sample with every preferred fix of its diagnostics applied: a clean report. */
function fixed(text: string, diagnostics: Diagnostic[]): string {
  const document = TextDocument.create('file:///x.txt', 'plaintext', 1, text);
  const edits = diagnostics.flatMap((d) => (d.data as DiagnosticData).fixes.find((f) => f.preferred)?.edits ?? []);
  assert.ok(edits.length > 0, 'the sample offers no preferred fix');
  return TextDocument.applyEdits(document, edits as TextEdit[]);
}

describe('status, rule links and trace', () => {
  let editor: EditorSession;
  before(async () => {
    editor = await EditorSession.start();
    await editor.initialize();
  });
  after(() => editor.stop());

  const statusOf = (uri: string, accept: (s: DocumentStatus) => boolean = () => true): Promise<DocumentStatus> =>
    editor.nextNotification(STATUS_NOTIFICATION, (s: DocumentStatus) => s.uri === uri && accept(s));

  test('a report with an error is checked with its template; fixed, it is clean with the same status', async () => {
    const uri = 'file:///status/sample.txt';
    const first = editor.nextDiagnostics(uri);
    await editor.open(uri, readSample());
    const { diagnostics } = await first;
    assert.equal(errorsOf(diagnostics).length, 1);
    assert.deepEqual(await statusOf(uri), { uri, state: 'checked', template: 'pre2019', recognised: true });

    const clean = editor.nextDiagnostics('file:///status/clean.txt');
    await editor.open('file:///status/clean.txt', fixed(readSample(), diagnostics));
    assert.deepEqual(errorsOf((await clean).diagnostics), []);
    assert.deepEqual(await statusOf('file:///status/clean.txt'), { uri: 'file:///status/clean.txt', state: 'checked', template: 'pre2019', recognised: true });
  });

  test('a text that is not a report is ignored; one too large is not checked', async () => {
    await editor.open('file:///status/notes.txt', NOT_A_REPORT);
    assert.equal((await statusOf('file:///status/notes.txt')).state, 'ignored');
    // a .govreport file is always checked: one that reads as no report gets no clean verdict
    await editor.open('file:///status/notes.govreport', NOT_A_REPORT, 'govreport');
    assert.deepEqual(await statusOf('file:///status/notes.govreport'), { uri: 'file:///status/notes.govreport', state: 'checked', template: null, recognised: false });
    await editor.changeSettings({ maxFileSize: 100 });
    await editor.open('file:///status/large.txt', readSample());
    assert.deepEqual(await statusOf('file:///status/large.txt'), { uri: 'file:///status/large.txt', state: 'notChecked', template: null, recognised: false });
    await editor.changeSettings({});
  });

  test("each diagnostic links its rule's page in the bundled docs, a file that exists", async () => {
    const { diagnostics } = editor.published.find((p) => p.uri === 'file:///status/sample.txt')!;
    for (const d of diagnostics) {
      const href = d.codeDescription?.href;
      assert.ok(href && href.startsWith('file:'), `${d.code}: ${href}`);
      assert.ok(readFileSync(fileURLToPath(href), 'utf8').startsWith(`# ${d.code}`), href);
    }
  });

  test('with the trace on, each check is one line of $/logTrace', async () => {
    await editor.rawNotify('$/setTrace', { value: 'messages' });
    await editor.open('file:///status/traced.txt', readSample());
    const line = await editor.nextNotification('$/logTrace', (p) => p.message.includes('file:///status/traced.txt@1'));
    assert.match(line.message, /^检查 \(checked\) file:\/\/\/status\/traced\.txt@1: 1 个问题 \(findings\), \d+ ms$/);
  });
});

describe('checking the workspace', () => {
  let editor: EditorSession;
  let dir: string;
  const uriOf = (name: string) => pathToFileURL(join(dir, name)).href;
  const names = {
    sample: 'sample.txt', // one error
    clean: 'clean.md', // the sample fixed
    page: '2019-table-cell.html', // an error, checked in place
    word: '2019-table-cell.docx', // an error, on its extracted text
    notes: 'notes.txt', // not a report
    open: 'open.txt', // open in the editor: the editor's
  };
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'govreport-workspace-'));
    editor = await EditorSession.start();
    await editor.initialize();
    const opened = editor.nextDiagnostics('file:///scratch.txt');
    await editor.open('file:///scratch.txt', readSample());
    copyFileSync(SAMPLE, join(dir, names.sample));
    writeFileSync(join(dir, names.clean), fixed(readSample(), (await opened).diagnostics));
    copyFileSync(join(FORMATS, names.page), join(dir, names.page));
    copyFileSync(join(FORMATS, names.word), join(dir, names.word));
    writeFileSync(join(dir, names.notes), NOT_A_REPORT);
    copyFileSync(SAMPLE, join(dir, names.open));
  });
  after(async () => {
    await editor.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('every report on disk checked in the background, with progress; findings published for closed files', async () => {
    const openUri = uriOf(names.open);
    await editor.open(openUri, readSample());
    await editor.nextDiagnostics(openUri);
    const uris = Object.values(names).map(uriOf);
    const before = editor.published.length;
    const result: CheckWorkspaceResult = await editor.connection.sendRequest(CHECK_WORKSPACE_METHOD, { uris });
    assert.deepEqual(result, { reports: 4, withFindings: 3, skipped: 2, cancelled: false });
    const published = editor.published.slice(before);
    const errorsAt = (uri: string) => errorsOf(published.filter((p) => p.uri === uri).at(-1)?.diagnostics ?? []).length;
    assert.equal(errorsAt(uriOf(names.sample)), 1);
    assert.equal(errorsAt(uriOf(names.page)), 1);
    assert.equal(errorsAt(`govreport-extracted:${join(dir, names.word)}.txt`), 1);
    for (const quiet of [names.clean, names.notes, names.open]) assert.ok(!published.some((p) => p.uri === uriOf(quiet)), quiet);

    const [token] = editor.progressTokens;
    const progress = editor.notifications.filter((n) => n.method === '$/progress' && n.params.token === token).map((n) => n.params.value);
    assert.equal(progress[0].kind, 'begin');
    assert.equal(progress[0].cancellable, true);
    assert.ok(progress.some((v) => v.kind === 'report' && v.message.includes(names.page)), JSON.stringify(progress));
    assert.equal(progress.at(-1).kind, 'end');
  });

  test('a report of the workspace closed in the editor gets its findings on disk back', async () => {
    const uri = uriOf(names.sample);
    const opened = editor.nextDiagnostics(uri);
    await editor.open(uri, readFileSync(join(dir, names.clean), 'utf8'));
    assert.deepEqual((await opened).diagnostics, [], 'the fixed text in the editor');
    const back = editor.nextDiagnostics(uri, (p) => p.diagnostics.length > 0);
    await editor.close(uri);
    assert.equal(errorsOf((await back).diagnostics).length, 1);
  });

  test('a report of the workspace opened with a text that is no report: its findings on disk go', async () => {
    const uri = uriOf(names.page);
    const cleared = editor.nextDiagnostics(uri);
    await editor.open(uri, NOT_A_REPORT, 'html');
    assert.deepEqual((await cleared).diagnostics, []);
    await editor.close(uri);
  });

  test('cancelled from the progress, the check stops and says so', async () => {
    const many = Array.from({ length: 40 }, (_, i) => {
      const name = `copy-${i}.txt`;
      if (!existsSync(join(dir, name))) copyFileSync(SAMPLE, join(dir, name));
      return uriOf(name);
    });
    const tokens = editor.progressTokens.length;
    const answer = editor.connection.sendRequest(CHECK_WORKSPACE_METHOD, { uris: many }) as Promise<CheckWorkspaceResult>;
    await editor.nextNotification('$/progress', (p) => p.token === editor.progressTokens[tokens] && p.value.kind === 'report');
    await editor.rawNotify('window/workDoneProgress/cancel', { token: editor.progressTokens[tokens] });
    const result = await answer;
    assert.equal(result.cancelled, true);
    assert.ok(result.reports < many.length, `${result.reports} of ${many.length} checked`);
  });

  test('malformed params are refused', async () => {
    const response = await editor.rawRequest(CHECK_WORKSPACE_METHOD, { uris: 'file:///a.txt' });
    assert.match(response.error?.message ?? '', /uris: string\[\]/);
  });
});
