// Corrections of a table are searched over all of its identities at once and weighed against the
// prose; a fix is offered only once proven, and fix all never makes a report worse.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyEdits, mapSpan, normaliseEdits } from '../../server/src/core/fixes';
import { fixAll } from '../../server/src/core/fixAll';
import type { Finding } from '../../server/src/core/types';
import { table3Tsv } from '../support/table3';
import { analyze, describeFindings, loud } from './expect';

const applyAll = (text: string, f: { edits: { span: { start: number; end: number }; newText: string }[] }): string => applyEdits(text, normaliseEdits(f.edits)!);
const figure = (text: string, f: Finding): string => text.slice(f.span.start, f.span.end);

// The pattern of a real report: the 自然人 column of 一 says 21 where 22 was meant, and the 总计 of
// （一） and （七） were written without the 法律服务机构 application, while the prose counts 23 in a
// list that adds up. Two corrections explain the table; only the larger agrees with the prose.
const PROSE = '一、总体情况\n本年度全区共收到政府信息公开申请23件，其中土地征收领域13件、社会保障领域1件、城市管理领域1件、其他领域8件。\n三、收到和处理政府信息公开申请情况\n';
const CONSISTENT = {
  '一、': [22, 0, 0, 0, 1, 0, 23],
  '（一）': [10, 0, 0, 0, 1, 0, 11],
  '（二）': [2, 0, 0, 0, 0, 0, 2],
  '1.本机关': [3, 0, 0, 0, 0, 0, 3],
  '2.重复': [2, 0, 0, 0, 0, 0, 2],
  '（七）': [17, 0, 0, 0, 1, 0, 18],
  '四、': [5, 0, 0, 0, 0, 0, 5],
};
const AMBIGUOUS = PROSE + table3Tsv({ ...CONSISTENT, '一、': [21, 0, 0, 0, 1, 0, 22], '（一）': [10, 0, 0, 0, 1, 0, 10], '（七）': [17, 0, 0, 0, 1, 0, 17] });

describe('competing corrections of a table', () => {
  const report = analyze(AMBIGUOUS);
  const table = loud(report).filter((f) => f.rule !== 'prose-table-mismatch');

  test('each broken identity is reported once, at its stated cell, with no preferred fix', () => {
    assert.deepEqual(table.map((f) => [f.rule, figure(AMBIGUOUS, f)]), [['table-identity', '21'], ['sum-mismatch', '10'], ['sum-mismatch', '17']], describeFindings(table, AMBIGUOUS));
    for (const f of table) assert.ok(f.fixes.every((x) => !x.preferred), f.fixes.map((x) => x.title).join('\n'));
  });

  test('the message and the fixes name both corrections: 2 cells that leave the prose wrong, 4 that agree with it', () => {
    for (const f of table) {
      assert.match(f.message, /无法确定哪一格有误/);
      assert.match(f.message, /（一）予以公开 · 自然人 10 改为 9，（七）总计 · 自然人 17 改为 16（正文本年新收政府信息公开申请数量 23 仍不一致）/);
      assert.match(f.message, /自然人 21 改为 22，一、本年新收政府信息公开申请数量 · 总计 22 改为 23，（一）予以公开 · 总计 10 改为 11，（七）总计 · 总计 17 改为 18（与正文本年新收政府信息公开申请数量 23 一致）/);
      assert.deepEqual(f.fixes.map((x) => x.edits.length).sort(), [2, 4]);
    }
  });

  test('either correction, applied, leaves a table whose identities all hold', () => {
    for (const fix of table[0].fixes) {
      const fixed = applyAll(AMBIGUOUS, fix);
      const left = loud(analyze(fixed)).filter((f) => f.rule !== 'prose-table-mismatch');
      assert.deepEqual(left, [], describeFindings(left, fixed));
    }
    assert.equal(applyAll(AMBIGUOUS, table[0].fixes.find((x) => x.edits.length === 4)!), PROSE + table3Tsv(CONSISTENT));
  });

  test('the prose figure whose own list agrees with it is not offered the table value; the table correction that agrees is', () => {
    const prose = report.findings.find((f) => f.rule === 'prose-table-mismatch');
    assert.ok(prose);
    assert.equal(figure(AMBIGUOUS, prose), '23');
    assert.match(prose.message, /正文所列分项 13\+1\+1\+8 = 23，与正文一致，统计表可能有误/);
    assert.deepEqual(prose.fixes.map((x) => [x.title.startsWith('按正文更正统计表'), x.edits.length, x.preferred]), [[true, 4, false]]);
  });

  test('fix all changes nothing where no correction is clearly best', () => {
    assert.deepEqual(fixAll(AMBIGUOUS), { text: AMBIGUOUS, applied: 0, edits: [] });
  });
});

