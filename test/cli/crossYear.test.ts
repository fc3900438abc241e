// `govreport check FOLDER` on one body's reports of several years: the findings across years in
// text, JSON and SARIF, each in its file with the other year's file as related location; --no-cross.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Analyzer } from '../../server/src/cli/run';
import { analyze } from '../../server/src/core/analyze';
import { LineIndex } from '../../server/src/core/lineIndex';
import { generateSeries } from '../support/series';
import { runCli, tempDir } from './helpers';
import { sarifErrors } from './sarifSchema';

const folder = tempDir();
const series = generateSeries({ seed: 41, name: '东湖区', years: [2021, 2022], flattening: 'tsv', plants: [{ kind: 'carry', year: 2022, column: '自然人', delta: 1 }] });
const [earlier, later] = series.map((s) => ({ path: `reports/东湖区-${s.year}.txt`, text: s.report.text, report: s.report }));
const cell = (r: typeof earlier, row: string, col: string) => {
  const { span } = r.report.cells.find((c) => c.table === '三' && c.row === row && c.col === col)!;
  const lines = new LineIndex(r.text);
  return { start: lines.positionAt(span.start), end: lines.positionAt(span.end) };
};
const CARRIED = '二、上年结转政府信息公开申请数量';
const NEXT = '四、结转下年度继续办理';

before(() => {
  for (const r of [earlier, later]) folder.write(r.path, r.text);
});
after(() => folder.remove());

