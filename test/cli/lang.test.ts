// --lang: the findings and the summary in the language asked for, Chinese by default, in every format.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCli } from './helpers';

const SAMPLE = 'samples/synthetic-pre2019.txt';

test('Chinese by default and with --lang zh-CN or zh-TW', async () => {
  for (const lang of [[], ['--lang', 'zh-CN'], ['--lang=zh-TW']]) {
    const { code, stdout } = await runCli(['check', SAMPLE, ...lang], '.');
    assert.equal(code, 1);
    assert.equal(stdout, `${SAMPLE}:11:25 error sum-mismatch 合计 464 ≠ 177+81+24+192 = 474（差 10）\n1 个错误，0 个警告（1 个文件）\n有错误的文件 (files with errors): ${SAMPLE}\n`, lang.join(' '));
  }
});

test('--lang en: English findings and summary; the exit code is the same', async () => {
  const { code, stdout, stderr } = await runCli(['check', SAMPLE, '--lang', 'en-US'], '.');
  assert.equal(code, 1);
  assert.equal(stderr, '');
  assert.equal(stdout, `${SAMPLE}:11:25 error sum-mismatch Total 464 ≠ 177+81+24+192 = 474 (off by 10)\nErrors: 1, warnings: 0 (files checked: 1)\nFiles with errors: ${SAMPLE}\n`);
});

test('--lang en with --format json: messages, related entries and fix titles in English', async () => {
  const { stdout } = await runCli(['check', SAMPLE, '--lang', 'en', '--format', 'json'], '.');
  const [finding] = JSON.parse(stdout).files[0].findings;
  assert.equal(finding.message, 'Total 464 ≠ 177+81+24+192 = 474 (off by 10)');
  assert.deepEqual(finding.related.map((r: { message: string }) => r.message), ['咨询类 177', '建议类 81', '投诉类 24', '其他留言 192']);
  assert.equal(finding.fixes[0].title, 'Change 464 to 474');
});
