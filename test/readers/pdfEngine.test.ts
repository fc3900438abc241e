// PDFium starts once per process from the binary the adapter supplies; when it cannot start, a PDF
// gets a clear error naming the engine (never "corrupt PDF"), and a later read tries again. Its own
// file: node's runner gives each file a process, so no read before these has started the engine.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { pdfEngine } from '../../server/src/io/pdfEngine';
import { engineUnavailable, readPdf } from '../../server/src/readers/pdf';

const PDF = join(__dirname, '..', 'fixtures', 'pdf', 'table3-2021.pdf');

test('an engine that cannot start: the reason, then a later read starts it from a good binary', async () => {
  const bytes = new Uint8Array(readFileSync(PDF));
  const missing = await readPdf(bytes, { wasm: () => readFileSync(join(__dirname, 'no-such-pdfium.wasm')) });
  assert.ok('error' in missing && missing.error.startsWith(engineUnavailable('')), JSON.stringify(missing));
  const broken = await readPdf(bytes, { wasm: () => new TextEncoder().encode('not WebAssembly') });
  assert.ok('error' in broken && broken.error.startsWith(engineUnavailable('')), JSON.stringify(broken));
  const read = await readPdf(bytes, pdfEngine());
  assert.ok(!('error' in read) && read.pages === 1 && read.grids.length === 1);
});
