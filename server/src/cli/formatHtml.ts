// `--format html`: one self-contained page for reviewers (inline style and script, no network). Each
// report's section is written as its result comes, so no more than one file's text is held; what the
// top of the page needs (summary, charts, filters) is a small row per report, written at the end.
import { escapeUTF8 as esc } from 'entities';
import { unrecognisedNotice } from '../core/detect';
import { translator } from '../core/messages/translate';
import { reportIdentity } from '../core/reportIdentity';
import { CONTENT_SECURITY_POLICY, SCRIPT, STYLE } from './html/assets';
import { emptyTally, type Tally } from './html/charts';
import { findingsHtml, groupOf, GROUPS, GROUP_LABEL } from './html/findings';
import { crossHtml } from './html/cross';
import { withGroups } from './html/bodies';
import { overviewHtml, type ReportRow } from './html/overview';
import type { CrossOutput } from './crossYear';
import type { FileResult, Formatter, Totals } from './results';

export function htmlFormatter(header: { version: string; generatedAt: Date }): Formatter {
  const rows: ReportRow[] = [];
  /** The reports paired across years (their paths): a body's renames that the pairing followed. */
  const pairs: (readonly [string, string])[] = [];
  return {
    begin: () => `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="govreport ${esc(header.version)}">
<title>政务公开年报校验报告 (GovReport audit)</title>
<style>${STYLE}</style>
</head>
<body>
<main id="main">
<p class="skip"><a href="#overview">汇总与图表 (summary and charts)</a></p>
<div id="reports">
`,
    file(result: FileResult) {
      const row = rowOf(result, `r${rows.length}`);
      rows.push(row);
      return sectionHtml(row, result);
    },
    cross(output: CrossOutput) {
      // one body's reports, as the pairing took them (across renames, also over a missing year)
      for (const { paths } of output.bodies) pairs.push(...paths.slice(1).map((path, i) => [paths[i], path] as const));
      return crossHtml(output);
    },
    end: (totals: Totals) => `</div>\n${overviewHtml(withGroups(rows, pairs), totals, header)}</main>\n<script>${SCRIPT}</script>\n</body>\n</html>\n`,
  };
}

/** The page is in Chinese, whatever --lang says (its labels are). */
const zh = translator('zh-CN');

function rowOf(result: FileResult, id: string): ReportRow {
  const ok = !('error' in result);
  const notice = ok ? unrecognisedNotice(result.report) : null;
  const identity = reportIdentity(ok ? (result.report.title?.text ?? null) : null, result.path);
  const counts = emptyTally();
  const rules = new Map<string, Tally>();
  for (const f of ok ? result.report.findings : []) {
    const group = groupOf(f.severity);
    counts[group]++;
    (rules.get(f.rule) ?? rules.set(f.rule, emptyTally()).get(f.rule)!)[group]++;
  }
  return {
    id,
    path: result.path,
    format: ok ? result.format : null,
    template: ok ? result.report.template : null,
    ...identity,
    counts,
    rules,
    unrecognised: notice !== null,
    error: ok ? null : result.error,
    notice: notice === null ? null : zh(notice),
  };
}

function sectionHtml(row: ReportRow, result: FileResult): string {
  const name = [row.body ?? '（未识别机关）', row.year === null ? '' : `${row.year} 年度`].filter(Boolean).join(' · ');
  const head = `<section class="report" id="${row.id}">\n<h3>${esc(name)} <small>${esc(row.path)}</small></h3>\n`;
  if ('error' in result) return `${head}<p class="unreadable">无法读取 (unreadable)：${esc(result.error)}</p>\n</section>\n`;
  const counts = GROUPS.map((g) => `${GROUP_LABEL[g]} ${row.counts[g]}`).join(' · ');
  const title = result.report.title ? `标题：${esc(result.report.title.text)} · ` : '';
  const findings = findingsHtml({ text: result.text, markup: result.format === 'html', findings: result.report.findings, locations: result.locations });
  const notice = row.notice === null ? '' : `<p class="unrecognised">未识别为年报 (not recognised as a report)：${esc(row.notice)}</p>\n`;
  return `${head}<p class="meta">${title}${counts}</p>\n${notice}${findings}</section>\n`;
}
