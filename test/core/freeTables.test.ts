// Tables that match no template: only what they state themselves is checked (合计/总计/小计 rows and a
// lone total column over their parts, 其中 rows under their parent), each case with its exact findings.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkText } from '../../server/src/readers/source';
import { analyze, loud, unmark } from './expect';

const tsv = (rows: string[][]): string => rows.map((r) => r.join('\t')).join('\n');
const report = (table: string): string => `某县2023年政府信息公开工作年度报告\n\n一、总体情况\n全年主动公开政府信息如下表。\n\n${table}\n\n二、其他需要报告的事项\n无。`;

interface Case {
  name: string;
  /** The table; `⟦…⟧` marks each figure a finding must point at. */
  table: string;
  /** The rule of each finding, in order. */
  rules: string[];
}

const CASES: Case[] = [
  {
    name: 'a 合计 row that is not the sum of the rows above it (a share column is not added)',
    table: tsv([['类别', '数量', '占比'], ['政策文件', '12', '40%'], ['工作动态', '15', '50%'], ['其他', '3', '10%'], ['合计', '⟦31⟧', '100%']]),
    rules: ['sum-mismatch'],
  },
  { name: 'a 合计 row that adds up', table: tsv([['类别', '数量'], ['政策文件', '12'], ['工作动态', '15'], ['其他', '3'], ['合 计', '30']]), rules: [] },
  {
    name: 'a 合计 row at the top, over the rows after it',
    table: tsv([['类别', '数量'], ['合计', '⟦29⟧'], ['政策文件', '12'], ['工作动态', '15'], ['其他', '3']]),
    rules: ['sum-mismatch'],
  },
  {
    name: 'a lone total column over the figure columns before it',
    table: tsv([['单位', '一季度', '二季度', '合计'], ['县发改局', '3', '4', '7'], ['县教育局', '5', '6', '⟦12⟧']]),
    rules: ['sum-mismatch'],
  },
  {
    name: 'two total columns: which columns each adds is not stated, nothing is checked',
    table: tsv([['单位', '一季度', '二季度', '小计', '三季度', '合计'], ['县发改局', '3', '4', '7', '1', '9'], ['县教育局', '5', '6', '12', '1', '20']]),
    rules: [],
  },
  {
    name: '小计 rows over their runs; a 合计 right after a 小计 is not checked',
    table: tsv([['类别', '数量'], ['甲', '1'], ['乙', '2'], ['小计', '⟦4⟧'], ['丙', '3'], ['丁', '4'], ['小计', '7'], ['合计', '99']]),
    rules: ['sum-mismatch'],
  },
  {
    name: 'a 其中 row above its parent, and not added to the 合计',
    table: tsv([['类别', '数量'], ['依申请公开', '10'], ['其中：网上申请', '⟦12⟧'], ['主动公开', '20'], ['合计', '30']]),
    rules: ['table-identity'],
  },
  { name: 'a table without a total states nothing to check', table: tsv([['类别', '数量'], ['政策文件', '12'], ['工作动态', '15'], ['其他', '3']]), rules: [] },
  {
    name: 'a markdown table with a wrong 总计',
    table: ['| 渠道 | 条数 |', '| --- | --- |', '| 门户网站 | 120 |', '| 政务微信 | 30 |', '| 总计 | ⟦140⟧ |'].join('\n'),
    rules: ['sum-mismatch'],
  },
];

describe('tables that match no template', () => {
  for (const c of CASES) {
    test(c.name, () => {
      const { text, spans } = unmark(report(c.table));
      const found = loud(analyze(text));
      assert.deepEqual(
        found.map((f) => [f.rule, text.slice(f.span.start, f.span.end)]),
        c.rules.map((rule, i) => [rule, spans[i].text]),
      );
    });
  }

  test('a lone 合计 row: the total or any row may be wrong, so the fixes are offered and none preferred', () => {
    const { text } = unmark(report(CASES[0].table));
    const finding = loud(analyze(text))[0];
    assert.match(finding.message, /合计 · 数量 31 ≠ 12\+15\+3 = 30（差 1）；无法确定哪一格有误/);
    assert.deepEqual(
      finding.fixes.map((f) => [f.title, f.preferred]),
      [['将合计 · 数量 31 改为 30', false], ['将政策文件 · 数量 12 改为 13', false], ['将工作动态 · 数量 15 改为 16', false]],
    );
  });

  test('its title says it matches no template, in the language asked for: hover, outline and tables read', () => {
    const { text } = unmark(report(CASES[0].table));
    const titles = (locale: 'zh-CN' | 'en') => {
      const r = analyze(text, { locale, explain: true });
      const outline = r.outline.flatMap((n) => [n, ...n.children]).filter((n) => n.kind === 'table').map((n) => n.name);
      return { hover: r.checked.find((c) => !c.ok)!.markdown.split('\n')[0], outline, tables: r.tables.map((t) => t.name) };
    };
    assert.deepEqual(titles('zh-CN'), {
      hover: '**表格“类别”（无对应模板，仅核对合计与其中项）**',
      outline: ['表格“类别”（无对应模板，仅核对合计与其中项）'],
      tables: ['表格“类别”（无对应模板，仅核对合计与其中项）'],
    });
    assert.deepEqual(titles('en'), {
      hover: '**Table “类别” (no template: only its totals and sub-items are checked)**',
      outline: ['Table “类别” (no template: only its totals and sub-items are checked)'],
      tables: ['Table “类别” (no template: only its totals and sub-items are checked)'],
    });
  });

  test('a column without a header is named by its place in the language asked for; a total column by its own word', () => {
    const messages = (table: string[][], locale: 'zh-CN' | 'en') => loud(analyze(report(tsv(table)), { locale })).map((f) => f.message.split(/[（(]/)[0].trim());
    const unnamed = [['类别', '', ''], ['甲', '1', '2'], ['乙', '3', '4'], ['合计', '4', '7']];
    assert.deepEqual(messages(unnamed, 'zh-CN'), ['合计 · 第 3 列 7 ≠ 2+4 = 6']);
    assert.deepEqual(messages(unnamed, 'en'), ['合计 · column 3 7 ≠ 2+4 = 6']);
    const total = [['单位', '一季度', '二季度', '总计'], ['县发改局', '3', '4', '7'], ['县教育局', '5', '6', '12']];
    assert.deepEqual(messages(total, 'zh-CN'), ['县教育局 · 总计 12 ≠ 5+6 = 11']);
    assert.deepEqual(messages(total, 'en'), ['县教育局 · 总计 12 ≠ 5+6 = 11']);
  });

  test('a web page table with merged header cells: its 合计 row is checked where the page writes it', () => {
    const html = `<html><body><h1>某县2023年政府信息公开工作年度报告</h1><p>全年公开情况如下。</p><table>
<tr><td rowspan="2">类别</td><td colspan="2">条数</td></tr><tr><td>网站</td><td>微信</td></tr>
<tr><td>政策文件</td><td>12</td><td>3</td></tr><tr><td>工作动态</td><td>15</td><td>4</td></tr><tr><td>合计</td><td>28</td><td>7</td></tr></table></body></html>`;
    const { report: r, text } = checkText('html', html, {});
    const found = loud(r).map((f) => [f.rule, text.slice(f.span.start, f.span.end)]);
    assert.deepEqual(found, [['sum-mismatch', '28']]);
    assert.ok(r.tables.some((t) => t.id.startsWith('free')), 'listed among the tables read');
  });
});
