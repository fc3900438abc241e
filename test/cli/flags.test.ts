// The configuration file and the flags that came with it (ESLint / markdownlint-cli2 parity), end to
// end through run(argv, io): real files in temp folders, captured streams, exit codes and files written.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, test } from 'node:test';
import { fake, folderMaker, gb18030, runCli, tempDir } from './helpers';

const tmp = tempDir();
after(() => tmp.remove());
const folder = folderMaker(tmp);
const check = (argv: string[], cwd: string, stdin?: string) => runCli(['check', ...argv], cwd, { analyzer: fake, stdin });
/** The `file:line:col severity rule` part of each finding line of the text output. */
const lines = (stdout: string) => stdout.split('\n').filter((l) => /^\S+:\d+:\d+ /.test(l)).map((l) => l.split(' ').slice(0, 3).join(' '));

const WRONG = '共7025件';
const WARNED = '约12件';

test('configuration file: found from the report up, its severities applied, a nearer one wins', async () => {
  const cwd = folder({
    '.govreportrc.json': '// 全局\n{ "rules": { "sum-mismatch": "warning" } }',
    'a/b/r.txt': WRONG,
    'c/govreport.config.json': '{ "rules": { "sum-mismatch": "info", } }',
    'c/r.txt': WRONG,
  });
  const run = await check(['a', 'c'], cwd);
  assert.deepEqual(lines(run.stdout), ['a/b/r.txt:1:2 warning sum-mismatch', 'c/r.txt:1:2 info sum-mismatch']);
  assert.equal(run.code, 0);
});

test('--rule and --disable over the configuration file; --no-config and --config FILE', async () => {
  const cwd = folder({ '.govreportrc.json': '{ "rules": { "sum-mismatch": "off" } }', 'other.json': '{ "rules": { "sum-mismatch": "hint" } }', 'r.txt': `${WRONG}\n${WARNED}` });
  assert.deepEqual(lines((await check(['r.txt'], cwd)).stdout), ['r.txt:2:1 warning prose-table-mismatch']);
  const ruled = await check(['r.txt', '--rule', 'sum-mismatch=error', '--rule', 'prose-table-mismatch=info'], cwd);
  assert.deepEqual(lines(ruled.stdout), ['r.txt:1:2 error sum-mismatch', 'r.txt:2:1 info prose-table-mismatch']);
  assert.equal(ruled.code, 1);
  assert.deepEqual(lines((await check(['r.txt', '--rule', 'sum-mismatch=error', '--disable', 'sum-mismatch'], cwd)).stdout), ['r.txt:2:1 warning prose-table-mismatch']);
  assert.deepEqual(lines((await check(['r.txt', '--no-config'], cwd)).stdout), ['r.txt:1:2 error sum-mismatch', 'r.txt:2:1 warning prose-table-mismatch']);
  assert.deepEqual(lines((await check(['r.txt', '--config', 'other.json'], cwd)).stdout), ['r.txt:1:2 hint sum-mismatch', 'r.txt:2:1 warning prose-table-mismatch']);
});

test('an invalid configuration file: one clear error naming its place, nothing checked, exit 2', async () => {
  const cwd = folder({ '.govreportrc.json': '{\n  "rules": { "sum-mismach": "off" }\n}', 'r.txt': WRONG, 'sub/s.txt': WRONG });
  const run = await check(['r.txt', 'sub'], cwd);
  assert.equal(run.code, 2);
  assert.equal(run.stdout, '');
  assert.match(run.stderr, /^govreport: \.govreportrc\.json:2:14: GovReport 配置文件无效：“rules” 有未知的规则 “sum-mismach”；/);
  assert.equal(run.stderr.split('\n').filter(Boolean).length, 1, 'one message for the file, however many reports it covers');
  const missing = await check(['r.txt', '--config', 'nope.json'], cwd);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /^govreport: nope\.json:1:1: 无法读取配置文件 \(cannot read the configuration file\)/);
});

test('ignores of the configuration file, --ignore-pattern, and maxFileSize', async () => {
  const cwd = folder({
    '.govreportrc.json': '{ "ignores": ["草稿/**"], "maxFileSize": 12 }',
    'r.txt': WRONG,
    '草稿/d.txt': WRONG,
    'old/2019.txt': WRONG,
    'big.txt': `${WRONG}${'。'.repeat(10)}`,
  });
  const run = await check(['.', '--ignore-pattern', 'old/*', '--format', 'json'], cwd);
  const files = JSON.parse(run.stdout).files.map((f: { path: string; error?: string }) => [f.path, f.error?.slice(0, 5) ?? 'checked']);
  assert.deepEqual(files, [['big.txt', '文件过大：'], ['r.txt', 'checked']]);
  const raised = await check(['big.txt', '--max-file-size', '1MB'], cwd);
  assert.deepEqual(lines(raised.stdout), ['big.txt:1:2 error sum-mismatch']);
});

test('--fix writes the fixes into the files, in their own encoding, and reports what remains', async () => {
  const cwd = folder({ 'r.txt': `${WRONG}\n${WARNED}\n`, 'g.txt': gb18030('共7025件') });
  const run = await check(['r.txt', 'g.txt', '--fix'], cwd);
  assert.equal(run.code, 0);
  assert.deepEqual(lines(run.stdout), ['r.txt:2:1 warning prose-table-mismatch']);
  assert.equal(readFileSync(`${cwd}/r.txt`, 'utf8'), `共7235件\n${WARNED}\n`);
  assert.deepEqual(readFileSync(`${cwd}/g.txt`), gb18030('共7235件'));
});

