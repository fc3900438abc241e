// The extension's checks inside VS Code's extension host, through the vscode API: the same
// expectations as the code-server test (test/e2e/expected.ts), read from the API instead of the
// page. runTest.ts bundles this file and hands it to VS Code as --extensionTestsPath; VS Code calls
// run(), which throws when a check failed. No mocha: each check is a function with node's assert.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  ARITHMETIC,
  FIX_TITLE,
  HOVER_HEADING,
  RULE,
  SAMPLE_ERRORS,
  SAMPLE_ERROR_LINE,
  SAMPLE_NAME,
  SECTIONS,
  SEED_ERRORS,
  SEED_NAME,
  SOURCE,
  TABLE_SYMBOL,
  TOTAL,
  TOTAL_MESSAGE,
} from '../e2e/expected';

const EXTENSION_ID = 'govreport.govreport';
const WAIT_MS = 60_000;

const codeOf = (d: vscode.Diagnostic) => String(typeof d.code === 'object' ? d.code.value : d.code);
const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
/** What the status bar item counts (client/src/statusBar.ts). */
const errorCount = (uri: vscode.Uri) => ours(uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
const isTotal = (d: vscode.Diagnostic) => d.message === TOTAL_MESSAGE && d.range.start.line === TOTAL.line - 1;

async function until<T>(what: string, probe: () => T | undefined | false): Promise<T> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${WAIT_MS / 1000} s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

function allSymbols(symbols: vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...allSymbols(s.children ?? [])]);
}

export async function run(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'VS Code was started without the workspace folder');
  const seedUri = vscode.Uri.joinPath(folder.uri, SEED_NAME);
  const sampleUri = vscode.Uri.joinPath(folder.uri, SAMPLE_NAME);
  let seed: vscode.TextDocument | undefined;
  let total: vscode.Diagnostic | undefined;

  const checks: [string, () => Promise<void>][] = [
    ['the extension is installed', async () => {
      assert.ok(vscode.extensions.getExtension(EXTENSION_ID), `${EXTENSION_ID} is not installed`);
    }],
    [`seed 000: an error at ${TOTAL.text} with the Chinese message, source ${SOURCE}, code ${RULE}`, async () => {
      seed = await vscode.workspace.openTextDocument(seedUri);
      await vscode.window.showTextDocument(seed);
      total = await until('the diagnostic at 7025', () => ours(seedUri).find(isTotal));
      assert.equal(seed.getText(total.range), TOTAL.text);
      assert.equal(total.range.start.character, TOTAL.column - 1);
      assert.equal(codeOf(total), RULE);
      assert.equal(total.severity, vscode.DiagnosticSeverity.Error);
      assert.ok(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, 'the extension did not activate');
    }],
    [`the error count of seed 000 is ${SEED_ERRORS}`, async () => {
      assert.equal(errorCount(seedUri), SEED_ERRORS);
    }],
    [`the hover on ${TOTAL.text} shows the arithmetic`, async () => {
      assert.ok(total);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', seedUri, total.range.start);
      const text = hoverText(hovers);
      assert.ok(text.includes(HOVER_HEADING) && text.includes(ARITHMETIC), `the hovers say: ${text}`);
    }],
    ['the outline has the sections and the statistical table', async () => {
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', seedUri);
      const names = allSymbols(symbols ?? []).map((s) => s.name);
      for (const name of [...SECTIONS, TABLE_SYMBOL]) {
        assert.ok(names.some((n) => n.startsWith(name)), `no symbol ${name} among ${names.join(' | ')}`);
      }
    }],
    [`the preferred quick fix "${FIX_TITLE}" writes ${TOTAL.fixed} and the diagnostic disappears`, async () => {
      assert.ok(seed && total);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider', seedUri, total.range, vscode.CodeActionKind.QuickFix.value,
      );
      const fix = actions.find((a) => a.title === FIX_TITLE);
      assert.ok(fix?.edit, `no "${FIX_TITLE}" among ${actions.map((a) => a.title).join(' | ')}`);
      assert.equal(fix.isPreferred, true);
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      assert.equal(seed.getText(total.range), TOTAL.fixed);
      await until('the diagnostic at 7025 to go', () => !ours(seedUri).some(isTotal));
      await until(`${SEED_ERRORS - 1} error(s)`, () => errorCount(seedUri) === SEED_ERRORS - 1);
      assert.ok(seed.isDirty, 'the fix was saved');
    }],
    [`the synthetic 2019 report: a ${RULE} error at line ${SAMPLE_ERROR_LINE}, ${SAMPLE_ERRORS} in all`, async () => {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(sampleUri));
      await until(`the error at line ${SAMPLE_ERROR_LINE}`, () =>
        ours(sampleUri).find((d) => codeOf(d) === RULE && d.range.start.line === SAMPLE_ERROR_LINE - 1 && d.severity === vscode.DiagnosticSeverity.Error),
      );
      assert.equal(errorCount(sampleUri), SAMPLE_ERRORS);
    }],
  ];

  let passed = 0;
  let failed = 0;
  for (const [name, body] of checks) {
    try {
      await body();
      passed++;
      console.log(`✓ ${name}`);
    } catch (error) {
      failed++;
      console.log(`✗ ${name}\n    ${String((error as Error).stack ?? error).split('\n').slice(0, 6).join('\n    ')}`);
    }
  }
  // The fixture is a fresh copy, but leave it as it was all the same.
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  if (seed?.isDirty) {
    await vscode.window.showTextDocument(seed);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  console.log(`vscode: ${passed} passed, ${failed} failed`);
  if (failed > 0) throw new Error(`${failed} of ${passed + failed} extension checks failed`);
}
