import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCommand, type CheckCommand } from '../../server/src/cli/args';

/** Without the flag: null, the configuration file's maxFileSize or else the default. */
const sizes: [value: string | undefined, bytes: number | null][] = [
  [undefined, null],
  ['1', 1],
  ['1048576', 1048576],
  ['512KB', 512 * 1024],
  ['512kb', 512 * 1024],
  ['50MB', 50 * 1024 * 1024],
  ['1.5MB', 1.5 * 1024 * 1024],
  ['10 MB', 10 * 1024 * 1024],
];

for (const [value, bytes] of sizes) {
  test(`--max-file-size ${value ?? '(default)'} → ${bytes} bytes`, () => {
    const flag = value === undefined ? [] : ['--max-file-size', value];
    assert.equal((parseCommand(['check', 'a.txt', ...flag]) as CheckCommand).maxFileSize, bytes);
  });
}

test('a path that is not UTF-8 stays bytes', () => {
  const name = Buffer.from([0xb1, 0xa8, 0x2e, 0x74, 0x78, 0x74]);
  assert.deepEqual((parseCommand(['check', name, 'a.txt', '--', '-b.txt']) as CheckCommand).paths, [name, 'a.txt', '-b.txt']);
});