test('--fix with the real core: only the proven fix is written, and the report is clean afterwards', async () => {
  const sample = readFileSync('samples/synthetic-pre2019.txt', 'utf8');
  const cwd = folder({ 'r.txt': sample });
  const before = await runCli(['check', 'r.txt', '--format', 'json'], cwd);
  const [wrong] = JSON.parse(before.stdout).files[0].findings.filter((f: { severity: string }) => f.severity === 'error');
  assert.ok(wrong.fix, 'the planted error has a fix');
  const fixed = await runCli(['check', 'r.txt', '--fix'], cwd);
  assert.equal(fixed.code, 0, fixed.stdout);
  const text = readFileSync(`${cwd}/r.txt`, 'utf8');
  assert.notEqual(text, sample);
  assert.equal(text.length - sample.length, wrong.fix.edits[0].newText.length - wrong.figure.length);
});

test('--fix-dry-run: a unified diff on standard output, the report on standard error, nothing written', async () => {
  const cwd = folder({ 'r.txt': `一\n${WRONG}\n` });
  const run = await check(['r.txt', '--fix-dry-run'], cwd);
  assert.equal(run.code, 0);
  assert.equal(run.stdout, ['--- a/r.txt', '+++ b/r.txt', '@@ -1,2 +1,2 @@', ' 一', '-共7025件', '+共7235件', ''].join('\n'));
  assert.match(run.stderr, /^0 个错误，0 个警告（1 个文件）\n$/);
  assert.equal(readFileSync(`${cwd}/r.txt`, 'utf8'), `一\n${WRONG}\n`);
});

test('--output-file: the output in the file, in any format, nothing on standard output', async () => {
  const cwd = folder({ 'r.txt': WRONG });
  for (const format of ['text', 'json', 'sarif']) {
    const run = await check(['r.txt', '--format', format, '-o', `out.${format}`], cwd);
    assert.equal(run.code, 1);
    assert.equal(run.stdout, '');
    const written = readFileSync(`${cwd}/out.${format}`, 'utf8');
    if (format === 'text') assert.match(written, /^r\.txt:1:2 error sum-mismatch/);
    else assert.ok(JSON.stringify(JSON.parse(written)).includes('sum-mismatch'));
  }
});

test('--quiet reports errors only; --max-warnings N fails past N warnings', async () => {
  const cwd = folder({ 'w.txt': `${WARNED}\n${WARNED}`, 'e.txt': WRONG });
  const quiet = await check(['w.txt', 'e.txt', '--quiet'], cwd);
  assert.deepEqual(lines(quiet.stdout), ['e.txt:1:2 error sum-mismatch']);
  assert.match(quiet.stdout, /1 个错误，0 个警告/);
  const cases: [argv: string[], code: number][] = [
    [['w.txt'], 0],
    [['w.txt', '--max-warnings', '2'], 0],
    [['w.txt', '--max-warnings', '1'], 1],
    [['w.txt', '--max-warnings', '0', '--quiet'], 0],
    [['e.txt', '--max-warnings', '5'], 1],
  ];
  for (const [argv, code] of cases) {
    const run = await check(argv, cwd);
    assert.equal(run.code, code, argv.join(' '));
    if (argv.includes('1')) assert.match(run.stderr, /2 个警告，超过 --max-warnings 1，故退出码为 1/);
  }
});

test('standard input: -, named by --stdin-filename for its format, configuration and output', async () => {
  const cwd = folder({ 'docs/.govreportrc.json': '{ "rules": { "sum-mismatch": "warning" } }' });
  const plain = await check(['-'], cwd, WRONG);
  assert.deepEqual(lines(plain.stdout), ['<stdin>:1:2 error sum-mismatch']);
  assert.equal(plain.code, 1);
  const named = await check(['-', '--stdin-filename', 'docs/r.html'], cwd, `<p>${WRONG}</p>`);
  assert.deepEqual(lines(named.stdout), ['docs/r.html:1:5 warning sum-mismatch']);
  const dry = await check(['-', '--fix-dry-run'], cwd, WRONG);
  assert.match(dry.stdout, /^--- a\/<stdin>\n\+\+\+ b\/<stdin>\n@@ -1,1 \+1,1 @@\n-共7025件\n\\ No newline at end of file\n\+共7235件\n/);
});

const USAGE: [argv: string[], message: string][] = [
  [['check', '-', '--fix'], '--fix 不能写回标准输入，请用 --fix-dry-run'],
  [['check', 'a.txt', '--fix', '--fix-dry-run'], '--fix 与 --fix-dry-run 只能选一个'],
  [['check', 'a.txt', '--rule', 'sum-mismatch'], '--rule 需要 规则=级别，级别为 off|error|warning|info|hint (--rule needs id=severity): sum-mismatch'],
  [['check', 'a.txt', '--rule', 'sum-mismatch=fatal'], '--rule 需要 规则=级别'],
  [['check', 'a.txt', '--rule', 'nope=off'], '未知规则 (unknown rule): nope'],
  [['check', 'a.txt', '--max-warnings', '-1'], '--max-warnings 需要不小于 0 的整数'],
  [['check', 'a.txt', '--stdin-filename', 'a.txt'], '--stdin-filename 需要路径 -'],
  [['check', '-', '-'], '标准输入 - 只能给一次'],
  [['check', 'a.txt', '--config', 'c.json', '--no-config'], '--config 与 --no-config 只能选一个'],
  [['rules', '--quiet'], '--quiet 只能用于 check'],
  [['rules', '--fix'], '--fix 只能用于 check'],
];
for (const [argv, message] of USAGE) {
  test(`usage error, exit 2: govreport ${argv.join(' ')}`, async () => {
    const run = await runCli(argv, tmp.dir);
    assert.equal(run.code, 2);
    assert.ok(run.stderr.startsWith(`govreport: ${message}`), run.stderr);
  });
}
