import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createProgress, progressLine } from '../../server/src/cli/progress';

const lines: [done: number, total: number, elapsedMs: number, line: string][] = [
  [0, 1000, 5000, '检查中 (checking) 0/1000'],
  [120, 1000, 900, '检查中 (checking) 120/1000'],
  [120, 1000, 14_117, '检查中 (checking) 120/1000 · 8.5 个/秒 (files/s) · 剩余约 1 分 44 秒 (left)'],
  [500, 1000, 25_000, '检查中 (checking) 500/1000 · 20 个/秒 (files/s) · 剩余约 25 秒 (left)'],
  [10, 100_000, 10_000, '检查中 (checking) 10/100000 · 1.0 个/秒 (files/s) · 剩余约 27 小时 46 分 (left)'],
  [1000, 1000, 50_000, '检查中 (checking) 1000/1000 · 20 个/秒 (files/s)'],
];

for (const [done, total, elapsed, line] of lines) {
  test(`progress line: ${done}/${total} after ${elapsed} ms`, () => {
    assert.equal(progressLine(done, total, elapsed), line);
  });
}

test('progress: redrawn at most every 100 ms, the last file always; nothing when stderr is not a terminal', () => {
  let written = '';
  let t = 0;
  const progress = createProgress({ isTTY: true, write: (s: string) => (written += s) }, 100, () => t);
  for (const [at, done] of [[0, 1], [50, 2], [120, 3], [150, 4], [160, 100]]) {
    t = at;
    progress.update(done);
  }
  assert.deepEqual(written.split('\r\x1b[K').filter(Boolean), ['检查中 (checking) 1/100', '检查中 (checking) 3/100', '检查中 (checking) 100/100']);
  progress.clear();
  progress.clear();
  assert.ok(written.endsWith('100/100\r\x1b[K'), 'erased once');
  let quiet = '';
  const none = createProgress({ isTTY: false, write: (s: string) => (quiet += s) }, 100, () => (t += 5000));
  none.update(50);
  none.clear();
  assert.equal(quiet, '');
});
