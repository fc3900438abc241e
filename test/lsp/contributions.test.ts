// The extension's static parts stay in step with the rule registry and the server: settings schema,
// translations, rule documentation, commands, grammar and language configuration.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, test } from 'node:test';
import { RULE_METAS } from '../../server/src/core/rules/meta';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings';

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const manifest = readJson('package.json');
const properties = manifest.contributes.configuration.properties;

describe('extension manifest', () => {
  test('every rule has a settings entry, a translated description and a documentation page', () => {
    assert.deepEqual(Object.keys(properties['govreport.rules'].properties), RULE_METAS.map((r) => r.id));
    for (const rule of RULE_METAS) {
      const doc = `docs/rules/${rule.id}.md`;
      assert.ok(existsSync(doc), `${doc} is missing`);
      const text = readFileSync(doc, 'utf8');
      for (const part of [`# ${rule.id}`, '## 检查什么', '## 示例', '## 如何修复', '**English.**']) {
        assert.ok(text.includes(part), `${doc} lacks ${part}`);
      }
    }
  });

  test('every %placeholder% is translated in English and Chinese', () => {
    const placeholders = [...JSON.stringify(manifest).matchAll(/"%([^"%]+)%"/g)].map((m) => m[1]);
    assert.ok(placeholders.length > 10);
    for (const file of ['package.nls.json', 'package.nls.zh-cn.json']) {
      const nls = readJson(file);
      for (const key of placeholders) assert.ok(typeof nls[key] === 'string' && nls[key].length > 0, `${file} lacks ${key}`);
    }
  });

  test('setting defaults match the server defaults', () => {
    assert.equal(properties['govreport.detectReports'].default, DEFAULT_SETTINGS.detectReports);
    assert.equal(properties['govreport.maxFileSize'].default, DEFAULT_SETTINGS.maxFileSize);
  });

  test('every contributed command is registered by the client', () => {
    const registered = /registerCommand\(\s*([\w.']+)/g;
    const source = readdirSync('client/src').map((name) => readFileSync(`client/src/${name}`, 'utf8')).join('\n');
    const constants = new Map([...source.matchAll(/export const (\w+) = '([\w.]+)'/g)].map((m) => [m[1], m[2]]));
    const ids = [...source.matchAll(registered)].map(([, arg]) => arg.startsWith("'") ? arg.slice(1, -1) : constants.get(arg));
    for (const { command } of manifest.contributes.commands) assert.ok(ids.includes(command), `${command} not among ${ids}`);
  });

  test('the trace setting is the client id\'s, and restarting the server is a command', () => {
    assert.deepEqual(properties['govreport.trace.server'].enum, ['off', 'messages', 'verbose']);
    assert.ok(readFileSync('client/src/extension.ts', 'utf8').includes("new LanguageClient('govreport',"));
    assert.ok(manifest.contributes.commands.some((c: { command: string }) => c.command === 'govreport.restartServer'));
  });

  test('untrusted workspaces supported; virtual ones limited, with a reason in both languages', () => {
    assert.deepEqual(manifest.capabilities.untrustedWorkspaces, { supported: true });
    assert.equal(manifest.capabilities.virtualWorkspaces.supported, 'limited');
    assert.match(manifest.capabilities.virtualWorkspaces.description, /^%[\w.]+%$/);
    // nothing the workspace holds is run: no setting names a program or a path to execute
    for (const [name, property] of Object.entries<{ type: string }>(properties)) assert.notEqual(property.type === 'string' && /path|command|executable/i.test(name), true, name);
  });
});

describe('grammar and language configuration', () => {
  const grammar = readJson('syntaxes/govreport.tmLanguage.json');
  const pattern = (name: string) => new RegExp(grammar.repository[name].match);

  test('every pattern compiles', () => {
    const sources: string[] = [];
    JSON.stringify(grammar, (key, value) => {
      if (['match', 'begin', 'end'].includes(key)) sources.push(value);
      return value;
    });
    for (const source of sources) assert.doesNotThrow(() => new RegExp(source), source);
    new RegExp(readJson('language-configuration.json').wordPattern);
  });

  test('headings by level, dates, quantities with units, percentages and table rules', () => {
    const [level1, level2, level3] = grammar.repository.heading.patterns.map((p: { match: string }) => new RegExp(p.match));
    assert.ok(level1.test('一、概述'));
    assert.ok(level2.test('(一)主动公开政府信息情况。') && level2.test('（二）依申请公开'));
    assert.ok(level3.test('1.政府公报公开政府信息数 |'));
    assert.ok(!level3.test('2018年，我区') && !level3.test('1.5万元'));
    assert.equal(pattern('date').exec('截至2018年12月31日')?.[0], '2018年12月31日');
    assert.deepEqual(pattern('quantity').exec('公开政府信息7025条')?.slice(1), ['7025', '条']);
    assert.deepEqual(pattern('quantity').exec('采购总金额6350.86 万元')?.slice(1), ['6350.86', '万元']);
    assert.deepEqual(pattern('percentage').exec('占总数的15%；')?.slice(1), ['15', '%']);
    assert.ok(pattern('table-rule').test('|---|:---:|') && pattern('table-rule').test('────────'));
    assert.ok(!pattern('table-rule').test('一、概述'));
  });
});
