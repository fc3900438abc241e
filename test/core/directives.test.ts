// Pure helpers the adapters share: in-file disable directives and report detection.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { looksLikeAnnualReport } from '../../server/src/core/detect';
import { disableRuleEdit, disabledRulesIn } from '../../server/src/core/directives';

describe('disable directives', () => {
  test('every directive in the text counts; ids are separated by spaces or commas', () => {
    const text = '<!-- govreport-disable sum-mismatch -->\n正文\n<!--govreport-disable percent-mismatch,table-shape， sum-mismatch-->';
    assert.deepEqual(disabledRulesIn(text), ['sum-mismatch', 'percent-mismatch', 'table-shape']);
    assert.deepEqual(disabledRulesIn('<!-- govreport-disabled x --> <!-- eslint-disable semi -->'), []);
  });

  test('disabling inserts a directive line, or extends the one on the first line', () => {
    assert.deepEqual(disableRuleEdit('一、概述\r\n', 'sum-mismatch'), {
      span: { start: 0, end: 0 },
      newText: '<!-- govreport-disable sum-mismatch -->\r\n',
    });
    assert.deepEqual(disableRuleEdit('', 'sum-mismatch').newText, '<!-- govreport-disable sum-mismatch -->\n');
    const existing = '<!-- govreport-disable sum-mismatch -->\n一、概述';
    assert.deepEqual(disableRuleEdit(existing, 'table-shape'), {
      span: { start: 0, end: 39 },
      newText: '<!-- govreport-disable sum-mismatch, table-shape -->',
    });
    assert.equal(disableRuleEdit(existing, 'sum-mismatch').newText, '<!-- govreport-disable sum-mismatch -->');
  });

  test('an unterminated directive on a long line is read in linear time', () => {
    const text = `<!-- govreport-disable ${'a-'.repeat(200_000)}`;
    const started = performance.now();
    assert.deepEqual(disabledRulesIn(text), []);
    assert.ok(performance.now() - started < 1000);
  });
});

const SEEDS = join(__dirname, '..', '..', '..', 'shared', 'seeds');
const OWN = [join(__dirname, '..', '..', 'samples'), join(__dirname, '..', 'blind', 'reports')];

describe('report detection', () => {
  test('every bundled sample and blind-corpus report, simplified or traditional, looks like an annual report', () => {
    const paths = OWN.flatMap((dir) => readdirSync(dir).filter((n) => n.endsWith('.txt')).map((n) => join(dir, n)));
    assert.ok(paths.some((p) => /_hant/.test(p)), 'traditional reports among them');
    for (const path of paths) assert.ok(looksLikeAnnualReport(readFileSync(path, 'utf8')), path);
  });

  test('every seed looks like an annual report', { skip: !existsSync(SEEDS) && `${SEEDS} not present` }, () => {
    for (const name of readdirSync(SEEDS)) assert.ok(looksLikeAnnualReport(readFileSync(join(SEEDS, name), 'utf8')), name);
  });

  test('ordinary text does not', () => {
    assert.equal(looksLikeAnnualReport('# 会议纪要\n政府信息公开专栏的改版方案'), false);
    assert.equal(looksLikeAnnualReport('2020年度报告'), false);
  });
});
