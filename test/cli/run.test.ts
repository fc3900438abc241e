// End to end through run(argv, io): real files in a temp folder, captured streams. A fake analyzer
// stands in for the core (helpers.ts).
import assert from 'node:assert/strict';
import { chmodSync, readFileSync, symlinkSync } from 'node:fs';
import { after, test } from 'node:test';
import { NOT_CHINESE } from '../../server/src/cli/decode';
import type { Analyzer } from '../../server/src/cli/run';
import { RULE_METAS } from '../../server/src/core/rules/meta';
import { fake, folderMaker, gb18030, runCli, tempDir } from './helpers';
import { sarifErrors } from './sarifSchema';

const tmp = tempDir();
after(() => tmp.remove());
const folder = folderMaker(tmp);

const REPORT = '年度报告\r\n共7025件';
const utf8 = (text: string) => Buffer.from(text);
const withBom = (bom: number[], body: Buffer) => Buffer.concat([Buffer.from(bom), body]);

const usageCases: [argv: string[], message: string][] = [
  [[], '缺少命令 (missing command)'],
  [['lint', 'a.txt'], '未知命令 (unknown command): lint'],
  [['check'], 'check 需要至少一个路径'],
  [['check', 'a.txt', '--bogus'], '未知选项 (unknown option): --bogus'],
  [['check', 'a.txt', '-x'], '未知选项 (unknown option): -x'],
  [['check', 'a.txt', '--format', 'xml'], '未知格式 (unknown format): xml'],
  [['check', 'a.txt', '--format'], '--format 需要一个值 (needs a value)'],
  [['check', 'a.txt', '--disable', 'sum-mismatch,nope'], `未知规则 (unknown rule): nope；可用规则 (valid rules): ${RULE_METAS.map((m) => m.id).join(', ')}`],
  [['rules', '--format', 'sarif'], 'rules 的 --format 只能是 text 或 json'],
  [['rules', 'extra'], '未知规则 (unknown rule): extra；可用规则 (valid rules):'],
  [['rules', 'sum-mismatch', 'table-shape'], 'rules 只接受一个规则名'],
  [['rules', '--disable', 'sum-mismatch'], '--disable 只能用于 check'],
  [['rules', '--max-file-size', '1MB'], '--max-file-size 只能用于 check'],
  [['check', 'a.txt', '--max-file-size'], '--max-file-size 需要一个值 (needs a value)'],
  [['check', 'a.txt', '--lang', 'fr'], '--lang 只能是 zh-CN 或 en (--lang takes zh-CN or en): fr'],
  [['rules', '--lang', 'en'], '--lang 只能用于 check'],
  ...['50M', '1e3', '0', '-1', 'ten', '2.5', '1.5GB'].map((size): [string[], string] => [
    ['check', 'a.txt', `--max-file-size=${size}`],
    `--max-file-size 需要 1 字节到 511MB 之间的大小，如 50MB 或 512KB (--max-file-size needs a size from 1 byte to 511MB, such as 50MB or 512KB): ${size}`,
  ]),
];

for (const [argv, message] of usageCases) {
  test(`usage error, exit 2: govreport ${argv.join(' ') || '(no arguments)'}`, async () => {
    const { code, stdout, stderr } = await runCli(argv, tmp.dir);
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.ok(stderr.startsWith(`govreport: ${message}`), stderr);
    assert.match(stderr, /用法 \(usage\):\n {2}govreport check/);
  });
}

for (const argv of [['--help'], ['-h'], ['check', '--help']]) {
  test(`help on stdout, exit 0: govreport ${argv.join(' ')}`, async () => {
    const { code, stdout, stderr } = await runCli(argv, tmp.dir);
    assert.equal(code, 0);
    assert.match(stdout, /用法 \(usage\)/);
    assert.match(stdout, /--disable/);
    assert.equal(stderr, '');
  });
}

test('--version prints the version of package.json', async () => {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.deepEqual(await runCli(['--version'], tmp.dir), { code: 0, stdout: `${version}\n`, stderr: '' });
});