describe('a clearly best correction', () => {
  test('one wrong cell breaking three identities is one finding with one preferred fix', () => {
    const text = PROSE + table3Tsv({ ...CONSISTENT, '（一）': [12, 0, 0, 0, 1, 0, 11] });
    const findings = loud(analyze(text));
    assert.equal(findings.length, 1, describeFindings(findings, text));
    assert.equal(figure(text, findings[0]), '12');
    assert.match(findings[0].message, /（一）予以公开 · 自然人 12 很可能有误，应为 10：它使 2 项核对同时不成立/);
    assert.deepEqual(findings[0].fixes.map((x) => [x.preferred, x.edits.map((e) => e.newText)]), [[true, ['10']]]);
    assert.deepEqual(fixAll(text).text, PROSE + table3Tsv(CONSISTENT));
  });

  test('a correction of two cells is reported at both, each carrying the whole correction', () => {
    // 自然人 of （一） and （七） both one too high: the 自然人 column and the balance still hold
    const text = PROSE + table3Tsv({ ...CONSISTENT, '（一）': [11, 0, 0, 0, 1, 0, 11], '（七）': [18, 0, 0, 0, 1, 0, 18] });
    const findings = loud(analyze(text));
    assert.deepEqual(findings.map((f) => figure(text, f)), ['11', '18'], describeFindings(findings, text));
    for (const f of findings) assert.deepEqual(f.fixes.map((x) => [x.preferred, x.edits.map((e) => e.newText)]), [[true, ['10', '17']]]);
    assert.match(findings[0].message, /一同更正后/);
    assert.equal(fixAll(text).text, PROSE + table3Tsv(CONSISTENT));
  });
});

// A pre-2019 统计表 whose （三）申请答复数 is not the sum of its eight items: any one of the nine
// cells could be the wrong one, unless the prose states the items as the table does.
const statsTable = (answered: number): string =>
  [
    '统计指标\t单位\t统计数',
    '三、依申请公开情况\t——\t',
    `（三）申请答复数\t件\t${answered}`,
    ...['1.属于已主动公开范围数\t件\t9', '2.同意公开答复数\t件\t30', '3.同意部分公开答复数\t件\t7', '4.不同意公开答复数\t件\t1', '5.不属于本行政机关公开数\t件\t3', '6.申请信息不存在数\t件\t2', '7.告知作出更改补充数\t件\t1', '8.告知通过其他途径办理数\t件\t1'],
    '四、行政复议数量\t件\t0',
  ].join('\n');

describe('a lone sum', () => {
  test('without prose, every cell is an equally simple correction: none preferred, the total first, three offered', () => {
    const text = statsTable(56);
    const [f] = loud(analyze(text));
    assert.match(f.message, /（三）申请答复数 56 ≠ 9\+30\+7\+1\+3\+2\+1\+1 = 54（差 2）；无法确定哪一格有误，可能的更正：①将（三）申请答复数 56 改为 54；②.*；③.*；等 9 种同样简单的更正/);
    assert.deepEqual(f.fixes.map((x) => x.preferred), [false, false, false]);
    assert.equal(f.fixes[0].title, '将（三）申请答复数 56 改为 54');
  });

  test('prose that states the items as the table does makes the total the clearly best correction', () => {
    const prose = '\n已答复的申请中，属于已主动公开范围的9件，同意公开的30件，同意部分公开的7件，不同意公开的1件，不属于本行政机关公开的3件，申请信息不存在的2件，告知作出更改补充的1件，告知通过其他途径办理的1件。';
    const text = statsTable(56) + prose;
    const [f] = loud(analyze(text));
    assert.equal(figure(text, f), '56');
    assert.deepEqual(f.fixes.map((x) => [x.preferred, x.title]), [[true, '将（三）申请答复数 56 改为 54']]);
  });
});

