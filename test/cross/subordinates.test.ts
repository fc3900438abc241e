// A region's prose about its subordinates as a whole against their own reports in the folder: only a
// stated figure below the sum of the reports found is wrong (the folder may not hold them all); the
// region's own table never enters; subordinates are those below the region's folder, or beside it
// with the region's name before theirs, and of the kind the prose names.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../../server/src/core/analyze';
import { checkAcrossReports } from '../../server/src/core/cross/check';
import { generateSeries } from '../support/series';

const NEW = '一、本年新收政府信息公开申请数量';
const report = (name: string, year: number, seed: number) => generateSeries({ seed, name, years: [year], flattening: 'tsv' })[0].report;
const newTotal = (r: ReturnType<typeof report>) => r.cells.find((c) => c.table === '三' && c.row === NEW && c.col === '总计')!;

const counties = [report('洪泽区', 2023, 61), report('清江浦区', 2023, 62), report('涟水县', 2023, 63)];
const sum = counties.reduce((n, r) => n + newTotal(r).value, 0);
const region = (sentence: string) => {
  const r = report('淮安市', 2023, 64);
  return { text: `${r.text}${sentence}\n`, at: r.text.length };
};

function check(regionText: string, subordinates: { path: string; text: string }[]) {
  const entries = [{ path: '淮安市/淮安市2023年报.txt', text: regionText }, ...subordinates].map((e) => ({ path: e.path, summary: analyze(e.text).crossYear! }));
  return checkAcrossReports(entries).findings;
}
const below = (names = ['洪泽区', '清江浦区', '涟水县']) => counties.map((r, i) => ({ path: `淮安市/${names[i]}/2023年报.txt`, text: r.text }));

describe('a region’s figure for its subordinates', () => {
  test('below the sum of the county reports in the folders below it: a warning at the figure, each county’s cell related', () => {
    const stated = sum - 15;
    const { text, at } = region(`各县区共收到政府信息公开申请${stated}件。`);
    const findings = check(text, below());
    const start = text.indexOf(String(stated), at);
    assert.deepEqual(findings.map((f) => [f.rule, f.severity, f.path, f.span]), [['subordinates-sum-mismatch', 'warning', '淮安市/淮安市2023年报.txt', { start, end: start + String(stated).length }]]);
    const parts = counties.map((r, i) => `${['洪泽区', '清江浦区', '涟水县'][i]} ${newTotal(r).value}`).join(' \\+ ');
    assert.match(findings[0].message, new RegExp(`正文所述各县（市、区）的本年新收政府信息公开申请数量 ${stated} 小于文件夹中 3 个下级机关报告统计表之和：${parts} = ${sum}（差 15）`));
    assert.deepEqual(findings[0].related.map((r) => [r.path, r.span]), counties.map((r, i) => [`淮安市/${['洪泽区', '清江浦区', '涟水县'][i]}/2023年报.txt`, newTotal(r).span]));
  });

  for (const [name, sentence, subordinates] of [
    ['equal to the sum', `各县区共收到政府信息公开申请${sum}件。`, below()],
    ['above the sum (a county not in the folder)', `各县区共收到政府信息公开申请${sum + 7}件。`, below()],
    ['the county reports are of another year', `各县区共收到政府信息公开申请${sum - 15}件。`, counties.map((r, i) => ({ path: `淮安市/${i}/2022年报.txt`, text: r.text.replaceAll('2023', '2022') }))],
    ['beside it, without the region’s name: not its subordinates', `各县区共收到政府信息公开申请${sum - 15}件。`, counties.map((r, i) => ({ path: `淮安市/${['洪泽区', '清江浦区', '涟水县'][i]}2023.txt`, text: r.text }))],
    ['the prose names townships, the folder holds counties', `各乡镇共收到政府信息公开申请${sum - 15}件。`, below()],
    ['the region’s own figure, not its subordinates’', `全市共收到政府信息公开申请${sum - 15}件。`, below()],
  ] as const) {
    test(`nothing when ${name}`, () => {
      assert.deepEqual(check(region(sentence).text, [...subordinates]).filter((f) => f.rule === 'subordinates-sum-mismatch'), []);
    });
  }

  test('beside it with the region’s name before theirs: its subordinates', () => {
    const named = counties.map((r, i) => ({ path: `淮安市/淮安市${['洪泽区', '清江浦区', '涟水县'][i]}2023.txt`, text: r.text.replaceAll(['洪泽区', '清江浦区', '涟水县'][i], `淮安市${['洪泽区', '清江浦区', '涟水县'][i]}`) }));
    const findings = check(region(`各县区共收到政府信息公开申请${sum - 1}件。`).text, named);
    assert.deepEqual(findings.map((f) => f.rule), ['subordinates-sum-mismatch']);
  });
});