test('rules: one entry per rule with id, default severity and both descriptions', async () => {
  const { code, stdout } = await runCli(['rules'], tmp.dir);
  assert.equal(code, 0);
  const lines = stdout.trimEnd().split('\n');
  assert.equal(lines.length, RULE_METAS.length * 2);
  RULE_METAS.forEach((m, i) => {
    assert.match(lines[2 * i], new RegExp(`^${m.id} +${m.defaultSeverity} +${m.description.replace(/[()（）.*+?]/g, '.')}$`));
    assert.equal(lines[2 * i + 1].trim(), m.descriptionEn);
  });
});

test('rules --format json lists every rule', async () => {
  const { code, stdout } = await runCli(['rules', '--format=json'], tmp.dir);
  assert.equal(code, 0);
  assert.deepEqual(
    JSON.parse(stdout).rules,
    RULE_METAS.map(({ id, defaultSeverity, description, descriptionEn, fixable }) => ({ id, defaultSeverity, description, descriptionEn, fixable })),
  );
});

test("rules ID prints the rule's documentation page as bundled", async () => {
  for (const { id } of RULE_METAS) {
    const { code, stdout, stderr } = await runCli(['rules', id], tmp.dir);
    assert.deepEqual([code, stderr], [0, '']);
    assert.equal(stdout, readFileSync(`docs/rules/${id}.md`, 'utf8'));
    assert.match(stdout, new RegExp(`^# ${id}：[^]*## 检查什么`));
  }
});

test('rules ID --format json: the rule with its documentation', async () => {
  const { code, stdout } = await runCli(['rules', 'percent-mismatch', '--format', 'json'], tmp.dir);
  assert.equal(code, 0);
  const rule = JSON.parse(stdout);
  assert.equal(rule.id, 'percent-mismatch');
  assert.equal(rule.defaultSeverity, 'error');
  assert.equal(rule.documentation, readFileSync('docs/rules/percent-mismatch.md', 'utf8'));
});

const encodings: [name: string, bytes: Buffer][] = [
  ['UTF-8', utf8(REPORT)],
  ['UTF-8 with BOM', withBom([0xef, 0xbb, 0xbf], utf8(REPORT))],
  ['UTF-16LE with BOM', withBom([0xff, 0xfe], Buffer.from(REPORT, 'utf16le'))],
  ['UTF-16BE with BOM', withBom([0xfe, 0xff], Buffer.from(REPORT, 'utf16le').swap16())],
  ['GBK', gb18030(REPORT)],
];

for (const [name, bytes] of encodings) {
  test(`${name}: positions are in the decoded text without BOM (json and text)`, async () => {
    const cwd = folder({ 'r.txt': bytes });
    const json = await runCli(['check', 'r.txt', '--format', 'json'], cwd, { analyzer: fake });
    assert.equal(json.code, 1);
    assert.equal(json.stderr, '');
    const [finding] = JSON.parse(json.stdout).files[0].findings;
    assert.deepEqual(finding.range, { start: { line: 1, character: 1 }, end: { line: 1, character: 5 } });
    const text = await runCli(['check', 'r.txt'], cwd, { analyzer: fake });
    assert.equal(text.stdout, 'r.txt:2:2 error sum-mismatch 合计不符\n1 个错误，0 个警告（1 个文件）\n有错误的文件 (files with errors): r.txt\n');
  });
}

const unreadable: [name: string, bytes: Uint8Array, reason: string][] = [
  ['an empty file', Buffer.alloc(0), '空文件 (empty file)'],
  ['a binary file', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), '二进制文件，含 NUL 字节 (binary file (NUL bytes))'],
  ['an unknown encoding', Buffer.from([0x41, 0xff, 0xfe, 0xff, 0x42]), NOT_CHINESE],
];

for (const [name, bytes, reason] of unreadable) {
  test(`${name}: reason on stderr and in JSON; alone it exits 2, beside a good file the good one decides`, async () => {
    const cwd = folder({ 'bad.txt': bytes, 'good.txt': '共7025件', 'clean.txt': '共12件' });
    const alone = await runCli(['check', 'bad.txt', '--format', 'json'], cwd);
    assert.equal(alone.code, 2);
    assert.deepEqual(JSON.parse(alone.stdout), { files: [{ path: 'bad.txt', error: reason }] });
    assert.equal(alone.stderr, `govreport: bad.txt: ${reason}\ngovreport: 没有可检查的文件 (nothing could be checked)\n`);

    const withError = await runCli(['check', 'bad.txt', 'good.txt'], cwd, { analyzer: fake });
    assert.equal(withError.code, 1);
    assert.equal(withError.stderr, `govreport: bad.txt: ${reason}\n`);
    assert.match(withError.stdout, /^good\.txt:1:2 error sum-mismatch/);
    assert.match(withError.stdout, /（1 个文件，1 个无法读取）\n有错误的文件 \(files with errors\): good\.txt\n$/);

    const withClean = await runCli(['check', 'bad.txt', 'clean.txt'], cwd, { analyzer: fake });
    assert.equal(withClean.code, 0);
  });
}

