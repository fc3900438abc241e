// The packaged extension holds what it reads at run time: the bundles, and PDFium's WebAssembly binary
// (dist/pdfium.wasm, which the server hands to the PDF reader). `vsce ls` lists the files the .vsix
// would hold, as .vscodeignore selects them.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const ROOT = join(__dirname, '..');
const VSCE = join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');

test('the .vsix holds the bundles and the PDF engine the server reads', { skip: !existsSync(join(ROOT, 'dist', 'pdfium.wasm')) && 'dist not built (npm run build)' }, () => {
  const files = execFileSync(process.execPath, [VSCE, 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' }).split('\n').map((l) => l.trim());
  for (const needed of ['dist/extension.js', 'dist/server.js', 'dist/pdfium.wasm', 'package.json']) assert.ok(files.includes(needed), `${needed} is not packaged:\n${files.join('\n')}`);
  assert.ok(!files.some((f) => f.startsWith('server/src/') || f.startsWith('test/')), 'sources are not packaged');
});
