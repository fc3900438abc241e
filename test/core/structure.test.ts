// Structure: the title, headings at four levels, and the outline with the statistical tables.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from './expect';
import type { OutlineNode } from '../../server/src/core/types';
import { generateReport } from '../support/generate';

const REPORT = [
  '政府信息',
  '公开制度',
  '某区2020年政府信息公开工作年度报告',
  '一、总体情况',
  '（一）主动公开。2020年，全区主动公开政府信息100条。',
  '1.用好专栏。',
  '（1）细化栏目',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)\t\t申请人情况',
  '一、本年新收政府信息公开申请数量\t\t1\t0\t0\t0\t0\t0\t1',
  '二、上年结转政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0',
  '四、结转下年度继续办理\t\t0\t0\t0\t0\t0\t0\t0',
  '四、政府信息公开行政复议、行政诉讼情况',
].join('\n');

const names = (nodes: readonly OutlineNode[]): unknown[] => nodes.map((n) => (n.children.length ? [n.name, names(n.children)] : n.name));

describe('structure', () => {
  test('the title is the first short line naming the report, after web-page menus', () => {
    const report = analyze(REPORT);
    assert.equal(report.title?.text, '某区2020年政府信息公开工作年度报告');
    assert.equal(REPORT.slice(report.title!.span.start, report.title!.span.end), report.title!.text);
  });

  test('a report that opens with prose has no title', () => {
    assert.equal(analyze('根据《条例》要求，编制本年度报告。\n一、概述').title, null);
  });

  test('sections nest by level, named as written, and the table sits in its section', () => {
    assert.deepEqual(names(analyze(REPORT).outline), [
      ['一、总体情况', [['（一）主动公开', [['1.用好专栏', ['（1）细化栏目']]]]]],
      '二、主动公开政府信息情况',
      ['三、收到和处理政府信息公开申请情况', ['表三 收到和处理政府信息公开申请情况']],
      '四、政府信息公开行政复议、行政诉讼情况',
    ]);
  });

  test('outline spans point into the original text', () => {
    const [first] = analyze(REPORT).outline;
    assert.equal(REPORT.slice(first.selection.start, first.selection.end), '一、总体情况');
  });
});

describe('tables split by caption lines', () => {
  test('a figure alone on a line between two parts of a table is pointed at exactly, and fixed in place', () => {
    const text = [
      '信息内容\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计',
      '一、本年新收政府信息公开申请数量\t10\t1\t0\t0\t0\t0\t11',
      '二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0',
      '三、本年度办理结果\t\t\t\t\t\t\t',
      '（一）予以公开\t8\t1\t0\t0\t0\t0',
      ' 20',
      '（二）部分公开\t2\t0\t0\t0\t0\t0\t2',
      '四、结转下年度继续办理\t0\t0\t0\t0\t0\t0\t0',
    ].join('\n');
    const f = analyze(text).findings.find((x) => x.rule === 'sum-mismatch');
    assert.ok(f);
    assert.equal(text.slice(f.span.start, f.span.end), '20');
    for (const e of f.fixes.flatMap((x) => x.edits)) assert.match(text.slice(e.span.start, e.span.end), /^\d+$/);
  });
});

describe('tables in text with single spaces between cells (a web page copied as text)', () => {
  // a group's label and its first row's on one line: `三、本年度办理结果 （一）予以公开 11 0 …`
  for (const template of ['2019', '2021'] as const) {
    for (const seed of [1, 2, 3]) {
      test(`${template} seed ${seed}: every row of table 三 is read, the group and row labels on one line told apart`, () => {
        const { text } = generateReport({ seed, template, flattening: 'spaces' });
        const single = text.replace(/ {2,}/g, ' ');
        assert.match(single, /三、本年度办理结果 （一）予以公开 \d/);
        const report = analyze(single);
        const t3 = report.tables.find((t) => t.id === 't3')!;
        assert.equal(t3.rowsRead, t3.rowsExpected);
        assert.deepEqual(report.findings.filter((f) => f.severity !== 'info').map((f) => f.rule), []);
      });
    }
  }
});