describe('placeholder and blank cells', () => {
  test('a placeholder is never the target of a fix', () => {
    const text = PROSE + table3Tsv({ ...CONSISTENT, '一、': ['—', 0, 0, 0, 1, 0, 23] });
    const report = analyze(text);
    for (const f of report.findings) for (const e of f.fixes.flatMap((x) => x.edits)) assert.notEqual(text.slice(e.span.start, e.span.end), '—', f.message);
    assert.ok(loud(report).length > 0, 'the table is still checked');
  });

  test('a 总计 left as a placeholder on a detail row is not checked, nor the identities that involve it', () => {
    const text = PROSE + table3Tsv({ ...CONSISTENT, '（一）': [10, 0, 0, 0, 1, 0, '—'], '（二）': [2, 0, 0, 0, 0, 0, '/'] });
    assert.deepEqual(loud(analyze(text)), []);
  });

  test('a placeholder among the parts counts as zero', () => {
    const text = PROSE + table3Tsv({ ...CONSISTENT, '（一）': [10, '—', '—', '—', 1, '—', 12] });
    const findings = loud(analyze(text));
    assert.ok(findings.some((f) => figure(text, f) === '12' && /10\+0\+0\+0\+1\+0 = 11/.test(f.message)), describeFindings(findings, text));
  });
});

describe('proofs', () => {
  test('a prose fix that would break the sentence\'s own list is not offered', () => {
    // the table says 22; the prose says 23 and lists parts adding up to 23
    const text = PROSE + table3Tsv(CONSISTENT).replace('\t22\t0\t0\t0\t1\t0\t23', '\t21\t0\t0\t0\t1\t0\t22').replace('四、结转下年度继续办理\t\t5\t0\t0\t0\t0\t0\t5', '四、结转下年度继续办理\t\t4\t0\t0\t0\t0\t0\t4');
    const prose = analyze(text).findings.find((f) => f.rule === 'prose-table-mismatch');
    assert.ok(prose, describeFindings(analyze(text).findings, text));
    assert.ok(prose.fixes.every((x) => !x.title.startsWith('按统计表')), prose.fixes.map((x) => x.title).join('\n'));
  });

  test('a prose total that the table states too keeps its finding but loses the fix that would contradict the table', () => {
    const table = ['统计指标\t单位\t统计数', '（一）收到申请数\t件\t10', '1.当面申请数\t件\t4', '2.传真申请数\t件\t0', '3.网络申请数\t件\t5', '4.信函申请数\t件\t1', '四、行政复议数量\t件\t0'].join('\n');
    const text = `${table}\n全年共收到申请10件，其中当面申请4件、网络申请5件、其他方式2件。`;
    const unproven = analyze(text, { proveFixes: false }).findings.find((f) => f.rule === 'sum-mismatch');
    assert.deepEqual(unproven?.fixes.map((x) => x.title), ['将 10 改为 11'], 'the candidate fix');
    const proven = analyze(text).findings.find((f) => f.rule === 'sum-mismatch');
    assert.ok(proven);
    assert.equal(figure(text, proven), '10');
    assert.deepEqual(proven.fixes, []);
  });
});

describe('edits', () => {
  const edit = (start: number, end: number, newText: string) => ({ span: { start, end }, newText });
  test('identical edits are merged, overlapping ones refused', () => {
    assert.deepEqual(normaliseEdits([edit(5, 7, 'x'), edit(1, 2, 'y'), edit(5, 7, 'x')]), [edit(1, 2, 'y'), edit(5, 7, 'x')]);
    assert.equal(normaliseEdits([edit(1, 4, 'a'), edit(3, 5, 'b')]), null);
    assert.equal(normaliseEdits([edit(2, 2, 'a'), edit(2, 3, 'b')]), null);
  });
  for (const [name, span, edits, expected] of [
    ['an edit before the span shifts it', { start: 10, end: 12 }, [edit(2, 4, 'abcd')], { start: 12, end: 14 }],
    ['an edit after the span leaves it', { start: 10, end: 12 }, [edit(12, 14, '')], { start: 10, end: 12 }],
    ['an edit of the span itself maps to the new text', { start: 10, end: 12 }, [edit(10, 12, '123')], { start: 10, end: 13 }],
    ['an edit overlapping the span grows it', { start: 10, end: 12 }, [edit(8, 11, 'x')], { start: 8, end: 10 }],
    ['edits on both sides', { start: 10, end: 12 }, [edit(0, 1, ''), edit(10, 12, '9'), edit(20, 21, 'xx')], { start: 9, end: 10 }],
  ] as const) {
    test(`mapSpan: ${name}`, () => assert.deepEqual(mapSpan(span, edits), expected));
  }
});
