// The audit page in a real browser: generated reports of two bodies over several years (errors
// planted, a web page, a report whose text holds a <script>, an unreadable file, a file that is no
// report) checked by the CLI
// as JSON and as the page; headless Chromium (playwright-core, Debian's /usr/bin/chromium) opens the
// page from file:// and the DOM is held against the JSON: counts, a filter, a sort, the panel of the
// checks across years (pairs, the year missing, findings with places in both files); then it is
// printed to PDF. Screenshots and PDF in test-output/. Skipped, with the reason, without Chromium.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, test } from 'node:test';
import { chromium, type Page } from 'playwright-core';
import type { CrossOutput } from '../../server/src/cli/crossYear';
import type { JsonFile } from '../../server/src/cli/formatJson';
import { checkedCells, generateReport, Rng, type TemplateId } from '../support/generate';
import { mutateCell, mutateRestated, restatedCells } from '../support/mutate';
import { renderHtml } from '../support/renderHtml';
import { runCli, tempDir } from './helpers';

const CHROMIUM = '/usr/bin/chromium';
const OUT = resolve('test-output');
const skip = existsSync(CHROMIUM) ? false : `no browser binary at ${CHROMIUM} (apt-get install chromium)`;

const EVIL_SCRIPT = '<script>alert(1)</script>';
const EVIL_NAME = '<img src=x onerror=alert(2)>';
const tmp = tempDir();
after(() => tmp.remove());

/** The generator names a body of its choosing in the title: another body's, of another year. */
const retitled = (text: string, body: string, year: number) => text.replace(/[^\s>]{2}区\d{4}年政府信息公开/, `${body}${year}年政府信息公开`);

/** How a title names the body, when not as its folder does: one body written two ways, then renamed. */
const NAMED: Record<string, string> = { '平江区/2022': '平江区人民政府', '平江区/2024': '新江区' };

/** Reports of 平江区 and 青溪区, 2021–2024 (2023 of 青溪区 missing), one cell wrong in every other one. */
function writeReports(): void {
  const rng = new Rng(7);
  let seed = 1;
  for (const [body, years] of [['平江区', [2021, 2022, 2023, 2024]], ['青溪区', [2021, 2022, 2024]]] as const) {
    for (const year of years) {
      const template: TemplateId = '2021';
      const report = generateReport({ seed: seed++, template, flattening: 'tsv' });
      const text = seed % 2 === 0 ? mutateCell(report, rng.pick(checkedCells(report)), 3).text : report.text;
      tmp.write(`reports/${body}/${year}.txt`, retitled(text, NAMED[`${body}/${year}`] ?? body, year));
    }
  }
  const page = generateReport({ seed: 99, template: '2019', flattening: 'tsv' });
  tmp.write('reports/网页/2020.html', retitled(renderHtml(page.blocks, 'word', '年报').html, '东湖区', 2020));
  // report text and file names are untrusted: markup in them must show as text and never run or load.
  // A prose figure that the table contradicts (a warning) has a script element before it on its line.
  const evil = generateReport({ seed: 5, template: '2019', flattening: 'tsv' });
  const mutation = mutateRestated(evil, restatedCells(evil)[0], 2);
  const lineStart = mutation.text.lastIndexOf('\n', mutation.expected.span.start) + 1;
  tmp.write(`reports/2019${EVIL_NAME}.txt`, retitled(mutation.text.slice(0, lineStart) + EVIL_SCRIPT + mutation.text.slice(lineStart), '南屏区', 2019));
  tmp.write('reports/空文件.txt', '');
  tmp.write('reports/说明.txt', '本目录收录各区历年报告的文本，共 8 份，其中 3 份为网页。\n');
}

