// Whose report of which year: from the title, else the file's name, else its folder's; each part with
// where it came from, and the key one body's reports share (what the audit page shows and pairing uses).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reportIdentity, type ReportIdentity } from '../../server/src/core/reportIdentity';

const title = (body: string, year: number, bodyKey = body): ReportIdentity => ({ body, bodyFrom: 'title', bodyKey, year, yearFrom: 'title' });
const none: ReportIdentity = { body: null, bodyFrom: null, bodyKey: null, year: null, yearFrom: null };

const cases: [title: string | null, path: string, expected: ReportIdentity][] = [
  ['标题: 平潭综合实验区2024年度政府信息公开工作年度报告', '23_平潭综合实验区_2025.txt', title('平潭综合实验区', 2024)],
  ['平潭综合实验区2023年政府信息公开工作年度报告', 'a.txt', title('平潭综合实验区', 2023)],
  ['2019年上海市人民政府办公厅政府信息公开工作年度报告', 'x.html', title('上海市人民政府办公厅', 2019)],
  ['重庆市大渡口区 2020年政府信息公开工作年度报告', 'seeds/004.txt', title('重庆市大渡口区', 2020)],
  ['关于某县2018年度政府信息公开工作年度报告', 'a.txt', title('某县', 2018)],
  ['关于临川区2021年政府信息公开工作年度报告', 'a.txt', title('临川区', 2021)],
  // 于 of a body's name is no part of `关于`
  ['于都县2021年政府信息公开工作年度报告', 'a.txt', title('于都县', 2021)],
  // 人民政府 at the end of a name is the same body
  ['洪泽区人民政府2023年政府信息公开工作年度报告', 'a.txt', title('洪泽区人民政府', 2023, '洪泽区')],
  // the body only in the file name
  ['2023 年政府信息公开工作年度报告', 'realworld/02_洪泽区_2023.raw.txt', { body: '洪泽区', bodyFrom: 'path', bodyKey: '洪泽区', year: 2023, yearFrom: 'title' }],
  ['政府信息公开工作年度报告', '17_平潭综合实验区_2019.html', { body: '平潭综合实验区', bodyFrom: 'path', bodyKey: '平潭综合实验区', year: 2019, yearFrom: 'path' }],
  // the year only in the file name
  ['银州区政府信息公开工作报告', 'reports/银州区-2016.txt', { body: '银州区', bodyFrom: 'title', bodyKey: '银州区', year: 2016, yearFrom: 'path' }],
  // the folder names the body, the file the year, or the other way round
  [null, '洪泽区/2023年度报告.pdf', { body: '洪泽区', bodyFrom: 'path', bodyKey: '洪泽区', year: 2023, yearFrom: 'path' }],
  [null, 'reports/临川区/2021年报.txt', { body: '临川区', bodyFrom: 'path', bodyKey: '临川区', year: 2021, yearFrom: 'path' }],
  [null, '2022/东湖区政府信息公开工作年度报告.pdf', { body: '东湖区', bodyFrom: 'path', bodyKey: '东湖区', year: 2022, yearFrom: 'path' }],
  [null, 'C:\\年报\\某市2022年政府信息公开工作年度报告.docx', { body: '某市', bodyFrom: 'path', bodyKey: '某市', year: 2022, yearFrom: 'path' }],
  // a year written `…年` over a bare one (a date of download), else the last bare one
  [null, '东湖区/20240105_2023年报.txt', { body: '东湖区', bodyFrom: 'path', bodyKey: '东湖区', year: 2023, yearFrom: 'path' }],
  [null, '12_东湖区_2019_2020.txt', { body: '东湖区', bodyFrom: 'path', bodyKey: '东湖区', year: 2020, yearFrom: 'path' }],
  // nothing to go by: a hash, a title without the report's words, a number that is no year
  ['公开年报', 'seeds/000_75db285d8e423f19.txt', none],
  [null, 'r12345.txt', none],
  [null, 'reports/a.txt', none],
  // a file or folder name is a body's only when it ends as one
  [null, '年报/空文件.txt', none],
  [null, '汇总/1.txt', none],
  [null, '某市生态环境局/报告2021.txt', { body: '某市生态环境局', bodyFrom: 'path', bodyKey: '某市生态环境局', year: 2021, yearFrom: 'path' }],
];

for (const [titleText, path, expected] of cases) {
  test(`identity of ${titleText ?? '(no title)'} · ${path}`, () => {
    assert.deepEqual(reportIdentity(titleText, path), expected);
  });
}
