// The audit page's charts, as inline SVG (no script, no fonts of their own): findings by rule, and
// findings by year for each body, stacked by severity, the figure written on every bar.
import { escapeUTF8 as esc } from 'entities';
import type { BodyGroup } from './bodies';
import { GROUPS, GROUP_LABEL, type SeverityGroup } from './findings';

export type Tally = Record<SeverityGroup, number>;

/** What the charts need of one report (no text: the page is written one report at a time). */
export interface ChartInput {
  /** The body it is filed under (null: not known). */
  group: BodyGroup | null;
  year: number | null;
  rules: ReadonlyMap<string, Tally>;
  /** Read, but not recognised as a report (no title, sections or tables): only its prose was checked. */
  unrecognised: boolean;
}

export const emptyTally = (): Tally => ({ error: 0, warning: 0, note: 0 });
const total = (t: Tally) => t.error + t.warning + t.note;
function add(into: Tally, t: Tally): void {
  for (const g of GROUPS) into[g] += t[g];
}

/** A year range longer than this is drawn from its last years only. */
const MAX_YEARS = 12;

export function legendHtml(): string {
  return `<p class="legend">${GROUPS.map((g) => `<span class="key ${g}"></span>${GROUP_LABEL[g]}`).join(' ')}</p>`;
}

export function rulesChart(reports: readonly ChartInput[]): string {
  const byRule = new Map<string, Tally>();
  for (const r of reports) {
    for (const [rule, t] of r.rules) add(byRule.get(rule) ?? byRule.set(rule, emptyTally()).get(rule)!, t);
  }
  const rows = [...byRule].sort((a, b) => total(b[1]) - total(a[1]) || a[0].localeCompare(b[0]));
  if (rows.length === 0) return '<p class="empty">没有问题 (no findings)</p>';
  const [width, label, rowHeight] = [680, 190, 26];
  const bar = width - label - 60;
  const max = Math.max(...rows.map(([, t]) => total(t)));
  const height = rows.length * rowHeight + 4;
  const body = rows.map(([rule, t], i) => {
    const y = i * rowHeight + 4;
    const title = `${rule}：${tallyText(t)}`;
    return `<g><title>${esc(title)}</title><text class="label" x="${label - 8}" y="${y + 15}" text-anchor="end">${esc(rule)}</text>` +
      `${stack(t, max, bar, (x, w) => [label + x, y + 2, w, rowHeight - 8])}` +
      `<text class="value" x="${label + (total(t) / max) * bar + 6}" y="${y + 15}">${total(t)}</text></g>`;
  });
  return `<svg class="chart" id="chart-rules" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="各规则的问题数 (findings by rule)">${body.join('')}</svg>`;
}

export function yearsCharts(reports: readonly ChartInput[]): string {
  const bodies = new Map<BodyGroup, Map<number, { tally: Tally; reports: number }>>();
  for (const r of reports) {
    if (r.group === null || r.year === null) continue;
    const years = bodies.get(r.group) ?? bodies.set(r.group, new Map()).get(r.group)!;
    const cell = years.get(r.year) ?? years.set(r.year, { tally: emptyTally(), reports: 0 }).get(r.year)!;
    if (r.unrecognised) continue; // the year has a file, but no report read: neither 缺 nor a bar
    cell.reports++;
    for (const t of r.rules.values()) add(cell.tally, t);
  }
  if (bodies.size === 0) return '<p class="empty">没有可识别机关与年度的报告 (no report with a known body and year)</p>';
  const max = Math.max(1, ...[...bodies.values()].flatMap((years) => [...years.values()].map((c) => total(c.tally))));
  const charts = [...bodies].sort((a, b) => a[0].name.localeCompare(b[0].name, 'zh')).map(([{ name: body, others }, years]) => {
    const last = Math.max(...years.keys());
    const first = Math.max(Math.min(...years.keys()), last - MAX_YEARS + 1);
    const [column, plot, top] = [46, 90, 18];
    const width = (last - first + 1) * column + 8;
    const height = top + plot + 34;
    const bars: string[] = [];
    for (let year = first; year <= last; year++) {
      const x = (year - first) * column + 8;
      const cell = years.get(year);
      const base = top + plot;
      bars.push(`<text class="axis" x="${x + 15}" y="${base + 14}" text-anchor="middle">${year}</text>`);
      if (!cell || cell.reports === 0) {
        bars.push(`<text class="missing" x="${x + 15}" y="${base - 4}" text-anchor="middle">${cell ? '未识别' : '缺'}</text>`);
        continue;
      }
      const sum = total(cell.tally);
      const h = (sum / max) * plot;
      const note = cell.reports > 1 ? `<text class="axis" x="${x + 15}" y="${base + 28}" text-anchor="middle">${cell.reports} 份</text>` : '';
      bars.push(
        `<g><title>${esc(`${body} ${year} 年：${tallyText(cell.tally)}（${cell.reports} 份报告）`)}</title>` +
          `${stack(cell.tally, max, plot, (y, hh) => [x, base - y - hh, 30, hh])}` +
          `<text class="value" x="${x + 15}" y="${base - h - 4}" text-anchor="middle">${sum}</text>${note}</g>`,
      );
    }
    const also = others.length > 0 ? ` <small>又作 (also written) ${esc(others.join('、'))}</small>` : '';
    return `<figure class="body-years"><figcaption>${esc(body)}${also}</figcaption><svg class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${esc(`${body} 各年度问题数`)}">${bars.join('')}</svg></figure>`;
  });
  return `<div class="years">${charts.join('\n')}</div>`;
}

export function tallyText(t: Tally): string {
  return GROUPS.map((g) => `${GROUP_LABEL[g]} ${t[g]}`).join('，');
}

/** Segments of a stacked bar: `place(offset, length)` gives x, y, width, height of each. */
function stack(t: Tally, max: number, length: number, place: (offset: number, size: number) => number[]): string {
  let offset = 0;
  return GROUPS.filter((g) => t[g] > 0)
    .map((g) => {
      const size = (t[g] / max) * length;
      const [x, y, w, h] = place(offset, size);
      offset += size;
      return `<rect class="${g}" x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${w.toFixed(1)}" height="${h.toFixed(1)}"/>`;
    })
    .join('');
}