test('a missing file: "not found" on stderr, exit 2', async () => {
  const { code, stdout, stderr } = await runCli(['check', 'missing.txt'], folder({}));
  assert.equal(code, 2);
  assert.equal(stdout, '0 个错误，0 个警告（0 个文件，1 个无法读取）\n');
  assert.match(stderr, /^govreport: missing\.txt: 不存在 \(not found\)\n/);
});

test('a glob that matches nothing: exit 2', async () => {
  const { code, stderr } = await runCli(['check', 'reports/*.txt'], folder({ 'reports/a.md': 'x' }));
  assert.equal(code, 2);
  assert.match(stderr, /reports\/\*\.txt: 没有匹配的文件 \(no files matched\)/);
});

test('a file the user may not read: "cannot read: EACCES" and the others go on', { skip: process.getuid?.() === 0 && 'root reads everything' }, async () => {
  const cwd = folder({ 'locked.txt': '共12件', 'clean.txt': '共12件' });
  chmodSync(`${cwd}/locked.txt`, 0);
  const { code, stderr } = await runCli(['check', 'locked.txt', 'clean.txt'], cwd);
  assert.equal(code, 0);
  assert.match(stderr, /^govreport: locked\.txt: 无法读取 \(cannot read\): EACCES/);
});

test('a file that cannot be opened (symlink loop in a folder): "cannot read", the others go on', async () => {
  const cwd = folder({ 'reports/clean.txt': '共12件' });
  symlinkSync('loop.txt', `${cwd}/reports/loop.txt`);
  const { code, stderr, stdout } = await runCli(['check', 'reports', '--format', 'json'], cwd);
  assert.equal(code, 0);
  assert.match(stderr, /^govreport: reports\/loop\.txt: 无法读取 \(cannot read\): ELOOP/);
  assert.deepEqual(JSON.parse(stdout).files.map((f: { path: string }) => f.path), ['reports/clean.txt', 'reports/loop.txt']);
});

const exitCases: [name: string, files: Record<string, string>, expected: number][] = [
  ['only warnings', { 'a.txt': '约12件' }, 0],
  ['no findings', { 'a.txt': '共12件' }, 0],
  ['an error in one of two files', { 'a.txt': '约12件', 'b.txt': '共7025件' }, 1],
];

for (const [name, files, expected] of exitCases) {
  test(`exit ${expected} with ${name}`, async () => {
    assert.equal((await runCli(['check', '.'], folder(files), { analyzer: fake })).code, expected);
  });
}

test('folders and globs: paths as discovered, relative stays relative, absolute stays absolute', async () => {
  const cwd = folder({ 'reports/a.txt': '共12件', 'reports/sub/b.md': '共12件', 'reports/c.csv': 'x', 'other/d.txt': '共12件' });
  const { code, stdout } = await runCli(['check', 'reports', 'other/*.txt', `${cwd}/reports/c.csv`, '--format', 'json'], cwd);
  assert.equal(code, 0);
  assert.deepEqual(
    JSON.parse(stdout).files.map((f: { path: string }) => f.path),
    ['reports/a.txt', 'reports/sub/b.md', 'other/d.txt', `${cwd}/reports/c.csv`],
  );
});

const disableCases: [argv: string[], rules: string[], code: number][] = [
  [[], ['sum-mismatch', 'prose-table-mismatch'], 1],
  [['--disable', 'sum-mismatch'], ['prose-table-mismatch'], 0],
  [['--disable', 'sum-mismatch,prose-table-mismatch'], [], 0],
  [['--disable', 'sum-mismatch', '--disable=prose-table-mismatch'], [], 0],
];

