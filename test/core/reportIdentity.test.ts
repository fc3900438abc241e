import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reportIdentity, type ReportIdentity } from '../../server/src/core/reportIdentity';

const cases: [title: string | null, path: string, expected: ReportIdentity][] = [
  ['标题: 平潭综合实验区2024年度政府信息公开工作年度报告', '23_平潭综合实验区_2025.txt', { body: '平潭综合实验区', bodyFrom: 'title', year: 2024, yearFrom: 'title' }],
  ['2019年上海市人民政府办公厅政府信息公开工作年度报告', 'x.html', { body: '上海市人民政府办公厅', bodyFrom: 'title', year: 2019, yearFrom: 'title' }],
  ['重庆市大渡口区 2020年政府信息公开工作年度报告', 'seeds/004.txt', { body: '重庆市大渡口区', bodyFrom: 'title', year: 2020, yearFrom: 'title' }],
  ['关于某县2018年度政府信息公开工作年度报告', 'a.txt', { body: '某县', bodyFrom: 'title', year: 2018, yearFrom: 'title' }],
  // the body only in the file name
  ['2023 年政府信息公开工作年度报告', 'realworld/02_洪泽区_2023.raw.txt', { body: '洪泽区', bodyFrom: 'path', year: 2023, yearFrom: 'title' }],
  // the year only in the file name
  ['银州区政府信息公开工作报告', 'reports/银州区-2016.txt', { body: '银州区', bodyFrom: 'title', year: 2016, yearFrom: 'path' }],
  // the folder names the body, the file the year
  [null, '洪泽区/2023年度报告.pdf', { body: '洪泽区', bodyFrom: 'path', year: 2023, yearFrom: 'path' }],
  [null, 'C:\\年报\\某市2022年政府信息公开工作年度报告.docx', { body: '某市', bodyFrom: 'path', year: 2022, yearFrom: 'path' }],
  // nothing to go by: a hash, a title without the report's words, a number that is no year
  ['公开年报', 'seeds/000_75db285d8e423f19.txt', { body: null, bodyFrom: null, year: null, yearFrom: null }],
  [null, 'r12345.txt', { body: null, bodyFrom: null, year: null, yearFrom: null }],
  // a file name is a body's only when it ends as one
  [null, '年报/空文件.txt', { body: null, bodyFrom: null, year: null, yearFrom: null }],
  [null, '某市生态环境局/报告2021.txt', { body: '某市生态环境局', bodyFrom: 'path', year: 2021, yearFrom: 'path' }],
];

for (const [title, path, expected] of cases) {
  test(`identity of ${title ?? '(no title)'} · ${path}`, () => {
    assert.deepEqual(reportIdentity(title, path), expected);
  });
}
