import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rawArgs } from '../../server/src/cli/argv';

const GBK_NAME = Buffer.from([0xb1, 0xa8, 0xb8, 0xe6, 0x2e, 0x74, 0x78, 0x74]); // 报告.txt in GBK
const cmdline = (...args: (string | Buffer)[]) => Buffer.concat(args.flatMap((a) => [Buffer.from(a), Buffer.from([0])]));

const cases: [name: string, args: string[], cmdline: Buffer | undefined, expected: (string | Buffer)[]][] = [
  ['UTF-8 arguments stay strings', ['check', '年报.txt'], cmdline('node', 'cli.js', 'check', '年报.txt'), ['check', '年报.txt']],
  [
    'an argument that is not UTF-8 comes as its bytes',
    ['check', GBK_NAME.toString(), 'a.txt'],
    cmdline('node', '--stack-size=900', 'cli.js', 'check', GBK_NAME, 'a.txt'),
    ['check', GBK_NAME, 'a.txt'],
  ],
  ['an empty argument', ['check', ''], cmdline('node', 'cli.js', 'check', ''), ['check', '']],
  ['no arguments', [], cmdline('node', 'cli.js'), []],
  ['a command line that does not end with the arguments is ignored', ['check', GBK_NAME.toString()], cmdline('node', 'cli.js', 'check', 'other'), ['check', GBK_NAME.toString()]],
  ['a shorter command line is ignored', ['a', 'b', 'c'], cmdline('b', 'c'), ['a', 'b', 'c']],
  ['no /proc', ['check', GBK_NAME.toString()], undefined, ['check', GBK_NAME.toString()]],
];

for (const [name, args, line, expected] of cases) {
  test(`rawArgs: ${name}`, () => {
    assert.deepEqual(rawArgs(args, line), expected);
  });
}
