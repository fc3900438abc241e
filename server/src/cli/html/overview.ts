// The top of the audit page: totals, the filters, the summary table of every report (with a traffic
// light) and the charts. It is written after the reports (its figures are known only then) and the
// page's script moves it first.
import { escapeUTF8 as esc } from 'entities';
import type { IdentitySource, ReportIdentity } from '../../core/reportIdentity';
import type { TemplateId } from '../../core/types';
import type { SourceFormat } from '../../readers/source';
import type { Totals } from '../results';
import type { BodyGroup } from './bodies';
import { legendHtml, rulesChart, yearsCharts, type ChartInput, type Tally } from './charts';
import { GROUPS, GROUP_LABEL } from './findings';

/** One report as the summary shows it: no text, so that all of them may be kept until the end. */
export interface ReportRow extends Omit<ChartInput, 'group'>, ReportIdentity {
  /** The id of its section, `r0`, `r1`, … */
  id: string;
  path: string;
  format: SourceFormat | null;
  template: TemplateId | null;
  counts: Tally;
  /** Why the file could not be read. */
  error: string | null;
  /** What the page says of a file read but not recognised as a report (as the text output does). */
  notice: string | null;
}

/** The value of the body filter for a report whose body is not known (a body has two Han characters at least). */
export const UNKNOWN_BODY = '-';

/** A row with the body it is filed under, known once every report and the pairs across years are. */
export type GroupedRow = ReportRow & { group: BodyGroup | null };

const TEMPLATE_LABEL: Record<TemplateId, string> = { '2019': '2019 版', '2021': '2021 版', pre2019: '2019 年以前' };
const FORMAT_LABEL: Record<SourceFormat, string> = { text: '文本', html: '网页', pdf: 'PDF', docx: 'Word' };
const LIGHTS = [
  { rank: 0, light: 'grey', label: '无法读取' },
  { rank: 1, light: 'neutral', label: '未识别为年报' },
  { rank: 2, light: 'green', label: '通过' },
  { rank: 3, light: 'amber', label: '有警告' },
  { rank: 4, light: 'red', label: '有错误' },
];

/**
 * Errors and warnings show as they do in the exit code, also in the prose of a file not recognised as
 * a report; such a file is never passed (no green light) when nothing was found in it.
 */
export function lightOf(row: Pick<ReportRow, 'error' | 'counts' | 'unrecognised'>): (typeof LIGHTS)[number] {
  if (row.error !== null) return LIGHTS[0];
  if (row.counts.error > 0) return LIGHTS[4];
  if (row.counts.warning > 0) return LIGHTS[3];
  return LIGHTS[row.unrecognised ? 1 : 2];
}

export function overviewHtml(rows: readonly GroupedRow[], totals: Totals, header: { version: string; generatedAt: Date }): string {
  const when = header.generatedAt.toISOString().replace('T', ' ').slice(0, 16);
  // files counted apart: read but not reports (among those checked), and not read at all
  const apart = [
    totals.unrecognised ? `其中 ${totals.unrecognised} 份未识别为年报` : '',
    totals.unreadable ? `另有 ${totals.unreadable} 份无法读取` : '',
  ].filter(Boolean);
  const countedApart = apart.length ? `（${apart.join('，')}）` : '';
  return `<section id="overview">
<h1>政务公开年报校验报告 <small>GovReport audit</small></h1>
<p class="totals">${totals.checked} 份报告${countedApart}：${GROUPS.map((g) => `${GROUP_LABEL[g]} <b>${totalOf(totals, g)}</b>`).join('，')}
<span class="meta">· govreport ${esc(header.version)} · 生成于 ${when} UTC</span></p>
${filtersHtml(rows)}
<section class="panel"><h2>各报告汇总 <small>(summary)</small></h2>
${summaryTable(rows)}</section>
<section class="panel"><h2>各规则的问题数 <small>(findings by rule)</small></h2>${legendHtml()}
${rulesChart(rows)}</section>
<section class="panel"><h2>各机关逐年问题数 <small>(findings by year for each body)</small></h2>${legendHtml()}
${yearsCharts(rows)}</section>
<h2>各报告问题明细 <small>(findings of each report)</small></h2>
</section>
`;
}

