// The year before as a PDF or Word file, read through the server's documents worker: a read that did not
// happen this time (timed out, or replaced by the user's check of the same file) is not remembered as a
// file without a report — the next check reads it again.
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/core/analyze';
import { CrossYearNeighbours } from '../../server/src/lsp/crossYear';
import { tempDir } from '../cli/helpers';
import { generateSeries } from '../support/series';

test('a read of the year before that did not happen is tried again at the next check', async () => {
  const [earlier, later] = generateSeries({ seed: 51, name: '西岭区', years: [2022, 2023], flattening: 'pipe-cells', plants: [{ kind: 'carry', year: 2023, column: '自然人', delta: 2 }] }).map((s) => s.report);
  const folder = tempDir();
  try {
    folder.write('西岭区/2022年报.pdf', '%PDF-1.7 (read by the stub below)');
    const path = folder.write('西岭区/2023年报.txt', later.text);
    const outcomes: ({ text: string; report: ReturnType<typeof analyze> } | undefined)[] = [undefined, { text: earlier.text, report: analyze(earlier.text) }];
    let reads = 0;
    const neighbours = new CrossYearNeighbours(async (_key, text) => analyze(text), undefined, async () => outcomes[reads++]);
    const document = TextDocument.create(pathToFileURL(path).href, 'plaintext', 1, later.text);
    const report = analyze(later.text);
    const codes = async () => (await neighbours.diagnostics(document, report, {}, 10_000_000)).map((d) => d.code);
    assert.deepEqual(await codes(), []);
    assert.ok((await codes()).includes('carry-over-mismatch'));
    assert.equal(reads, 2);
  } finally {
    folder.remove();
  }
});