for (const [flags, rules, code] of disableCases) {
  test(`--disable reaches the analyzer: ${flags.join(' ') || '(none)'} → ${rules.join(', ') || 'no findings'}`, async () => {
    const run = await runCli(['check', 'a.txt', '--format', 'json', ...flags], folder({ 'a.txt': '共7025件，约12件' }), { analyzer: fake });
    assert.equal(run.code, code);
    assert.deepEqual(JSON.parse(run.stdout).files[0].findings.map((f: { rule: string }) => f.rule), rules);
  });
}

test('sarif: a run over good and bad files validates against the schema', async () => {
  const cwd = folder({ 'reports/年报 1.txt': REPORT, 'reports/empty.txt': '' });
  const { code, stdout } = await runCli(['check', 'reports', '--format', 'sarif'], cwd, { analyzer: fake });
  assert.equal(code, 1);
  const log = JSON.parse(stdout);
  assert.deepEqual(sarifErrors(log), []);
  const [run] = log.runs;
  assert.equal(run.results.length, 1);
  assert.deepEqual(run.results[0].locations[0].physicalLocation, {
    artifactLocation: { uri: 'reports/%E5%B9%B4%E6%8A%A5%201.txt', uriBaseId: '%SRCROOT%' },
    region: { startLine: 2, startColumn: 2, endLine: 2, endColumn: 6 },
  });
  assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri, `file://${encodeURI(cwd)}/`);
  assert.equal(run.invocations[0].toolExecutionNotifications[0].message.text, 'reports/empty.txt: 空文件 (empty file)');
});

test('an analyzer that throws fails that file only', async () => {
  const throwing: Analyzer = (input, options) => {
    if ((typeof input === 'string' ? input : input.text).includes('boom')) throw new Error('boom');
    return fake(input, options);
  };
  const { code, stdout, stderr } = await runCli(['check', '.'], folder({ 'a.txt': 'boom', 'b.txt': '共7025件' }), { analyzer: throwing });
  assert.equal(code, 1);
  assert.equal(stderr, 'govreport: a.txt: 分析失败 (analysis failed): boom\n');
  assert.match(stdout, /^b\.txt:1:2 error/);
});

test('the real core: a file that is no report is said so, not passed as clean (text and json)', async () => {
  const files = folder({ 'notes.md': '# 资料来源\n2023 年共整理 12 份。', '2023年报.txt': '某区2023年政府信息公开工作年度报告\n全年共收到申请12件。' });
  const text = await runCli(['check', '.'], files);
  assert.equal(text.code, 0);
  assert.equal(
    text.stdout,
    'notes.md: 未识别为政府信息公开工作年度报告（没有报告标题、章节标题或统计表），只核对了正文中的数字\n0 个错误，0 个警告（2 个文件，1 个未识别为年报）\n',
  );
  const json = await runCli(['check', '.', '--format', 'json'], files);
  assert.deepEqual(JSON.parse(json.stdout).files.map((f: { path: string; recognised: boolean }) => [f.path, f.recognised]), [['2023年报.txt', true], ['notes.md', false]]);
});

test('the real core runs through the CLI (GBK file, json)', async () => {
  const { code, stdout } = await runCli(['check', 'r.txt', '--format', 'json'], folder({ 'r.txt': gb18030('政府信息公开年度报告') }));
  assert.equal(code, 0);
  const [file] = JSON.parse(stdout).files;
  assert.deepEqual(Object.keys(file), ['path', 'format', 'template', 'findings', 'recognised']);
});

test('the real core: a Big5 report has the findings of its UTF-8 original, the planted error among them', async () => {
  const fixture = (name: string) => readFileSync(`test/cli/fixtures/${name}`);
  const cwd = folder({ 'big5.txt': fixture('traditional-2019.big5.txt'), 'utf8.txt': fixture('traditional-2019.txt') });
  const { code, stdout } = await runCli(['check', 'big5.txt', 'utf8.txt', '--format', 'json'], cwd);
  assert.equal(code, 1);
  const [big5, utf8] = JSON.parse(stdout).files;
  assert.equal(big5.template, '2019');
  assert.deepEqual(big5.findings.map((f: { rule: string }) => f.rule), ['sum-mismatch']);
  assert.deepEqual(big5.findings, utf8.findings);
});

