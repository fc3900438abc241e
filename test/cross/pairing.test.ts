// The pairing of one body's reports by year (renamed bodies, missing years, a year published twice,
// one report in several forms). Pure: summaries are made up here, no report is analysed.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { pairReports } from '../../server/src/core/cross/pairing';
import { translator } from '../../server/src/core/messages/translate';
import type { CrossSummary, ReportEntry } from '../../server/src/core/cross/types';

const summary = (title: string | null, cells = 0): CrossSummary => ({
  title: title ? { text: title, span: { start: 0, end: title.length } } : null,
  template: '2021',
  cells: Array.from({ length: cells }, (_, i) => ({ table: 't3', row: 'carry', column: `c${i}`, name: '', value: null, text: '', span: { start: 0, end: 0 } })),
  priorFigures: [],
  subordinateFigures: [],
  sentences: [],
  disabled: [],
  severity: {},
});
const entry = (path: string, title: string | null, cells = 0): ReportEntry => ({ path, summary: summary(title, cells) });
/** A report of `body` and `year` whose table states `figures` (one cell each). */
const stating = (path: string, body: string, year: number, figures: string[]): ReportEntry => {
  const base = entry(path, titled(body, year), figures.length);
  return { path, summary: { ...base.summary, cells: base.summary.cells.map((c, i) => ({ ...c, text: figures[i] })) } };
};
const titled = (body: string, year: number) => `${body}${year}年政府信息公开工作年度报告`;

interface PairingCase {
  name: string;
  entries: ReportEntry[];
  pairs: string[];
  duplicates?: string[];
  gaps?: string[];
  /** Each body's reports as `body:path,path` (checked when given). */
  bodies?: string[];
  basis?: RegExp;
}

