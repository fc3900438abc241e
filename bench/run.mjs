// Runs a benchmark as the product runs: bundled by esbuild like dist/ (scripts/build.mjs), not
// transpiled file by file by tsx. Under tsx, ESM dependencies (parse5) are loaded through
// live-binding getters and every read of their constants costs a call: the readers looked 3× slower
// than they are. Usage: node bench/run.mjs bench/<name>.ts [args…]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import { pdfiumCjs } from '../scripts/pdfiumCjs.mjs';

const [entry, ...args] = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), 'govreport-bench-'));
const outfile = join(dir, 'bench.js');
/** `__dirname` in bench/ and test/ files is where they lie, not the bundle's folder (they find fixtures by it). */
const dirnames = {
  name: 'dirnames',
  setup(b) {
    b.onLoad({ filter: /[\\/](bench|test)[\\/].*\.ts$/ }, (file) => ({
      contents: readFileSync(file.path, 'utf8').replaceAll('__dirname', JSON.stringify(dirname(file.path))),
      loader: 'ts',
    }));
  },
};
try {
  await build({ entryPoints: [resolve(entry)], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', charset: 'utf8', logLevel: 'warning', plugins: [dirnames, pdfiumCjs] });
  const result = spawnSync(process.execPath, ['--expose-gc', outfile, ...args], { stdio: 'inherit' });
  process.exitCode = result.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
