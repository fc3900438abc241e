// The editor experience on a report whose prose states a total for parts that add up to another:
// the project's own sample (464 for 177+81+24+192 = 474) and, when ../shared is present, seed 000
// (7025 for 1325+…+4717 = 7235). These assertions need the core's `sum-mismatch` finding at the total.
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
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EditorSession, rangeOfText, SEED_000 } from './editor';

interface Fixture {
  name: string;
  path: string;
  /** The wrong total, its 0-based line, its parts and their sum. */
  total: string;
  line: number;
  parts: string[];
  sum: string;
  /** A correct sum on another line: its 0-based line, the total (after `before`), and the hover's arithmetic. */
  correct: { line: number; before: string; figure: string; arithmetic: RegExp };
  /** A line before the last sections, where the typing test inserts a line. */
  typedLine: number;
}

const FIXTURES: Fixture[] = [
  {
    name: 'the bundled sample',
    path: 'samples/synthetic-pre2019.txt',
    total: '464',
    line: 10,
    parts: ['177', '81', '24', '192'],
    sum: '474',
    correct: { line: 12, before: '全年办结', figure: '394', arithmetic: /394 = 392\+2 = 394/ },
    typedLine: 15,
  },
  {
    name: 'seed 000',
    path: SEED_000,
    total: '7025',
    line: 11,
    parts: ['1325', '130', '97', '113', '160', '326', '367', '4717'],
    sum: '7235',
    correct: { line: 13, before: '', figure: '596', arithmetic: /596 = 580\+16 = 596/ },
    typedLine: 17,
  },
];

for (const fixture of FIXTURES) {
  const present = existsSync(fixture.path);
  const uri = `file:///${fixture.path.split('/').pop()}`;
  const seed = TextDocument.create(uri, 'plaintext', 1, present ? readFileSync(fixture.path, 'utf8') : '');
  const total = present ? rangeOfText(seed, fixture.total) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const PARTS = fixture.parts;
  const isTotal = (d: Diagnostic) => d.code === 'sum-mismatch' && d.range.start.line === fixture.line && seed.getText(d.range) === fixture.total;
  const skip = !present && `${fixture.path} not present`;

describe(`${fixture.name} in an editor`, { skip }, () => {
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

  test('the wrong total is an error with its parts as related information', () => {
    assert.equal(total.start.line, fixture.line);
    const diagnostic = diagnostics.find(isTotal);
    assert.ok(diagnostic, `no sum-mismatch at ${fixture.total} in ${JSON.stringify(diagnostics.map((d) => [d.code, d.range.start]))}`);
    assert.equal(diagnostic.source, 'govreport');
    // the rule's page as the package ships it, beside the server's bundle
    assert.equal(diagnostic.codeDescription?.href, pathToFileURL(resolve('docs/rules/sum-mismatch.md')).href);
    const related = diagnostic.relatedInformation ?? [];
    const relatedTexts = related.map((r) => seed.getText(r.location.range));
    for (const part of PARTS) assert.ok(relatedTexts.includes(part), `${part} not among related ${relatedTexts}`);
    assert.ok(related.every((r) => r.location.uri === uri && r.message.length > 0));
  });

  test('hover on the total spells out its parts and their sum', async () => {
    const hover = (await editor.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: { line: total.start.line, character: total.start.character + 1 },
    })) as Hover | null;
    const markdown = (hover?.contents as MarkupContent | undefined)?.value ?? '';
    for (const figure of [...PARTS, fixture.sum, fixture.total]) assert.ok(markdown.includes(figure), `${figure} missing in hover:\n${markdown}`);
  });

  test('hover on each part of the sum shows the same computation, the verdict first', async () => {
    const hover = await editor.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: total.start });
    const onTotal = (hover?.contents as MarkupContent).value;
    for (const part of PARTS) {
      const range = rangeOfText(seed, part, occurrenceAfter(seed.getText(), part, seed.offsetAt(total.start)));
      const onPart = (await editor.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: range.start })) as Hover | null;
      assert.deepEqual(onPart?.range, range, `hover on ${part}`);
      const markdown = (onPart?.contents as MarkupContent).value;
      assert.ok(markdown.startsWith('**合计核对**'), markdown);
      assert.ok(markdown.includes(onTotal.split('\n')[0]), `${part}: ${markdown}`);
    }
  });

  test('hover on a correct figure explains the check it passed', async () => {
    const { line, before: context, figure, arithmetic } = fixture.correct;
    const character = seed.getText().split('\n')[line].indexOf(context + figure) + context.length;
    const hover = (await editor.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: { line, character: character + 1 },
    })) as Hover | null;
    const markdown = (hover?.contents as MarkupContent | undefined)?.value ?? '';
    assert.match(markdown, /合计核对/);
    assert.match(markdown, arithmetic);
  });

  test('document symbols include 一、概述 and the statistical table', async () => {
    const symbols = (await editor.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    const all = (list: DocumentSymbol[]): DocumentSymbol[] => list.flatMap((s) => [s, ...all(s.children ?? [])]);
    assert.ok(all(symbols).some((s) => s.kind === SECTION_SYMBOL_KIND && s.name.startsWith('一、概述')), 'no 一、概述');
    assert.ok(all(symbols).some((s) => s.kind === TABLE_SYMBOL_KIND), 'no table symbol');
  });

  test('the preferred quick fix writes the sum, and once applied the diagnostic is gone', async () => {
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
    assert.deepEqual(change.edits, [{ range: total, newText: fixture.sum }]);

    const published = editor.nextDiagnostics(uri, (p) => p.version === 2);
    await editor.edit(uri, 2, change.edits[0].range, change.edits[0].newText);
    const after = (await published).diagnostics;
    assert.ok(!after.some((d) => d.code === 'sum-mismatch' && d.range.start.line === fixture.line && d.range.start.character === total.start.character));
  });

  test('turning sum-mismatch off in the settings removes its diagnostics', async () => {
    const restored = editor.nextDiagnostics(uri, (p) => p.version === 3);
    await editor.edit(uri, 3, { start: total.start, end: { line: total.end.line, character: total.start.character + fixture.sum.length } }, fixture.total);
    assert.ok((await restored).diagnostics.some(isTotal), `the restored ${fixture.total} is not reported`);

    const published = editor.nextDiagnostics(uri);
    await editor.changeSettings({ rules: { 'sum-mismatch': 'off' } });
    assert.ok(!(await published).diagnostics.some((d) => d.code === 'sum-mismatch'));
  });
});

describe(`${fixture.name} while the user types`, { skip }, () => {
  const typed = 'file:///typed.txt';
  /** A prose line typed before the last sections and deleted again, so that the sections after it move down and back. */
  const line = { start: { line: fixture.typedLine, character: 0 }, end: { line: fixture.typedLine, character: 0 } };
  const LINE = '补充说明。\n';
  const deleteLine = { start: line.start, end: { line: fixture.typedLine + 1, character: 0 } };
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
}

/** Which occurrence (0-based) of `needle` is the first at or after `offset`. */
function occurrenceAfter(text: string, needle: string, offset: number): number {
  let count = 0;
  for (let at = text.indexOf(needle); at >= 0 && at < offset; at = text.indexOf(needle, at + 1)) count++;
  return count;
}