function totalOf(totals: Totals, group: (typeof GROUPS)[number]): number {
  return group === 'error' ? totals.errors : group === 'warning' ? totals.warnings : totals.notes;
}

function filtersHtml(rows: readonly GroupedRow[]): string {
  const rules = [...new Set(rows.flatMap((r) => [...r.rules.keys()]))].sort();
  const groups = [...new Set(rows.map((r) => r.group).filter((g): g is BodyGroup => g !== null))].sort((a, b) => a.name.localeCompare(b.name, 'zh'));
  const bodies = groups.map((g) => `<option value="${esc(g.name)}">${esc(g.name)}${g.others.length > 0 ? `（又作 ${esc(g.others.join('、'))}）` : ''}</option>`).join('');
  const unknown = rows.some((r) => r.group === null) ? `<option value="${UNKNOWN_BODY}">（未识别）</option>` : '';
  const options = (values: string[]) => values.map((v) => `<option value="${esc(v)}">${esc(v)}</option>`).join('');
  return `<form class="controls panel" id="filters">
<fieldset><legend>严重程度</legend>${GROUPS.map((g) => `<label><input type="checkbox" name="severity" value="${g}" checked> ${GROUP_LABEL[g]}</label>`).join('')}</fieldset>
<label>规则 <select name="rule"><option value="">全部</option>${options(rules)}</select></label>
<label>机关 <select name="body"><option value="">全部</option>${bodies}${unknown}</select></label>
<output id="shown"></output>
</form>`;
}

function summaryTable(rows: readonly GroupedRow[]): string {
  const sortable = (label: string, type: 'text' | 'num' | 'count' = 'text') =>
    `<th aria-sort="none" data-type="${type === 'text' ? 'text' : 'num'}"${type === 'count' ? ' class="num"' : ''}><button type="button">${label}</button></th>`;
  const head = `<tr>${sortable('状态', 'num')}${sortable('机关')}${sortable('年度', 'num')}${sortable('模板')}${sortable('格式')}${GROUPS.map((g) => sortable(GROUP_LABEL[g], 'count')).join('')}${sortable('文件')}</tr>`;
  return `<table id="summary"><thead>${head}</thead><tbody>\n${rows.map(summaryRow).join('\n')}\n</tbody></table>`;
}

function summaryRow(row: GroupedRow): string {
  const { rank, light, label } = lightOf(row);
  const cell = (value: string | number, shown: string, kind: 'num' | 'nowrap' | 'path' | '' = 'nowrap') =>
    `<td${kind ? ` class="${kind}"` : ''} data-v="${esc(String(value))}">${shown}</td>`;
  const fromPath = (from: IdentitySource | null) => (from === 'path' ? ' <span class="from-path">（据文件名）</span>' : '');
  const body = row.body === null ? '—' : `${esc(row.body)}${fromPath(row.bodyFrom)}`;
  const year = row.year === null ? '—' : `${row.year}${fromPath(row.yearFrom)}`;
  const template = row.error !== null ? '—' : row.template === null ? '未识别' : TEMPLATE_LABEL[row.template];
  const format = row.format === null ? '—' : FORMAT_LABEL[row.format];
  const counts = GROUPS.map((g) => (row.error === null ? cell(row.counts[g], String(row.counts[g]), 'num') : cell(-1, '—', 'num')));
  const reason = row.error ?? row.notice;
  const status = reason === null ? label : `${label}<div class="reason">${esc(reason)}</div>`;
  return (
    `<tr id="row-${row.id}" data-body="${esc(row.group?.name ?? UNKNOWN_BODY)}">` +
    cell(rank, `<span class="light ${light}"></span>${status}`) +
    cell(row.body ?? '', body, '') +
    cell(row.year ?? 0, year) +
    cell(template, template) +
    cell(format, format) +
    counts.join('') +
    cell(row.path, `<a href="#${row.id}">${esc(row.path)}</a>`, 'path') +
    '</tr>'
  );
}