test('the real core: a wrong prose total in a UTF-16LE file is an error at the total; --disable switches it off', async () => {
  const text = '一、总体情况\r\n本年度共收到申请100件，其中自然人申请60件，法人或其他组织申请30件。\r\n';
  const cwd = folder({ 'r.txt': withBom([0xff, 0xfe], Buffer.from(text, 'utf16le')) });
  const checked = await runCli(['check', 'r.txt', '--format', 'json'], cwd);
  assert.equal(checked.code, 1);
  const finding = JSON.parse(checked.stdout).files[0].findings.find((f: { rule: string }) => f.rule === 'sum-mismatch');
  const character = text.split('\r\n')[1].indexOf('100');
  assert.deepEqual(finding.range, { start: { line: 1, character }, end: { line: 1, character: character + 3 } });
  assert.equal((await runCli(['check', 'r.txt', '--disable', 'sum-mismatch'], cwd)).code, 0);
});

const progressCases: [files: number, tty: boolean, shown: boolean][] = [
  [51, true, true],
  [50, true, false],
  [60, false, false],
];

for (const [count, tty, shown] of progressCases) {
  test(`progress line ${shown ? 'shown' : 'not shown'} for ${count} quick files when stderr ${tty ? 'is' : 'is not'} a terminal`, async () => {
    const files = Object.fromEntries(Array.from({ length: count }, (_, i) => [`r${String(i).padStart(3, '0')}.txt`, '共12件']));
    // a clock that stands still: the run is never long by its time
    const { code, stderr } = await runCli(['check', '.'], folder(files), { tty, now: () => 0 });
    assert.equal(code, 0);
    if (shown) {
      assert.match(stderr, new RegExp(`\\r\\x1b\\[K检查中 \\(checking\\) ${count}/${count}`));
      assert.ok(stderr.endsWith('\r\x1b[K'), 'the line is erased at the end');
    } else {
      assert.equal(stderr, '');
    }
  });
}

test('progress for a few files once the run has lasted 2 s: count, rate and time left, erased before the output and at the end', async () => {
  const files = Object.fromEntries(Array.from({ length: 4 }, (_, i) => [`r${i}.txt`, i === 3 ? '共7025件' : '共12件']));
  let clock = 0;
  const { code, stdout, stderr } = await runCli(['check', '.'], folder(files), { tty: true, analyzer: fake, now: () => (clock += 1000) });
  assert.equal(code, 1);
  assert.match(stdout, /^r3\.txt:1:2 .*error/);
  // created at 1 s; file 1 done at 2 s (the run is not long yet), file 2 at 3 s (2 s: 1 file/s, 2 left), …
  assert.equal(
    stderr,
    [
      '\r\x1b[K检查中 (checking) 2/4 · 1.0 个/秒 (files/s) · 剩余约 2 秒 (left)',
      '\r\x1b[K检查中 (checking) 3/4 · 1.0 个/秒 (files/s) · 剩余约 1 秒 (left)',
      '\r\x1b[K', // erased before the finding of r3 is written
      '\r\x1b[K检查中 (checking) 4/4 · 1.0 个/秒 (files/s)',
      '\r\x1b[K',
    ].join(''),
  );
  assert.equal((await runCli(['check', '.'], folder(files), { tty: false, analyzer: fake, now: () => (clock += 1000) })).stderr, '', 'quiet when stderr is not a terminal');
  clock = 0;
  const toFile = await runCli(['check', '.', '--output-file', '../progress-out.txt'], folder(files), { tty: true, analyzer: fake, now: () => (clock += 1000) });
  assert.ok(!toFile.stderr.includes('\r\x1b[K\r\x1b[K'), 'output to a file does not erase the progress line');
  assert.ok(toFile.stderr.endsWith('4/4 · 1.0 个/秒 (files/s)\r\x1b[K'));
});

test('colour follows the terminal, NO_COLOR and FORCE_COLOR', async () => {
  const cwd = folder({ 'a.txt': '共7025件' });
  assert.match((await runCli(['check', 'a.txt'], cwd, { analyzer: fake, tty: true })).stdout, /\x1b\[31merror/);
  assert.doesNotMatch((await runCli(['check', 'a.txt'], cwd, { analyzer: fake, tty: true, env: { NO_COLOR: '1' } })).stdout, /\x1b/);
  assert.match((await runCli(['check', 'a.txt'], cwd, { analyzer: fake, env: { FORCE_COLOR: '1' } })).stdout, /\x1b\[31merror/);
});
