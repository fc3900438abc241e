// The message tables: every id in both languages with the same placeholders, English without
// Chinese words of its own, and analyses in either language that differ only in their words.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { analyze } from '../../server/src/core/analyze';
import { EN } from '../../server/src/core/messages/en';
import { localeOf, msg, placeholdersOf, TABLES, translator } from '../../server/src/core/messages/translate';
import { ZH_CN } from '../../server/src/core/messages/zhCN';
import type { Report } from '../../server/src/core/types';

const sorted = (items: readonly string[]) => [...items].sort();

describe('message tables', () => {
  test('every message id is in both tables, with the same placeholders', () => {
    assert.deepEqual(sorted(Object.keys(EN)), sorted(Object.keys(ZH_CN)));
    for (const [id, zh] of Object.entries(ZH_CN)) {
      const en = EN[id as keyof typeof ZH_CN];
      assert.deepEqual(sorted(placeholdersOf(en)), sorted(placeholdersOf(zh)), id);
    }
  });

  test('no message is empty unless it is a separator, and no placeholder is misspelt as {{x}} or { x }', () => {
    for (const table of Object.values(TABLES)) {
      for (const [id, text] of Object.entries(table)) {
        assert.ok(text.length > 0, id);
        assert.doesNotMatch(text, /\{\{|\{\s+\w|\w\s+\}/, id);
      }
    }
  });

  // The form's own labels (一+二 = 三(七)+四), and the words a report writes that English quotes (约, …率).
  const FORM_WORDS = /[一二三四七约率]/g;
  test('English has no Chinese of its own beyond the form labels it quotes', () => {
    for (const [id, text] of Object.entries(EN)) {
      assert.doesNotMatch(text.replace(FORM_WORDS, ''), /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/, id);
    }
  });

  test('a message built before its language is chosen renders nested messages in that language', () => {
    const kept = msg('basis.kept', { basis: msg('basis.named', { words: '办结总数' }) });
    assert.equal(translator('zh-CN').render(kept), '沿用本句所称“办结总数”');
    assert.equal(translator('en').render(kept), 'kept from before: “办结总数” as this sentence names it');
    assert.equal(translator('en').join(['a', 'b'], 'list.enumeration'), 'a, b');
    assert.equal(translator().join(['a', 'b'], 'list.enumeration'), 'a、b');
  });

  test('editor locales: zh* is Chinese, any other language English, none the default Chinese', () => {
    for (const tag of ['zh', 'zh-cn', 'zh-CN', 'zh-tw', 'zh_HK', undefined, null, '']) assert.equal(localeOf(tag), 'zh-CN', String(tag));
    for (const tag of ['en', 'en-US', 'en-gb', 'fr', 'ja', 'de-DE', 'zhx']) assert.equal(localeOf(tag), 'en', tag);
  });
});

describe('an analysis in English', () => {
  const text = readFileSync('samples/synthetic-2019.txt', 'utf8');
  const zh = analyze(text, { explain: true });
  const en = analyze(text, { explain: true, locale: 'en' });
  /** Everything of a report but its words. */
  const shape = (r: Report) => ({
    findings: r.findings.map((f) => ({ rule: f.rule, severity: f.severity, span: f.span, related: f.related.map((x) => x.span), fixes: f.fixes.map((x) => [x.edits, x.preferred]) })),
    checked: r.checked.map((c) => [c.span, c.ok]),
  });

  test('finds the same things at the same places with the same fixes', () => {
    assert.ok(zh.findings.length > 0);
    assert.deepEqual(shape(en), shape(zh));
  });

  test('says them in English: no message, related entry, fix title or hover keeps a phrase of the Chinese table', () => {
    const texts = (r: Report) => [
      ...r.findings.flatMap((f) => [f.message, f.computation ?? '', ...f.related.map((x) => x.message), ...f.fixes.map((x) => x.title)]),
      ...r.checked.map((c) => c.markdown),
    ].join('\n');
    // the Chinese table's own phrases (what lies between its placeholders), except words the report itself writes
    const phrases = [...new Set(Object.values(ZH_CN).flatMap((m) => m.split(/\{\w+\}/)).flatMap((part) => part.match(/[\u4e00-\u9fff]{3,}/g) ?? []))]
      .filter((phrase) => !text.includes(phrase));
    const [zhText, enText] = [texts(zh), texts(en)];
    assert.ok(phrases.filter((p) => zhText.includes(p)).length >= 10, 'the Chinese analysis uses the table');
    assert.deepEqual(phrases.filter((p) => enText.includes(p)), []);
  });
});
