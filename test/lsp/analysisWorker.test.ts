// The analysis worker: reports, checked PDF and Word files and failures on the built bundle; the time
// limit, superseded and cancelled runs, the documents' worker kept and ended when idle, and the two
// lanes for small and large texts, with a scripted worker whose timing the test controls.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { AnalyzeOptions } from '../../server/src/core/types';
import { AnalysisLanes, LARGE_TEXT_LENGTH } from '../../server/src/lsp/analysisLanes';
import { AnalysisWorker } from '../../server/src/lsp/analysisWorker';
import { corruptPdf } from '../../server/src/readers/pdf';
import { SERVER_BUNDLE, ensureServerBuilt, readSample } from './editor';

const FORMATS = join(__dirname, '..', 'fixtures', 'formats');

/**
 * A stand-in for the bundle: text `busy N…` takes N ms, `hang…` never ends, anything else is quick; a
 * document is answered with how many requests this worker has served.
 */
const SCRIPTED_WORKER = `
const { parentPort } = require('node:worker_threads');
let served = 0;
parentPort.on('message', ({ id, kind, text }) => {
  served++;
  if (kind === 'document') return parentPort.postMessage({ id, ms: 0, checked: { format: 'pdf', text: 'served ' + served, report: {}, locations: [] } });
  if (text.startsWith('hang')) for (;;);
  const busy = /^busy (\\d+)/.exec(text);
  const until = Date.now() + (busy ? Number(busy[1]) : 0);
  while (Date.now() < until);
  parentPort.postMessage({ id, ms: 0, report: { template: null, traditional: false, findings: [], checked: [], outline: [{ name: text }] } });
});
`;

describe('analysis worker', () => {
  let dir: string;
  let scripted: string;
  before(() => {
    ensureServerBuilt();
    dir = mkdtempSync(join(tmpdir(), 'govreport-worker-'));
    scripted = join(dir, 'worker.cjs');
    writeFileSync(scripted, SCRIPTED_WORKER);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const analysedText = (result: Awaited<ReturnType<AnalysisWorker['analyze']>>) =>
    result.kind === 'report' ? result.report.outline[0]?.name : result.kind;

  test('the bundle answers with the report, and with the error when the analysis throws', async () => {
    const worker = new AnalysisWorker(resolve(SERVER_BUNDLE), 30_000);
    const result = await worker.analyze('a', readSample(), {});
    assert.ok(result.kind === 'report' && result.report.findings.length > 0 && result.ms >= 0);
    const broken = await worker.analyze('a', readSample(), { disable: 5 } as unknown as AnalyzeOptions);
    assert.equal(broken.kind, 'failed');
  });

  test('the bundle reads and checks a PDF and a Word file; a file it cannot read fails with the reason', async () => {
    const worker = new AnalysisWorker(resolve(SERVER_BUNDLE), 30_000);
    for (const ext of ['pdf', 'docx'] as const) {
      const result = await worker.checkDocument(ext, ext, readFileSync(join(FORMATS, `2021-table-four.${ext}`)), {});
      assert.ok(result.kind === 'document' && result.checked.report.findings.some((f) => f.rule === 'sum-mismatch'), `${ext}: ${result.kind}`);
    }
    const damaged = await worker.checkDocument('pdf', 'pdf', new TextEncoder().encode('%PDF-1.7\n%%EOF\n'), {});
    assert.ok(damaged.kind === 'failed' && damaged.error.startsWith(corruptPdf('')), JSON.stringify(damaged));
    worker.stop();
  });

  test('documents are read one after the other in one worker, which ends after its idle time and is started again', async () => {
    const worker = new AnalysisWorker(scripted, 30_000, 100);
    const served = async (key: string) => {
      const result = await worker.checkDocument(key, 'pdf', new Uint8Array(1), {});
      return result.kind === 'document' ? result.checked.text : result.kind;
    };
    assert.deepEqual(await Promise.all([served('a.pdf'), served('b.pdf')]), ['served 1', 'served 2']);
    assert.equal(await served('c.pdf'), 'served 3');
    await new Promise((r) => setTimeout(r, 400)); // idle: the worker ends
    assert.equal(await served('d.pdf'), 'served 1');
    worker.stop();
  });

  test('a run over the time limit is abandoned and the next one runs in a new worker', async () => {
    // The limit also covers starting the new worker (with tsx, as test workers inherit it): 300 ms
    // was too short for that on a loaded machine.
    const worker = new AnalysisWorker(scripted, 1500);
    const [hung, next] = await Promise.all([worker.analyze('slow', 'hang', {}), worker.analyze('next', 'quick', {})]);
    assert.deepEqual(hung, { kind: 'timedOut', limitMs: 1500 });
    assert.equal(analysedText(next), 'quick');
  });

  test('a newer request supersedes the running and the waiting one of its document; cancel drops one', async () => {
    const worker = new AnalysisWorker(scripted, 30_000);
    const running = worker.analyze('doc', 'busy 200', {});
    const waiting = worker.analyze('other', 'busy 1', {});
    const replaced = worker.analyze('doc', 'busy 2', {});
    const cancelled = worker.analyze('third', 'busy 3', {});
    const newest = worker.analyze('doc', 'newest', {});
    worker.cancel('third');
    assert.equal(analysedText(await running), 'superseded');
    assert.equal(analysedText(await replaced), 'superseded');
    assert.equal(analysedText(await cancelled), 'superseded');
    assert.equal(analysedText(await waiting), 'busy 1');
    assert.equal(analysedText(await newest), 'newest');
  });

  test('a small text is analysed while a large one runs; a document crossing the threshold leaves its run in the other lane', async () => {
    const lanes = new AnalysisLanes(scripted, 30_000);
    const large = ' '.repeat(LARGE_TEXT_LENGTH);
    const hung = lanes.analyze('large', `hang${large}`, {});
    assert.equal(analysedText(await lanes.analyze('small', 'quick', {})), 'quick');
    const growing = lanes.analyze('small', `busy 60000${large}`, {});
    const shrunk = lanes.analyze('small', 'shrunk', {});
    assert.equal(analysedText(await growing), 'superseded');
    assert.equal(analysedText(await shrunk), 'shrunk');
    // Closing the last large document ends the large lane's worker (here, the one that hangs).
    lanes.cancel('large');
    assert.equal(analysedText(await hung), 'superseded');
  });
});
