// The audit page's section of the checks across years: which reports were paired (and on what basis),
// the years missing, and each finding with its place in both years' files. A panel of its own: the
// filters and counts of the reports' sections leave it alone.
import { escapeUTF8 as esc } from 'entities';
import type { CrossOutput, CrossRelatedOut } from '../crossYear';
import { GROUP_LABEL, groupOf } from './findings';

const place = (p: Pick<CrossRelatedOut, 'path' | 'range'>): string => `${esc(p.path)}:${p.range.start.line + 1}:${p.range.start.character + 1}`;

export function crossHtml(output: CrossOutput): string {
  const pairs = output.pairs.map((p) => `<li>${esc(p.body)}：${p.earlier.year} 年度 ${esc(p.earlier.path)} → ${p.later.year} 年度 ${esc(p.later.path)}（${esc(p.basis)}）</li>`);
  const gaps = output.gaps.map((g) => `<li>${esc(g.body)}：缺 ${g.years.join('、')} 年度 (missing)</li>`);
  const findings = output.findings.map((f) => {
    const related = f.related.map((r) => `<li>${place(r)} ${esc(r.message)}</li>`).join('');
    return `<li class="cross-finding ${groupOf(f.severity)}"><span class="severity">${GROUP_LABEL[groupOf(f.severity)]}</span> <code>${esc(f.rule)}</code> ${place(f)}<br>${esc(f.message)}${related ? `<ul>${related}</ul>` : ''}</li>`;
  });
  return [
    '<section class="panel cross" id="cross">',
    '<h3>跨年度核对 (checks across years)</h3>',
    pairs.length > 0 ? `<p>相邻年度配对 (pairs)：</p>\n<ul>${pairs.join('\n')}</ul>` : '',
    gaps.length > 0 ? `<p>缺少的年度 (years missing)：</p>\n<ul>${gaps.join('\n')}</ul>` : '',
    findings.length > 0 ? `<ol class="findings">${findings.join('\n')}</ol>` : '<p>跨年度核对未发现问题 (no findings across years)</p>',
    '</section>',
    '',
  ].filter((l) => l !== '').join('\n') + '\n';
}
