// The shipped entry: bundle main.ts as scripts/build.mjs does, put bin/govreport.js beside it as in
// the package (bin/ requires ../dist/cli.js), and run it as a process.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { bundleCli } from '../support/bundleCli';
import { gb18030, tempDir } from './helpers';

const tmp = tempDir();
const bin = `${tmp.dir}/pkg/bin/govreport.js`;

before(async () => {
  mkdirSync(`${tmp.dir}/pkg/bin`, { recursive: true });
  copyFileSync('bin/govreport.js', bin);
  await bundleCli(`${tmp.dir}/pkg/dist/cli.js`);
  tmp.write('work/年报.txt', gb18030('政府信息公开年度报告，共12件。'));
  tmp.write('work/empty.txt', '');
});
after(() => tmp.remove());

const govreport = (...args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], { cwd: `${tmp.dir}/work`, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

test('bin: --version prints the version of package.json, exit 0', () => {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  const { status, stdout } = govreport('--version');
  assert.equal(status, 0);
  assert.equal(stdout, `${version}\n`);
});

test('bin: check a GBK file and an empty one, exit code from the good one', () => {
  const { status, stdout, stderr } = govreport('check', '.', '--format', 'json');
  assert.equal(stderr, 'govreport: empty.txt: 空文件 (empty file)\n');
  assert.equal(status, 0);
  assert.deepEqual(
    JSON.parse(stdout).files.map((f: { path: string }) => f.path),
    ['empty.txt', '年报.txt'],
  );
});

test('bin: usage errors and unreadable inputs exit 2', () => {
  assert.equal(govreport('frobnicate').status, 2);
  const missing = govreport('check', 'missing.txt');
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /missing\.txt: 不存在 \(not found\)/);
});

test('bin: a reader that closes the pipe early does not crash the process', () => {
  for (let i = 0; i < 2000; i++) tmp.write(`many/${i}.txt`, '共12件');
  // Far more output than a pipe buffers, so that writes go on after `head` has gone.
  const { status, stderr } = spawnSync('bash', ['-o', 'pipefail', '-c', `"${process.execPath}" "${bin}" check many --format json | head -c 1 >/dev/null`], {
    cwd: tmp.dir,
    encoding: 'utf8',
  });
  assert.equal(stderr, '');
  assert.equal(status, 0);
});
