// A region's prose about its subordinates as a whole against their own reports in the folder: only a
// stated figure below the sum of the reports found is wrong (the folder may not hold them all); the
// region's own table never enters; subordinates are those below the region's folder, or beside it
// with the region's name before theirs, and of the kind the prose names (counties, townships, and
// departments whose name says they are the region's).
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

function check(regionText: string, subordinates: { path: string; text: string }[], regionPath = '淮安市/淮安市2023年报.txt') {
  const entries = [{ path: regionPath, text: regionText }, ...subordinates].map((e) => ({ path: e.path, summary: analyze(e.text).crossYear! }));
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

/** A body's report of 2023 as a file of the folder (its title names it). */
const at = (path: string, name: string, seed: number) => ({ path, name, report: report(name, 2023, seed) });

interface KindCase {
  name: string;
  region: { path: string; name: string };
  /** The region's sentence, given the sum of the subordinates' 本年新收 that should count. */
  sentence: (sum: number) => string;
  /** The subordinates that count, then other reports in the folder. */
  counted: ReturnType<typeof at>[];
  others?: ReturnType<typeof at>[];
  /** The figure stated is this much below the sum: a warning, with this kind's words; 0: nothing. */
  below: number;
  kind?: string;
}

const HONGZE = { path: '淮安市/洪泽区/洪泽区2023年报.txt', name: '洪泽区' };
const HUAIAN = { path: '淮安市/淮安市2023年报.txt', name: '淮安市' };
const TOWNSHIPS = [at('淮安市/洪泽区/高良涧街道/2023年报.txt', '高良涧街道', 71), at('淮安市/洪泽区/岔河镇/2023年报.txt', '岔河镇', 72)];
const DEPARTMENTS = [at('淮安市/淮安市教育局2023年报.txt', '淮安市教育局', 73), at('淮安市/部门/淮安市民政局2023年报.txt', '淮安市民政局', 74)];

const KINDS: KindCase[] = [
  { name: '各乡镇（街道） of a district, its townships in the folders below', region: HONGZE, sentence: (n) => `各乡镇（街道）共收到政府信息公开申请${n - 4}件。`, counted: TOWNSHIPS, below: 4, kind: '乡镇（街道）' },
  { name: '各乡镇（街道）: a township beside with the district’s name before its own', region: HONGZE, sentence: (n) => `各乡镇（街道）共收到政府信息公开申请${n - 1}件。`, counted: [at('淮安市/洪泽区/洪泽区黄集街道2023.txt', '洪泽区黄集街道', 75)], below: 1, kind: '乡镇（街道）' },
  { name: '各部门: the city’s departments named as its own, beside it or below', region: HUAIAN, sentence: (n) => `各部门共收到政府信息公开申请${n - 2}件。`, counted: DEPARTMENTS, below: 2, kind: '部门' },
  { name: '市直各部门', region: HUAIAN, sentence: (n) => `市直各部门共收到政府信息公开申请${n - 3}件。`, counted: DEPARTMENTS, below: 3, kind: '部门' },
  {
    name: '各部门: a county’s department (another place between) and one whose name does not say whose are not the city’s',
    region: HUAIAN,
    sentence: (n) => `各部门共收到政府信息公开申请${n}件。`,
    counted: DEPARTMENTS,
    others: [at('淮安市/淮安市洪泽区教育局2023年报.txt', '淮安市洪泽区教育局', 76), at('淮安市/部门/财政局/2023年报.txt', '财政局', 77)],
    below: 0,
  },
  { name: '各部门, and the folder holds only townships', region: HONGZE, sentence: (n) => `各部门共收到政府信息公开申请${n - 5}件。`, counted: [], others: TOWNSHIPS, below: 0 },
  { name: '各乡镇, and the folder holds only departments', region: HUAIAN, sentence: (n) => `各乡镇共收到政府信息公开申请${n - 5}件。`, counted: [], others: DEPARTMENTS, below: 0 },
];

describe('subordinates of each kind', () => {
  for (const c of KINDS) {
    test(c.name, () => {
      const sum = c.counted.reduce((n, s) => n + newTotal(s.report).value, 0);
      const own = report(c.region.name, 2023, 70);
      const text = `${own.text}${c.sentence(sum)}\n`;
      const reports = [...c.counted, ...(c.others ?? [])].map((o) => ({ path: o.path, text: o.report.text }));
      const findings = check(text, reports, c.region.path).filter((f) => f.rule === 'subordinates-sum-mismatch');
      if (c.below === 0) return assert.deepEqual(findings, []);
      const parts = c.counted.map((s) => `${s.name} ${newTotal(s.report).value}`).join(' + ');
      assert.deepEqual(findings.map((f) => [f.path, text.slice(f.span.start, f.span.end)]), [[c.region.path, String(sum - c.below)]]);
      assert.equal(
        findings[0].message,
        `正文所述各${c.kind}的${NEW.slice(2)} ${sum - c.below} 小于文件夹中 ${c.counted.length} 个下级机关报告统计表之和：${parts} = ${sum}（差 ${c.below}）（2023 年；文件夹中的下级报告可能不全，故只在正文数字小于已有报告之和时提示）`,
      );
      assert.deepEqual(findings[0].related.map((r) => r.path), c.counted.map((s) => s.path));
    });
  }
});
