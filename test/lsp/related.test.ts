// Related information and hovers as an editor receives them: each related entry names only its own
// part (the figure at its location, with its name), never the whole finding again; a hover starts
// with the verdict and the arithmetic, the table of parts after.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { HoverRequest, type Diagnostic, type Hover, type MarkupContent } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { generateReport, type GeneratedReport, type ProseFact } from '../support/generate';
import { mutateCell, mutatePercent, mutateProseTotal, type Mutation } from '../support/mutate';
import { EditorSession } from './editor';

const report: GeneratedReport = generateReport({ seed: 11, template: '2019', flattening: 'markdown' });
const grantedTotal = report.cells.find((c) => c.table === '三' && c.row.startsWith('（一）予以公开') && c.col === '总计')!;
const factOf = <K extends ProseFact['kind']>(kind: K) => report.prose.find((f): f is Extract<ProseFact, { kind: K }> => f.kind === kind)!;
const MUTATIONS: Record<string, Mutation> = {
  'file:///culprit.txt': mutateCell(report, grantedTotal, 3),
  'file:///share.txt': mutatePercent(report, factOf('percent')),
  'file:///total.txt': mutateProseTotal(report, factOf('total'), 5),
};
/** Whether a related entry is short enough to read whole in the Problems panel. */
const SHORT = 80;

describe('related information and hovers', () => {
  let editor: EditorSession;
  const published = new Map<string, Diagnostic[]>();
  before(async () => {
    editor = await EditorSession.start();
    await editor.initialize();
    for (const [uri, mutation] of Object.entries(MUTATIONS)) {
      const diagnostics = editor.nextDiagnostics(uri);
      await editor.open(uri, mutation.text);
      published.set(uri, (await diagnostics).diagnostics);
    }
  });
  after(() => editor.stop());

  test('each planted error is reported with related information', () => {
    for (const [uri, mutation] of Object.entries(MUTATIONS)) {
      const document = TextDocument.create(uri, 'plaintext', 1, mutation.text);
      const at = published.get(uri)!.find((d) => document.offsetAt(d.range.start) === mutation.expected.span.start);
      assert.ok(at && mutation.expected.rules.includes(String(at.code)), `${uri}: ${JSON.stringify(published.get(uri))}`);
      assert.ok((at.relatedInformation ?? []).length >= 2, uri);
    }
  });

  test('each related entry names its own figure as written, briefly, without repeating the finding', () => {
    for (const [uri, mutation] of Object.entries(MUTATIONS)) {
      const document = TextDocument.create(uri, 'plaintext', 1, mutation.text);
      for (const d of published.get(uri)!) {
        for (const { location, message } of d.relatedInformation ?? []) {
          const figure = document.getText(location.range);
          assert.ok(message.includes(figure), `${message} does not name ${figure}`);
          assert.ok(message.length <= SHORT, message);
          const whole = d.message as string;
          assert.ok(!message.includes(whole) && !whole.startsWith(message), `${message} repeats ${whole}`);
        }
        const messages = (d.relatedInformation ?? []).map((r) => `${r.message}@${JSON.stringify(r.location.range)}`);
        assert.equal(new Set(messages).size, messages.length, 'no entry twice');
      }
    }
  });

  test('a hover starts with the verdict and its arithmetic; the table of parts comes after', async () => {
    for (const [uri, mutation] of Object.entries(MUTATIONS)) {
      const document = TextDocument.create(uri, 'plaintext', 1, mutation.text);
      const hover = (await editor.connection.sendRequest(HoverRequest.type, {
        textDocument: { uri },
        position: document.positionAt(mutation.expected.span.start),
      })) as Hover | null;
      const markdown = (hover?.contents as MarkupContent | undefined)?.value ?? '';
      const stated = mutation.text.slice(mutation.expected.span.start, mutation.expected.span.end);
      const [first] = markdown.split('\n');
      assert.ok(first.includes(stated), `${uri}: the first line names ${stated}: ${first}`);
      const table = markdown.indexOf('\n|');
      const arithmetic = markdown.search(/≠|不符|≈/);
      assert.ok(arithmetic >= 0 && (table < 0 || arithmetic < table), `${uri}: arithmetic after the table:\n${markdown}`);
      assert.ok(markdown.lastIndexOf('\n|') === -1 || !/≠/.test(markdown.slice(table)), `${uri}: arithmetic after the table:\n${markdown}`);
    }
  });
});
