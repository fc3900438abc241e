// What the command line reads: paths that name no file (exit code 2, the others still checked),
// names that are not UTF-8, what is not a regular file, and the size limit. A FIFO given by name
// is tested in bin.test.ts, in a child process that cannot hang the suite.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { after, before, test } from 'node:test';
import { discover } from '../../server/src/cli/discover';
import { fake, runCli, tempDir } from './helpers';

const tmp = tempDir();
const GBK = [0xb1, 0xa8, 0xb8, 0xe6]; // 报告 in GBK: not UTF-8
const bytePath = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => Buffer.from(p)));
let socket: Server;

before(async () => {
  tmp.write('errors.txt', '共7025件');
  tmp.write('clean.txt', '共12件');
  tmp.write('no-reports/readme.csv', 'x');
  mkdirSync(bytePath(tmp.dir, '/gbk/', GBK.slice(0, 2)), { recursive: true });
  writeFileSync(bytePath(tmp.dir, '/gbk/', GBK, '.txt'), '共7025件');
  writeFileSync(bytePath(tmp.dir, '/gbk/', GBK.slice(0, 2), '/a.txt'), '共12件');
  tmp.write('special/a.txt', '共12件');
  assert.equal(spawnSync('mkfifo', [`${tmp.dir}/special/fifo.txt`]).status, 0);
  symlinkSync('fifo.txt', `${tmp.dir}/special/to-fifo.txt`);
  symlinkSync('a.txt', `${tmp.dir}/special/to-file.txt`);
  symlinkSync('../no-reports', `${tmp.dir}/special/to-folder.txt`);
  socket = createServer();
  await new Promise<void>((resolve) => socket.listen(`${tmp.dir}/special/socket.txt`, resolve));
});
after(async () => {
  await new Promise((resolve) => socket.close(resolve));
  tmp.remove();
});

const unmatchedCases: [name: string, paths: string[], code: number, checked: number, stderr: RegExp][] = [
  ['a missing file beside a file with errors', ['missing.txt', 'errors.txt'], 2, 1, /^govreport: missing\.txt: 不存在 \(not found\)\n/],
  ['a missing file beside a clean file', ['clean.txt', 'missing.txt'], 2, 1, /^govreport: missing\.txt: 不存在 \(not found\)\n/],
  ['a file in a missing folder', ['nowhere/a.txt', 'clean.txt'], 2, 1, /^govreport: nowhere\/a\.txt: 不存在 \(not found\)\n/],
  ['a glob that matches nothing', ['*.docx', 'clean.txt'], 2, 1, /^govreport: \*\.docx: 没有匹配的文件 \(no files matched\)\n/],
  ['a folder without report files', ['no-reports', 'clean.txt'], 2, 1, /^govreport: no-reports: 文件夹中没有可检查的文件/],
];

for (const [name, paths, code, checked, stderr] of unmatchedCases) {
  test(`exit ${code}, the other paths checked: ${name}`, async () => {
    const run = await runCli(['check', ...paths], tmp.dir, { analyzer: fake });
    assert.equal(run.code, code);
    assert.match(run.stderr, stderr);
    assert.match(run.stderr, /1 个路径没有可检查的文件，故退出码为 2 \(1 path\(s\) named no file to check, hence exit code 2\)\n$/);
    assert.match(run.stdout, new RegExp(`（${checked} 个文件`));
  });
}

test('every path names a file: the findings decide the exit code', async () => {
  const run = await runCli(['check', 'errors.txt', 'clean.txt', 'gbk'], tmp.dir, { analyzer: fake });
  assert.equal(run.code, 1);
  assert.equal(run.stderr, '');
});

test('names that are not UTF-8 in folders and globs are checked, shown with U+FFFD', async () => {
  const shown = ['gbk/\ufffd\ufffd/a.txt', 'gbk/\ufffd\ufffd\ufffd\ufffd.txt'];
  for (const input of ['gbk', 'gbk/**/*.txt']) {
    const run = await runCli(['check', input, '--format', 'json'], tmp.dir, { analyzer: fake });
    assert.equal(run.stderr, '');
    assert.equal(run.code, 1);
    const files = JSON.parse(run.stdout).files;
    assert.deepEqual(files.map((f: { path: string }) => f.path), shown);
    assert.deepEqual(files.map((f: { findings: unknown[] }) => f.findings.length), [0, 1]);
  }
});

test('a name that is not UTF-8 given as bytes is checked', async () => {
  const run = await runCli(['check', bytePath('gbk/', GBK, '.txt')], tmp.dir, { analyzer: fake });
  assert.equal(run.code, 1);
  assert.match(run.stdout, /^gbk\/\ufffd{4}\.txt:1:2 error sum-mismatch/);
});

test('folders: what is not a regular file is skipped (FIFO, socket, links to them and to folders)', async () => {
  const { targets, unmatched } = await discover(['special'], tmp.dir, assert.fail);
  assert.deepEqual(targets.map((t) => t.path), ['special/a.txt', 'special/to-file.txt']);
  assert.equal(unmatched, 0);
});

const specialCases: [path: string, kind: string][] = [
  ['special/socket.txt', '套接字 (not a regular file but a socket)'],
  ['/dev/null', '字符设备 (not a regular file but a character device)'],
];

for (const [path, kind] of specialCases) {
  test(`given by name, ${path} is named on stderr and the others go on`, async () => {
    const run = await runCli(['check', path, 'errors.txt'], tmp.dir, { analyzer: fake });
    assert.equal(run.code, 1);
    assert.equal(run.stderr, `govreport: ${path}: 不是普通文件，而是${kind}\n`);
    assert.match(run.stdout, /（1 个文件，1 个无法读取）/);
  });
}

const sizeCases: [name: string, flags: string[], bytes: number, error: string | null][] = [
  ['at the default limit of 10 MB', [], 10 * 1024 * 1024, null],
  ['past the default limit', [], 10 * 1024 * 1024 + 3, '文件过大：10MB（10485763 字节），上限 10MB，可用 --max-file-size 调高 (file too large: 10MB (10485763 bytes), limit 10MB; raise it with --max-file-size)'],
  ['at a lower limit', ['--max-file-size', '3KB'], 3 * 1024, null],
  ['past a lower limit', ['--max-file-size=3KB'], 3 * 1024 + 3, '文件过大：3KB（3075 字节），上限 3KB，可用 --max-file-size 调高 (file too large: 3KB (3075 bytes), limit 3KB; raise it with --max-file-size)'],
  ['past the default limit, below a raised one', ['--max-file-size', '11MB'], 10 * 1024 * 1024 + 3, null],
];

for (const [name, flags, size, error] of sizeCases) {
  test(`a file ${name}: ${error ? 'named with its size and the limit, the others go on' : 'checked'}`, async () => {
    const big = tmp.write(`size-${size}.txt`, Buffer.concat([Buffer.from('共7025件'), Buffer.alloc(size - 10, 'x')]));
    const run = await runCli(['check', big, 'errors.txt', ...flags], tmp.dir, { analyzer: fake });
    assert.equal(run.code, 1);
    assert.equal(run.stderr, error ? `govreport: ${big}: ${error}\n` : '');
    assert.match(run.stdout, error ? /（1 个文件，1 个无法读取）/ : /（2 个文件）/);
  });
}
