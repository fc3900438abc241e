// The editor experience on seed 000, whose line 12 states 7025 items for parts that add up to 7235.
// These assertions need the core's `sum-mismatch` finding at 7025.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import {
  CodeActionRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  LSPErrorCodes,
  ResponseError,
  type CodeAction,
  type Diagnostic,
  type DocumentSymbol,
  type Hover,
  type MarkupContent,
  type TextDocumentEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { FIX_ALL_KIND } from '../../server/src/lsp/protocol';
import { SECTION_SYMBOL_KIND, TABLE_SYMBOL_KIND } from '../../server/src/lsp/symbols';
import { EditorSession, rangeOfText, readSeed } from './editor';

const uri = 'file:///seed000.txt';
const seed = TextDocument.create(uri, 'plaintext', 1, readSeed());
const total = rangeOfText(seed, '7025');
const PARTS = ['1325', '130', '97', '113', '160', '326', '367', '4717'];

const isTotal = (d: Diagnostic) => d.code === 'sum-mismatch' && d.range.start.line === 11 && seed.getText(d.range) === '7025';

describe('seed 000 in an editor', () => {
  let editor: EditorSession;
  let diagnostics: Diagnostic[];
  before(async () => {
    editor = await EditorSession.start();
    await editor.initialize();
    const published = editor.nextDiagnostics(uri, (p) => p.version === 1);
    await editor.open(uri, seed.getText());
    diagnostics = (await published).diagnostics;
  });
  after(() => editor.stop());

  test('the wrong total 7025 is an error with the eight parts as related information', () => {
    assert.equal(total.start.line, 11);
    const diagnostic = diagnostics.find(isTotal);
    assert.ok(diagnostic, `no sum-mismatch at 7025 in ${JSON.stringify(diagnostics.map((d) => [d.code, d.range.start]))}`);
    assert.equal(diagnostic.source, 'govreport');
    assert.equal(diagnostic.codeDescription?.href, 'https://github.com/govreport/govreport/blob/main/docs/rules/sum-mismatch.md');
    const related = diagnostic.relatedInformation ?? [];
    const relatedTexts = related.map((r) => seed.getText(r.location.range));
    for (const part of PARTS) assert.ok(relatedTexts.includes(part), `${part} not among related ${relatedTexts}`);
    assert.ok(related.every((r) => r.location.uri === uri && r.message.length > 0));
  });

  test('hover on 7025 spells out 1325 … 4717 = 7235', async () => {
    const hover = (await editor.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: { line: total.start.line, character: total.start.character + 1 },
    })) as Hover | null;
    const markdown = (hover?.contents as MarkupContent | undefined)?.value ?? '';
    for (const figure of [...PARTS, '7235', '7025']) assert.ok(markdown.includes(figure), `${figure} missing in hover:\n${markdown}`);
  });

  test('hover on a correct figure explains the check it passed (the answers 596 = 580 + 16)', async () => {
    const line = seed.getText().split('\n')[13];
    const character = line.indexOf('596');
    const hover = (await editor.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: { line: 13, character: character + 1 },
    })) as Hover | null;
    const markdown = (hover?.contents as MarkupContent | undefined)?.value ?? '';
    assert.match(markdown, /合计核对/);
    assert.match(markdown, /596 = 580\+16 = 596/);
  });

  test('document symbols include 一、概述 and the statistical table', async () => {
    const symbols = (await editor.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    const all = (list: DocumentSymbol[]): DocumentSymbol[] => list.flatMap((s) => [s, ...all(s.children ?? [])]);
    assert.ok(all(symbols).some((s) => s.kind === SECTION_SYMBOL_KIND && s.name.startsWith('一、概述')), 'no 一、概述');
    assert.ok(all(symbols).some((s) => s.kind === TABLE_SYMBOL_KIND), 'no table symbol');
  });

  test('the preferred quick fix writes 7235, and once applied the diagnostic is gone', async () => {
    const diagnostic = diagnostics.find(isTotal);
    assert.ok(diagnostic);
    const actions = (await editor.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ['quickfix'] },
    })) as CodeAction[];
    const fix = actions.find((a) => a.isPreferred);
    assert.ok(fix, `no preferred fix among ${actions.map((a) => a.title)}`);
    const [change] = fix.edit?.documentChanges as TextDocumentEdit[];
    assert.deepEqual(change.edits, [{ range: total, newText: '7235' }]);

    const published = editor.nextDiagnostics(uri, (p) => p.version === 2);
    await editor.edit(uri, 2, change.edits[0].range, change.edits[0].newText);
    const after = (await published).diagnostics;
    assert.ok(!after.some((d) => d.code === 'sum-mismatch' && d.range.start.line === 11 && d.range.start.character === total.start.character));
  });

  test('turning sum-mismatch off in the settings removes its diagnostics', async () => {
    const restored = editor.nextDiagnostics(uri, (p) => p.version === 3);
    await editor.edit(uri, 3, total, '7025');
    assert.ok((await restored).diagnostics.some(isTotal), 'the restored 7025 is not reported');

    const published = editor.nextDiagnostics(uri);
    await editor.changeSettings({ rules: { 'sum-mismatch': 'off' } });
    assert.ok(!(await published).diagnostics.some((d) => d.code === 'sum-mismatch'));
  });
});