test('the audit page in headless Chromium: counts as in the JSON, a filter, a sort, a screenshot and a PDF', { skip, timeout: 180_000 }, async () => {
  writeReports();
  const json = await runCli(['check', '--format', 'json', 'reports'], tmp.dir);
  const html = await runCli(['check', '--format', 'html', '--output-file', 'audit.html', 'reports'], tmp.dir);
  assert.equal(html.code, json.code);
  assert.equal(html.stdout, '');
  const files: JsonFile[] = JSON.parse(json.stdout).files;
  const findings = files.flatMap((f) => ('findings' in f ? f.findings : []));
  const count = (severity: string) => findings.filter((f) => (severity === 'note' ? f.severity === 'info' || f.severity === 'hint' : f.severity === severity)).length;
  assert.ok(count('error') >= 3 && count('warning') + count('note') >= 1, 'the inputs have errors and other findings');

  mkdirSync(OUT, { recursive: true });
  const xdg = join(tmp.dir, 'xdg');
  mkdirSync(join(xdg, 'tmp'), { recursive: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    env: { ...process.env, XDG_CONFIG_HOME: xdg, XDG_CACHE_HOME: xdg, TMPDIR: join(xdg, 'tmp') },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('request', (r) => requests.push(r.url()));
    page.on('dialog', (d) => problems.push(`dialog: ${d.message()}`));
    const url = pathToFileURL(join(tmp.dir, 'audit.html')).href;
    await page.goto(url);
    await page.waitForSelector('#shown:not(:empty)');

    // self-contained, and the report's own markup neither runs nor loads
    assert.deepEqual(requests, [url]);
    assert.deepEqual(problems, []);
    assert.equal(await page.title(), '政务公开年报校验报告 (GovReport audit)');
    assert.equal(await page.locator('body img, main script').count(), 0);
    const snippet = page.locator('.finding.warning .snippet', { hasText: EVIL_SCRIPT });
    assert.equal(await snippet.count(), 1, 'the script element shown as text beside the figure');
    assert.equal(await page.locator(`#summary a:text-is("reports/2019${EVIL_NAME}.txt")`).count(), 1);

    // the summary, written last, is shown first
    assert.equal(await page.locator('#main > :first-child').getAttribute('id'), 'overview');
    // one row per file, its counts as in the JSON; one finding per JSON finding
    const rows = page.locator('#summary tbody tr');
    assert.equal(await rows.count(), files.length);
    for (const file of files) {
      const cells = await page.locator('#summary tbody tr', { has: page.locator(`a:text-is("${file.path}")`) }).locator('td').allInnerTexts();
      const expected = 'findings' in file ? ['error', 'warning', 'note'].map((s) => String(file.findings.filter((f) => (s === 'note' ? f.severity === 'info' || f.severity === 'hint' : f.severity === s)).length)) : ['—', '—', '—'];
      assert.deepEqual(cells.slice(5, 8), expected, file.path);
    }
    // a file read but not recognised as a report: a light of its own, not a green one
    const unrecognised = files.filter((f) => 'recognised' in f && !f.recognised).map((f) => f.path);
    assert.deepEqual(unrecognised, ['reports/说明.txt']);
    assert.deepEqual(await page.locator('#summary tbody tr', { has: page.locator('.light.neutral') }).locator('a').allInnerTexts(), unrecognised);
    assert.match(await page.locator('.totals').innerText(), /其中 1 份未识别为年报/);
    assert.equal(await page.locator('section.report .unrecognised').count(), 1);
    assert.equal(await page.locator('.finding').count(), findings.length);
    assert.equal(await page.locator('#shown').innerText(), `显示 ${findings.length} / ${findings.length} 条问题`);
    assert.deepEqual(await page.locator('#summary tbody tr td:nth-child(2)').evaluateAll((tds) => [...new Set(tds.map((td) => td.getAttribute('data-v')))].sort()), ['', '东湖区', '南屏区', '平江区', '平江区人民政府', '新江区', '青溪区']);
    // 平江区's reports, whatever their titles call it, in one chart under its latest name
    assert.deepEqual(await page.locator('figure.body-years figcaption').allInnerTexts(), ['东湖区', '南屏区', '青溪区', '新江区 又作 (also written) 平江区、平江区人民政府']);
    await page.screenshot({ path: join(OUT, 'audit-page.png') });
    await crossPanel(page, JSON.parse(json.stdout).crossYear);

    // filter: errors only, then one body
    await page.getByLabel('警告').uncheck();
    await page.getByLabel('提示').uncheck();
    assert.equal(await page.locator('.finding:visible').count(), count('error'));
    assert.equal(await page.locator('#shown').innerText(), `显示 ${count('error')} / ${findings.length} 条问题`);
    const withErrors = files.filter((f) => 'findings' in f && f.findings.some((x) => x.severity === 'error'));
    assert.equal(await rows.locator('visible=true').count(), withErrors.length);
    await page.locator('select[name=body]').selectOption('新江区');
    const pingjiang = files.filter((f) => f.path.startsWith('reports/平江区/'));
    const pingjiangFindings = pingjiang.flatMap((f) => ('findings' in f ? f.findings : []));
    assert.equal(await page.locator('.finding:visible').count(), pingjiangFindings.filter((f) => f.severity === 'error').length);
    await page.getByLabel('警告').check();
    await page.getByLabel('提示').check();
    assert.equal(await page.locator('.finding:visible').count(), pingjiangFindings.length);
    assert.deepEqual(await rows.locator('visible=true').locator('a').allInnerTexts(), pingjiang.map((f) => f.path), 'the body\'s reports under each of its names');

    // sort: by errors, ascending then descending (all rows shown again)
    await page.reload();
    await page.waitForSelector('#shown:not(:empty)');
    const errorsColumn = async () => (await page.locator('#summary tbody tr td:nth-child(6)').evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('data-v')))));
    const before = await errorsColumn();
    const header = page.locator('#summary th', { hasText: '错误' });
    await header.getByRole('button').click();
    assert.equal(await header.getAttribute('aria-sort'), 'ascending');
    assert.deepEqual(await errorsColumn(), [...before].sort((a, b) => a - b));
    await header.getByRole('button').click();
    assert.equal(await header.getAttribute('aria-sort'), 'descending');
    const descending = await errorsColumn();
    assert.deepEqual(descending, [...before].sort((a, b) => b - a));
    assert.notDeepEqual(descending, before, 'the sort reordered the rows');

    await printed(page);
  } finally {
    await browser.close();
  }
});

