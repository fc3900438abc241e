// The shipped entry: bundle main.ts as scripts/build.mjs does, put bin/govreport.js beside it as in
// the package (bin/ requires ../dist/cli.js), and run it as a process.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { bundleCli } from '../support/bundleCli';
import { gb18030, tempDir } from './helpers';

const tmp = tempDir();
const bin = `${tmp.dir}/pkg/bin/govreport.js`;

/** Reports the core recognises by their titles, of two bodies, with nothing wrong in them. */
const CLEAN_REPORT = '某区2023年政府信息公开工作年度报告\n全年共收到申请12件。';
const OTHER_REPORT = '某县2023年政府信息公开工作年度报告\n全年共收到申请12件。';

before(async () => {
  mkdirSync(`${tmp.dir}/pkg/bin`, { recursive: true });
  copyFileSync('bin/govreport.js', bin);
  await bundleCli(`${tmp.dir}/pkg/dist/cli.js`);
  tmp.write('work/年报.txt', gb18030('政府信息公开年度报告，共12件。'));
  tmp.write('work/empty.txt', '');
  tmp.write('names/clean.txt', CLEAN_REPORT);
  assert.equal(spawnSync('mkfifo', [`${tmp.dir}/names/fifo`]).status, 0);
  // 报告.txt with its name in GBK: not UTF-8.
  writeFileSync(Buffer.concat([Buffer.from(`${tmp.dir}/names/`), Buffer.from([0xb1, 0xa8, 0xb8, 0xe6]), Buffer.from('.txt')]), OTHER_REPORT);
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

test("bin: rules ID reads the page from the package's docs/rules, and says so when it is not installed", () => {
  const missing = govreport('rules', 'table-shape');
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /找不到规则 table-shape 的说明文档 .*docs\/rules\/table-shape\.md/);
  cpSync('docs/rules', `${tmp.dir}/pkg/docs/rules`, { recursive: true });
  try {
    const { status, stdout } = govreport('rules', 'table-shape');
    assert.equal(status, 0);
    assert.equal(stdout, readFileSync('docs/rules/table-shape.md', 'utf8'));
  } finally {
    rmSync(`${tmp.dir}/pkg/docs`, { recursive: true });
  }
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

/** The built CLI run by bash, so that arguments can be bytes that are not UTF-8 ($'\xb1'). */
const bash = (cwd: string, args: string) =>
  spawnSync('bash', ['-c', `"$0" "$1" ${args}`, process.execPath, bin], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });

const rawNameCases: [args: string, stdout: string][] = [
  [`check $'\\xb1\\xa8\\xb8\\xe6.txt'`, '0 个错误，0 个警告（1 个文件）\n'],
  [`check $'\\xb1\\xa8\\xb8\\xe6.txt' clean.txt --jobs 2`, '0 个错误，0 个警告（2 个文件）\n'],
  ['check . --jobs 2', '0 个错误，0 个警告（2 个文件）\n'],
];

for (const [args, stdout] of rawNameCases) {
  test(`bin: a file name that is not UTF-8 is checked: ${args}`, () => {
    const run = bash(`${tmp.dir}/names`, args);
    assert.equal(run.stderr, '');
    assert.equal(run.stdout, stdout);
    assert.equal(run.status, 0);
  });
}

test('bin: the name is shown with U+FFFD for the bytes that are not UTF-8', () => {
  const run = bash(`${tmp.dir}/names`, `check --format json $'\\xb1\\xa8\\xb8\\xe6.txt'`);
  assert.equal(JSON.parse(run.stdout).files[0].path, '\ufffd\ufffd\ufffd\ufffd.txt');
});

// In a child process with a time-out, so that a read that blocks or never ends fails instead of hanging.
test('bin: a FIFO and /dev/zero given by name are refused at once, the others go on', () => {
  const run = bash(`${tmp.dir}/names`, 'check fifo /dev/zero clean.txt');
  assert.equal(run.signal, null, 'the run did not end');
  assert.equal(
    run.stderr,
    'govreport: fifo: 不是普通文件，而是命名管道 (not a regular file but a FIFO)\n' +
      'govreport: /dev/zero: 不是普通文件，而是字符设备 (not a regular file but a character device)\n',
  );
  assert.equal(run.status, 0);
});
