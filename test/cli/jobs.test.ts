// --jobs: files checked in worker threads (the bundle runs itself as the worker) give the same
// output, byte for byte, as one after another; bad values are usage errors.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, test } from 'node:test';
import { PARALLEL_FROM_FILES } from '../../server/src/cli/args';
import { bundleCli } from '../support/bundleCli';
import { checkedCells, generateReport } from '../support/generate';
import { FLATTENINGS, TEMPLATES } from '../support/matrix';
import { mutateCell } from '../support/mutate';
import { runCli, tempDir } from './helpers';

const tmp = tempDir();
const cli = `${tmp.dir}/cli.js`;

before(async () => {
  await bundleCli(cli);
  // Generated reports, every other one with a wrong table cell, an empty file and a binary one.
  let seed = 1;
  for (const template of TEMPLATES)
    for (const flattening of FLATTENINGS) {
      const report = generateReport({ seed: seed++, template, flattening, traditional: seed % 3 === 0 });
      const text = seed % 2 ? mutateCell(report, checkedCells(report)[seed % 7], 3).text : report.text;
      tmp.write(`reports/${template}/${flattening}.txt`, text);
    }
  tmp.write('reports/empty.txt', '');
  tmp.write('reports/binary.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
  // Enough small files for the default to use worker threads.
  for (let i = 0; i < PARALLEL_FROM_FILES + 10; i++) tmp.write(`many/${String(i).padStart(3, '0')}.txt`, i % 4 ? `共${i + 5}件，其中甲类${i}件，其他5件。` : `共${i}件，其中甲类${i}件，其他5件。`);
});
after(() => tmp.remove());

const govreport = (...args: string[]) => {
  const { status, stdout, stderr } = spawnSync(process.execPath, [cli, ...args], { cwd: tmp.dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status, stdout, stderr };
};

for (const format of ['text', 'json', 'sarif'])
  test(`--format ${format}: --jobs 2 and --jobs 3 print what --jobs 1 prints, with the same exit code`, () => {
    const sequential = govreport('check', 'reports', 'missing.txt', '--format', format, '--jobs', '1');
    assert.equal(sequential.status, 2, 'missing.txt names no file');
    assert.match(sequential.stdout, /sum-mismatch/);
    for (const unreadable of ['missing.txt', 'binary.txt', 'empty.txt']) assert.match(sequential.stderr, new RegExp(unreadable));
    for (const jobs of ['2', '3']) assert.deepEqual(govreport('check', 'reports', 'missing.txt', '--format', format, '--jobs', jobs), sequential);
  });

test(`from ${PARALLEL_FROM_FILES} files on, the default (worker threads) prints what --jobs 1 prints`, () => {
  const sequential = govreport('check', 'many', '--format', 'json', '--jobs', '1');
  assert.equal(JSON.parse(sequential.stdout).files.length, PARALLEL_FROM_FILES + 10);
  assert.deepEqual(govreport('check', 'many', '--format', 'json'), sequential);
});

test('more jobs than files', () => {
  assert.deepEqual(govreport('check', 'reports/2019/tsv.txt', '--jobs', '8'), govreport('check', 'reports/2019/tsv.txt'));
});

for (const value of ['0', '-1', '1.5', 'two', '65', ''])
  test(`usage error, exit 2: --jobs ${JSON.stringify(value)}`, async () => {
    const { code, stdout, stderr } = await runCli(['check', 'reports', `--jobs=${value}`], tmp.dir);
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.ok(stderr.startsWith(`govreport: --jobs 需要 1 到 64 之间的整数`), stderr);
  });

test('usage error, exit 2: --jobs without a value, and --jobs with rules', async () => {
  assert.match((await runCli(['check', 'reports', '--jobs'], tmp.dir)).stderr, /^govreport: --jobs 需要一个值/);
  const rules = await runCli(['rules', '--jobs', '2'], tmp.dir);
  assert.equal(rules.code, 2);
  assert.match(rules.stderr, /^govreport: --jobs 只能用于 check/);
});