/** The checks across years: each body's consecutive years paired, 青溪区's 2023 missing, every finding with its places in both years' files; the reports' filters leave the panel alone. */
async function crossPanel(page: Page, cross: CrossOutput): Promise<void> {
  const panel = page.locator('#cross');
  const pair = (folder: string, year: number, body = folder, basis = '依据标题中的机关名称与年份') =>
    `${body}：${year} 年度 reports/${folder}/${year}.txt → ${year + 1} 年度 reports/${folder}/${year + 1}.txt（跨年度配对：${body} ${year} 年与 ${year + 1} 年报告，${basis}）`;
  assert.deepEqual(await panel.locator('ul').first().locator('> li').allInnerTexts(), [
    pair('平江区', 2021, '平江区人民政府'),
    pair('平江区', 2022),
    pair('平江区', 2023, '新江区', '依据文件名（机关名称由“平江区”改为“新江区”）'),
    pair('青溪区', 2021),
  ]);
  assert.deepEqual(await panel.locator('ul').nth(1).locator('> li').allInnerTexts(), ['青溪区：缺 2023 年度 (missing)']);
  const shown = panel.locator('li.cross-finding');
  assert.equal(await shown.count(), cross.findings.length);
  const place = (p: { path: string; range: CrossOutput['findings'][number]['range'] }) => `${p.path}:${p.range.start.line + 1}:${p.range.start.character + 1}`;
  const across = cross.findings.filter((f) => f.related.some((r) => r.path !== f.path));
  assert.ok(across.length > 0, 'the unrelated years of the generated reports carry different numbers over');
  for (const f of across) {
    const item = shown.filter({ hasText: place(f) }).filter({ hasText: f.message });
    assert.equal(await item.count(), 1, place(f));
    assert.deepEqual(await item.locator('ul > li').allInnerTexts(), f.related.map((r) => `${place(r)} ${r.message}`));
  }
  await panel.screenshot({ path: join(OUT, 'audit-cross.png') });
  await page.getByLabel('错误').uncheck();
  assert.equal(await shown.locator('visible=true').count(), cross.findings.length);
  await page.getByLabel('错误').check();
}

/** Printed to A4 as the print style sheet lays it out: pages, and its text where pdftotext exists. */
async function printed(page: Page): Promise<void> {
  await page.reload();
  await page.waitForSelector('#shown:not(:empty)');
  const pdf = join(OUT, 'audit-page.pdf');
  await page.pdf({ path: pdf, format: 'A4', printBackground: true });
  const pages = (readFileSync(pdf, 'latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
  assert.ok(pages >= 2, `${pages} pages`);
  if (!existsSync('/usr/bin/pdftotext')) return;
  const text = execFileSync('/usr/bin/pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  for (const words of ['政务公开年报校验报告', '各报告汇总', '各规则的问题数', '平江区', '建议更正']) assert.ok(text.includes(words), words);
  assert.doesNotMatch(text, /严重程度/, 'the filters are not printed');
}
