// readText: regular files only, at most the limit read, never blocking.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, test } from 'node:test';
import { readText } from '../../server/src/cli/read';
import { tempDir } from './helpers';

const tmp = tempDir();
after(() => tmp.remove());
const file = (name: string, size: number) => tmp.write(name, '共'.repeat(size / 3));

const cases: [name: string, path: () => string, maxBytes: number, expected: RegExp][] = [
  ['a file below the limit', () => file('below.txt', 999), 1000, /^text:共{333}$/],
  ['a file at the limit', () => file('at.txt', 999), 999, /^text:共{333}$/],
  [
    'a file past the limit: its size and the limit',
    () => file('past.txt', 3 * 1024 * 1024),
    2 * 1024 * 1024,
    /^error:文件过大：3MB（3145728 字节），上限 2MB，可用 --max-file-size 调高 \(file too large: 3MB \(3145728 bytes\), limit 2MB; raise it with --max-file-size\)$/,
  ],
  ['a file whose size is not known beforehand (/proc)', () => '/proc/self/status', 1024 * 1024, /^text:Name:/],
  ['the same past the limit', () => '/proc/self/status', 16, /^error:文件过大：超过上限 16B，可用 --max-file-size 调高 \(file too large: over the limit of 16B;/],
  ['a character device', () => '/dev/zero', 1024, /^error:不是普通文件，而是字符设备 \(not a regular file but a character device\)$/],
  ['a directory', () => tmp.dir, 1024, /^error:不是普通文件，而是文件夹 \(not a regular file but a directory\)$/],
  ['a missing file', () => `${tmp.dir}/missing.txt`, 1024, /^error:不存在 \(not found\)$/],
];

for (const [name, path, maxBytes, expected] of cases) {
  test(`readText: ${name}`, async () => {
    const decoded = await readText(path(), maxBytes);
    assert.match('text' in decoded ? `text:${decoded.text}` : `error:${decoded.error}`, expected);
  });
}

test('readText: a FIFO without a writer is refused at once', () => {
  const fifo = `${tmp.dir}/fifo`;
  assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
  // In a child process, so that a blocking open fails this test instead of hanging the suite.
  const script = `require('./server/src/cli/read.ts').readText(${JSON.stringify(fifo)}, 1024).then((d) => process.stdout.write(JSON.stringify(d)))`;
  const { stdout, signal } = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { encoding: 'utf8', timeout: 60_000 });
  assert.equal(signal, null, 'the read blocked');
  assert.deepEqual(JSON.parse(stdout), { error: '不是普通文件，而是命名管道 (not a regular file but a FIFO)' });
});