const PAIRINGS: PairingCase[] = [
  {
    name: 'consecutive years of one body, by title; another body apart',
    entries: [entry('x/1.txt', titled('东湖区', 2021)), entry('x/2.txt', titled('东湖区', 2022)), entry('x/3.txt', titled('西岭区', 2022)), entry('x/4.txt', titled('东湖区', 2023))],
    pairs: ['x/1.txt→x/2.txt', 'x/2.txt→x/4.txt'],
    basis: /依据标题中的机关名称与年份/,
  },
  {
    name: 'a missing year leaves its neighbours unpaired',
    entries: [entry('a.txt', titled('东湖区', 2019)), entry('b.txt', titled('东湖区', 2020)), entry('c.txt', titled('东湖区', 2022))],
    pairs: ['a.txt→b.txt'],
    gaps: ['东湖区:2021'],
  },
  {
    name: 'a body renamed, followed through its folder',
    entries: [entry('临川县/2020.txt', titled('临川县', 2020)), entry('临川县/2021.txt', titled('临川区', 2021)), entry('临川县/2022.txt', titled('临川区', 2022))],
    pairs: ['临川县/2020.txt→临川县/2021.txt', '临川县/2021.txt→临川县/2022.txt'],
    basis: /机关名称由“临川县”改为“临川区”|依据标题/,
  },
  {
    name: 'a body renamed over a missing year: no pair, one body under its latest name',
    entries: [entry('临川县/2019.txt', titled('临川县', 2019)), entry('临川县/2021.txt', titled('临川区', 2021))],
    pairs: [],
    gaps: ['临川区:2020'],
    bodies: ['临川区:临川县/2019.txt,临川县/2021.txt'],
  },
  {
    name: 'a folder holding two bodies of the same years is no renamed body',
    entries: [entry('汇总/1.txt', titled('东湖区', 2021)), entry('汇总/2.txt', titled('西岭区', 2021)), entry('汇总/3.txt', titled('东湖区', 2022)), entry('汇总/4.txt', titled('西岭区', 2022))],
    pairs: ['汇总/1.txt→汇总/3.txt', '汇总/2.txt→汇总/4.txt'],
    basis: /依据标题/,
  },
  {
    name: 'two different reports of one year: that year is not paired',
    entries: [entry('a2020.txt', titled('东湖区', 2020)), entry('a2021.txt', titled('东湖区', 2021)), entry('b2021.txt', titled('东湖区', 2021)), entry('a2022.txt', titled('东湖区', 2022))],
    pairs: [],
    duplicates: ['东湖区:2021:a2021.txt,b2021.txt'],
  },
  {
    name: 'a copy of a report under another name states the same: it counts once, its year is paired',
    entries: [stating('a2020.txt', '东湖区', 2020, ['1']), stating('a2021.txt', '东湖区', 2021, ['5', '7']), stating('a2021 副本.txt', '东湖区', 2021, ['5', '7']), stating('a2022.txt', '东湖区', 2022, ['9'])],
    pairs: ['a2020.txt→a2021.txt', 'a2021.txt→a2022.txt'],
  },
  {
    name: 'two reports of one year that state different figures are two reports',
    entries: [stating('a2020.txt', '东湖区', 2020, ['1']), stating('a2021.txt', '东湖区', 2021, ['5', '7']), stating('b2021.txt', '东湖区', 2021, ['5', '8'])],
    pairs: [],
    duplicates: ['东湖区:2021:a2021.txt,b2021.txt'],
  },
  {
    name: 'titles that write the year first; the pairing says the names came from them',
    entries: [entry('r/a.txt', '2021年东湖区政府信息公开工作年度报告'), entry('r/b.txt', '2022年东湖区人民政府政府信息公开工作年度报告')],
    pairs: ['r/a.txt→r/b.txt'],
    basis: /^依据标题中的机关名称与年份$/,
  },
  {
    name: 'the body from the file name, the year from the title',
    entries: [entry('r/01_东湖区_2021.txt', '2021年政府信息公开工作年度报告'), entry('r/02_东湖区_2022.txt', '2022年政府信息公开工作年度报告')],
    pairs: ['r/01_东湖区_2021.txt→r/02_东湖区_2022.txt'],
    basis: /^依据标题与文件名中的机关名称与年份$/,
  },
  {
    name: 'body and year from the file and folder names only',
    entries: [entry('东湖区/2021.txt', null), entry('东湖区/2022.txt', null)],
    pairs: ['东湖区/2021.txt→东湖区/2022.txt'],
    basis: /^依据文件名中的机关名称与年份$/,
  },
  {
    name: 'one report as a web page and as text counts once: the best-read form',
    entries: [entry('r/19_东湖区_2021.html', null, 14), entry('r/19_东湖区_2021.txt', titled('东湖区', 2021), 1), entry('r/20_东湖区_2022.txt', titled('东湖区', 2022), 14)],
    pairs: ['r/19_东湖区_2021.html→r/20_东湖区_2022.txt'],
  },
];

describe('pairing reports by body and year', () => {
  for (const c of PAIRINGS) {
    test(c.name, () => {
      const result = pairReports(c.entries);
      assert.deepEqual(result.pairs.map((p) => `${p.earlier.entry.path}→${p.later.entry.path}`), c.pairs);
      assert.deepEqual(result.duplicates.map((d) => `${d.body}:${d.year}:${d.reports.map((r) => r.entry.path).join(',')}`), c.duplicates ?? []);
      assert.deepEqual(result.gaps.map((g) => `${g.body}:${g.years.join(',')}`), c.gaps ?? []);
      if (c.bodies) assert.deepEqual(result.bodies.map((b) => `${b.body}:${b.reports.map((r) => r.entry.path).join(',')}`), c.bodies);
      if (c.basis) for (const p of result.pairs) assert.match(translator().render(p.basis), c.basis);
    });
  }
  test('the renamed body says so in its first pairing', () => {
    const [first] = pairReports(PAIRINGS[2].entries).pairs;
    assert.equal(translator().render(first.basis), '依据文件名（机关名称由“临川县”改为“临川区”）');
  });
});