describe('checks across years on the command line', () => {
  test('text: the finding in this year’s file, its place in last year’s file indented below; exit code 1', async () => {
    const { code, stdout } = await runCli(['check', 'reports'], folder.dir);
    const at = cell(later, CARRIED, '自然人').start;
    const from = cell(earlier, NEXT, '自然人').start;
    const lines = stdout.split('\n');
    const i = lines.findIndex((l) => l.startsWith(`${later.path}:${at.line + 1}:${at.character + 1} error carry-over-mismatch `));
    assert.ok(i >= 0, stdout);
    assert.match(lines[i], /跨年度配对：东湖区 2021 年与 2022 年报告/);
    assert.ok(lines[i + 1].startsWith(`  → ${earlier.path}:${from.line + 1}:${from.character + 1} 2021 年报告 ${NEXT} · 自然人 = `), lines[i + 1]);
    assert.equal(code, 1);
  });

  test('json: crossYear after the files, with the pairing and each finding’s related range in the other file', async () => {
    const { stdout } = await runCli(['check', '--format', 'json', 'reports'], folder.dir);
    const out = JSON.parse(stdout);
    assert.equal(out.files.length, 2);
    assert.deepEqual(out.crossYear.pairs, [
      { body: '东湖区', earlier: { path: earlier.path, year: 2021 }, later: { path: later.path, year: 2022 }, basis: '跨年度配对：东湖区 2021 年与 2022 年报告，依据标题中的机关名称与年份' },
    ]);
    const natural = out.crossYear.findings.find((f: { message: string }) => f.message.includes('· 自然人'));
    assert.equal(natural.path, later.path);
    assert.deepEqual(natural.range, cell(later, CARRIED, '自然人'));
    assert.deepEqual(natural.related[0], { path: earlier.path, message: natural.related[0].message, range: cell(earlier, NEXT, '自然人') });
    assert.deepEqual(out.crossYear.gaps, []);
  });

  test('sarif: the result in its artifact, the related location in the other; the log validates', async () => {
    const { stdout } = await runCli(['check', '--format', 'sarif', 'reports'], folder.dir);
    const log = JSON.parse(stdout);
    assert.deepEqual(sarifErrors(log), []);
    const result = log.runs[0].results.find((r: { ruleId: string; message: { text: string } }) => r.ruleId === 'carry-over-mismatch' && r.message.text.includes('· 自然人'));
    const at = cell(later, CARRIED, '自然人');
    assert.deepEqual(result.locations[0].physicalLocation.region, { startLine: at.start.line + 1, startColumn: at.start.character + 1, endLine: at.end.line + 1, endColumn: at.end.character + 1 });
    assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, encodeURI(later.path));
    assert.equal(result.relatedLocations[0].physicalLocation.artifactLocation.uri, encodeURI(earlier.path));
  });

  test('--lang en: the findings across years, their related places and the pairing in English', async () => {
    const { stdout } = await runCli(['check', '--lang', 'en', 'reports'], folder.dir);
    const value = (r: typeof earlier, row: string) => r.report.cells.find((c) => c.table === '三' && c.row === row && c.col === '自然人')!.value;
    const [at, from] = [cell(later, CARRIED, '自然人').start, cell(earlier, NEXT, '自然人').start];
    const lines = stdout.split('\n');
    const i = lines.findIndex((l) => l.startsWith(`${later.path}:${at.line + 1}:${at.character + 1} error carry-over-mismatch `));
    assert.equal(
      lines[i],
      `${later.path}:${at.line + 1}:${at.character + 1} error carry-over-mismatch ${CARRIED} · 自然人 ${value(later, CARRIED)} differs from ${NEXT} · 自然人 ${value(earlier, NEXT)} in the 2021 report (off by 1): ` +
        'what this year carries over must be what last year’s report carried into the next year (paired across years: 东湖区, the reports of 2021 and 2022, by the body and the year their titles name)',
    );
    assert.equal(lines[i + 1], `  → ${earlier.path}:${from.line + 1}:${from.character + 1} the 2021 report: ${NEXT} · 自然人 = ${value(earlier, NEXT)}`);
    const json = JSON.parse((await runCli(['check', '--lang', 'en', '--format', 'json', 'reports'], folder.dir)).stdout);
    assert.equal(json.crossYear.pairs[0].basis, 'paired across years: 东湖区, the reports of 2021 and 2022, by the body and the year their titles name');
  });

  test('--no-cross: no pairing, no finding across years', async () => {
    const { stdout } = await runCli(['check', '--no-cross', '--format', 'json', 'reports'], folder.dir);
    assert.equal(JSON.parse(stdout).crossYear, undefined);
    const text = await runCli(['check', '--no-cross', 'reports'], folder.dir);
    assert.doesNotMatch(text.stdout, /carry-over-mismatch/);
  });

  test('--no-cross: the reports are not summarised at all', async () => {
    let summarised = 0;
    const counting: Analyzer = (input, options) => {
      const report = analyze(input, options);
      if (report.crossYear) summarised++;
      return report;
    };
    await runCli(['check', '--no-cross', 'reports'], folder.dir, { analyzer: counting });
    assert.equal(summarised, 0);
    await runCli(['check', 'reports'], folder.dir, { analyzer: counting });
    assert.equal(summarised, 2);
  });

  test('--disable switches one check across years off', async () => {
    const { stdout } = await runCli(['check', '--disable', 'carry-over-mismatch', '--format', 'json', 'reports'], folder.dir);
    assert.deepEqual(JSON.parse(stdout).crossYear.findings, []);
  });

  test('a configuration file’s severities apply to the checks across years of the reports below it', async () => {
    const configured = tempDir();
    try {
      for (const r of [earlier, later]) configured.write(r.path, r.text);
      configured.write('reports/.govreportrc.json', '{ "rules": { "carry-over-mismatch": "warning" } }');
      const { code, stdout } = await runCli(['check', '--format', 'json', 'reports'], configured.dir);
      const findings: { rule: string; severity: string }[] = JSON.parse(stdout).crossYear.findings;
      assert.deepEqual([...new Set(findings.filter((f) => f.rule === 'carry-over-mismatch').map((f) => f.severity))], ['warning']);
      assert.equal(code, 0);
      // the command line's --rule over the file's
      const strict = await runCli(['check', '--rule', 'carry-over-mismatch=error', '--format', 'json', 'reports'], configured.dir);
      assert.deepEqual([...new Set(JSON.parse(strict.stdout).crossYear.findings.filter((f: { rule: string }) => f.rule === 'carry-over-mismatch').map((f: { severity: string }) => f.severity))], ['error']);
    } finally {
      configured.remove();
    }
  });

  test('a single report: the output is as before (no crossYear)', async () => {
    const { stdout } = await runCli(['check', '--format', 'json', later.path], folder.dir);
    assert.deepEqual(Object.keys(JSON.parse(stdout)), ['files']);
  });
});

describe('the audit page names each report as the pairing does', () => {
  // titles that write the year first, files named for neither body nor year: what pairs them is what the page shows
  const audit = tempDir();
  before(() => {
    for (const s of generateSeries({ seed: 43, name: '南湖区', years: [2021, 2022], flattening: 'tsv' })) {
      audit.write(`audit/${s.year - 2020}.txt`, s.report.text.replace(`南湖区${s.year}年`, `${s.year}年南湖区人民政府`));
    }
  });
  after(() => audit.remove());

  test('the summary’s body and year of both reports are the pair’s, and the pair says its names came from the titles', async () => {
    const { stdout } = await runCli(['check', '--format', 'html', 'audit'], audit.dir);
    const rows = [...stdout.matchAll(/<tr id="row-r\d+" data-body="([^"]*)"><td[^>]*>.*?<\/td><td[^>]*>.*?<\/td><td class="nowrap" data-v="(\d+)">/g)].map((m) => [m[1], Number(m[2])]);
    assert.deepEqual(rows, [['南湖区人民政府', 2021], ['南湖区人民政府', 2022]]);
    assert.match(stdout, /<li>南湖区人民政府：2021 年度 audit\/1\.txt → 2022 年度 audit\/2\.txt（跨年度配对：南湖区人民政府 2021 年与 2022 年报告，依据标题中的机关名称与年份）<\/li>/);
  });
});