describe('seed 000 while the user types', () => {
  const typed = 'file:///typed.txt';
  /** A prose line typed into section （四） and deleted again, so that the sections after it move down and back. */
  const line = { start: { line: 17, character: 0 }, end: { line: 17, character: 0 } };
  const LINE = '补充说明。\n';
  const deleteLine = { start: line.start, end: { line: 18, character: 0 } };
  const onTotal = { line: total.start.line, character: total.start.character + 1 };
  let editor: EditorSession;
  let version = 1;
  before(async () => {
    editor = await EditorSession.start();
    await editor.initialize();
    const published = editor.nextDiagnostics(typed, (p) => p.version === 1);
    await editor.open(typed, seed.getText());
    await published;
  });
  after(() => editor.stop());

  const requests = () => [
    editor.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: typed } }),
    editor.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: typed } }),
    editor.connection.sendRequest(HoverRequest.type, { textDocument: { uri: typed }, position: onTotal }),
    editor.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: typed }, range: total, context: { diagnostics: [], only: [FIX_ALL_KIND] } }),
  ];
  /** The answers once the analysis of the current version has been published. */
  async function settled(): Promise<unknown[]> {
    await editor.nextDiagnostics(typed, (p) => p.version === version);
    return Promise.all(requests());
  }
  const edit = (range: typeof line, text: string) => editor.edit(typed, ++version, range, text);

  test('outline, folding and hover requests overtaken by an edit answer from the latest analysis, carried over the edit; code actions never from an older version', async () => {
    const original = await Promise.all(requests());
    await edit(line, LINE);
    const withLine = await settled();
    await edit(deleteLine, '');
    assert.deepEqual((await settled()).slice(0, 3), original.slice(0, 3));
    const [symbols, folding, hover, fixAll] = original as [DocumentSymbol[], unknown[], Hover, CodeAction[]];
    assert.ok(symbols.length > 0 && folding.length > 0 && hover && fixAll.length === 1);
    assert.notDeepEqual(withLine[0], symbols);
    const fixAllEdit = (actions: CodeAction[]) => (actions[0].edit!.documentChanges as TextDocumentEdit[])[0];

    // Each round: the requests are made on the version with the line, which is deleted before they are answered.
    for (let round = 0; round < 10; round++) {
      await edit(line, LINE);
      const answers = requests().map((answer) => answer.catch((error: unknown) => error));
      await edit(deleteLine, '');
      const [symbolsNow, foldingNow, hoverNow, actionsNow] = await Promise.all(answers);
      for (const [answer, i] of [[symbolsNow, 0], [foldingNow, 1], [hoverNow, 2]] as const) {
        assert.ok([withLine[i], original[i]].some((expected) => isDeepStrictEqual(answer, expected)), `round ${round}: ${JSON.stringify(answer)}`);
      }
      if (actionsNow instanceof ResponseError) assert.equal(actionsNow.code, LSPErrorCodes.ContentModified);
      else {
        const change = fixAllEdit(actionsNow as CodeAction[]);
        assert.ok([version - 1, version].includes(change.textDocument.version as number));
        assert.deepEqual(change.edits, fixAllEdit((change.textDocument.version === version ? original : withLine)[3] as CodeAction[]).edits);
      }
    }
  });
});
