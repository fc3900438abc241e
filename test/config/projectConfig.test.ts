// The configuration file read from its text: comments and trailing commas accepted, the schema
// shipped in step with the rule registry, and every invalid file one message at the right place.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { ignoreMatcher } from '../../server/src/config/ignores';
import { readProjectConfig } from '../../server/src/config/projectConfig';
import { RULE_METAS } from '../../server/src/core/rules/meta';
import { ConfigFiles } from '../../server/src/io/configFiles';
import schema from '../../schemas/govreportrc.schema.json';

describe('a valid configuration file', () => {
  test('JSON with comments and trailing commas, every setting', () => {
    const text = `// 本项目的年报
{
  "$schema": "./node_modules/govreport/schemas/govreportrc.schema.json",
  /* 级别 */ "rules": { "sum-mismatch": "warning", "table-image": "off", },
  "ignores": ["草稿/**", "*.bak.txt"],
  "maxFileSize": 1048576,
}`;
    assert.deepEqual(readProjectConfig(text), { config: { rules: { 'sum-mismatch': 'warning', 'table-image': 'off' }, ignores: ['草稿/**', '*.bak.txt'], maxFileSize: 1048576 } });
  });

  test('an empty object and a byte-order mark', () => {
    assert.deepEqual(readProjectConfig('\uFEFF{}'), { config: { rules: {}, ignores: [] } });
  });

  test('the schema names every rule, and nothing else', () => {
    assert.deepEqual(Object.keys(schema.properties.rules.properties), RULE_METAS.map((m) => m.id));
  });
});

describe('an invalid configuration file: one message, Chinese first, at the culprit', () => {
  const INVALID: [name: string, text: string, culprit: string, message: RegExp][] = [
    ['an unknown rule', '{"rules": {"sum-mismach": "off"}}', '"sum-mismach"', /^GovReport 配置文件无效：“rules” 有未知的规则 “sum-mismach”；可用：sum-mismatch, percent-mismatch, .*invalid-directive.*。文件中的设置均未采用 \(invalid GovReport configuration: "rules" unknown rule "sum-mismach"; valid: sum-mismatch, /],
    ['a severity that is not one', '{"rules": {"sum-mismatch": "fatal"}}', '"fatal"', /^GovReport 配置文件无效：“rules.sum-mismatch” 的值只能是 "off", "error", "warning", "info", "hint"。/],
    ['an unknown setting', '{"rule": {}}', '"rule"', /有未知的设置项 “rule”；可用：rules, ignores, maxFileSize/],
    ['a wrong type', '{"ignores": "草稿/**"}', '"草稿/**"', /“ignores” 应为数组 \[…\]/],
    ['an empty glob', '{"ignores": ["a", ""]}', '""', /“ignores\[1\]” 不能为空字符串/],
    ['a size below one byte', '{"maxFileSize": 0}', '0', /“maxFileSize” 不能小于 1/],
    ['a size that is not whole', '{"maxFileSize": 1.5}', '1.5', /“maxFileSize” 应为整数/],
    ['not an object', '[]', '[]', /^GovReport 配置文件无效：应为对象/],
    ['a syntax error', '{"rules": {"sum-mismatch": "off" "table-image": "off"}}', '"table-image"', /^GovReport 配置文件无效：JSON 语法错误 \(CommaExpected\)/],
    ['an empty file', '', '', /JSON 语法错误/],
  ];
  for (const [name, text, culprit, message] of INVALID) {
    test(name, () => {
      const reading = readProjectConfig(text);
      assert.ok('problem' in reading, 'read as valid');
      assert.match(reading.problem.message, message);
      assert.equal(text.slice(reading.problem.span.start, reading.problem.span.end), culprit);
    });
  }
});

describe('ignore globs', () => {
  const CASES: [patterns: string[], path: string, ignored: boolean][] = [
    [['草稿/**'], '草稿/2023.txt', true],
    [['草稿'], '草稿/旧/2023.txt', true],
    [['草稿/'], '定稿/2023.txt', false],
    [['00[34]*.txt'], '003a.txt', true],
    [['00[34]*.txt'], '005a.txt', false],
    [['{2023,2024}/*.html'], '2024/a.html', true],
    [['{2023,2024}/*.html'], '2022/a.html', false],
    [['**/*.bak.txt'], '.old/a.bak.txt', true],
    [['*.txt'], '../a.txt', false],
    [[], 'a.txt', false],
  ];
  for (const [patterns, path, ignored] of CASES) test(`${JSON.stringify(patterns)} ${path} → ${ignored}`, () => assert.equal(ignoreMatcher(patterns)(path), ignored));
});

describe('finding the file', () => {
  const root = mkdtempSync(join(tmpdir(), 'govreport-config-'));
  after(() => rmSync(root, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('a/.govreportrc.json', '{"rules": {"sum-mismatch": "off"}, "ignores": ["草稿/**"]}');
  write('a/govreport.config.json', '{}');
  write('a/b/c/report.txt', '');
  write('a/d/govreport.config.json', '{"rules": {"table-image": "off"}}');
  write('e/report.txt', '');

  test('the nearest folder up wins; in one folder .govreportrc.json before govreport.config.json', () => {
    const files = new ConfigFiles();
    assert.equal(files.forFile(join(root, 'a/b/c/report.txt'))?.path, join(root, 'a/.govreportrc.json'));
    assert.equal(files.forFile(join(root, 'a/d/report.txt'))?.path, join(root, 'a/d/govreport.config.json'));
    assert.equal(files.forFile(join(root, 'e/report.txt')), null);
  });

  test('ignores are relative to the file’s folder', () => {
    const config = new ConfigFiles().forFile(join(root, 'a/b/report.txt'))!;
    assert.equal(config.ignores(join(root, 'a/草稿/x.txt')), true);
    assert.equal(config.ignores(join(root, 'a/b/草稿/x.txt')), false);
  });

  test('a file that cannot be read is a problem, not a silent default', () => {
    const loaded = new ConfigFiles().load(join(root, 'missing/.govreportrc.json'));
    assert.ok('problem' in loaded.reading && /^无法读取配置文件/.test(loaded.reading.problem.message));
  });
});
