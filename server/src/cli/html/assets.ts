// The audit page's one style sheet and one script, inline, and the Content-Security-Policy that lets
// only these two run: no network, and no script or style that a report's text might smuggle in.
import { createHash } from 'node:crypto';

const FONTS = `"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif`;

export const STYLE = `
:root { --error: #c62828; --warning: #e0a100; --note: #5c7cab; --ok: #2e7d32; --none: #9e9e9e; --line: #d9dde3; --ink: #1f2328; --muted: #5f6b7a; }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font: 15px/1.6 ${FONTS}; color: var(--ink); background: #f6f7f9; }
main { max-width: 1180px; margin: 0 auto; padding: 16px 24px 48px; }
h1 { font-size: 24px; margin: 8px 0 4px; } h1 small, h3 small { font-weight: normal; color: var(--muted); font-size: 14px; }
h2 { font-size: 19px; margin: 28px 0 10px; border-bottom: 2px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 16px; margin: 0 0 4px; } section.panel h2 { margin-top: 0; }
section.panel, section.report { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 12px 16px; margin: 12px 0; }
.totals b { font-size: 17px; }
.controls { display: flex; flex-wrap: wrap; gap: 8px 20px; align-items: center; }
.controls fieldset { border: 0; padding: 0; margin: 0; display: flex; gap: 10px; align-items: center; }
.controls legend { float: left; margin-right: 4px; }
.controls select { font: inherit; max-width: 18em; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
th button { font: inherit; font-weight: bold; border: 0; background: none; padding: 0; cursor: pointer; color: inherit; }
th[aria-sort="ascending"] button::after { content: " ▲"; } th[aria-sort="descending"] button::after { content: " ▼"; }
th, td.nowrap, td.num { white-space: nowrap; }
td.path { word-break: break-all; color: var(--muted); font-size: 13px; }
.from-path, .reason { color: var(--muted); font-size: 12px; } .reason { white-space: normal; max-width: 16em; }
.light { display: inline-block; width: 0.9em; height: 0.9em; border-radius: 50%; vertical-align: -0.1em; margin-right: 4px; background: var(--none); }
.light.red { background: var(--error); } .light.amber { background: var(--warning); } .light.green { background: var(--ok); }
.light.neutral { background: none; border: 2px solid var(--none); }
.key { display: inline-block; width: 0.9em; height: 0.9em; margin: 0 4px 0 10px; vertical-align: -0.1em; }
.key.error, rect.error { background: var(--error); fill: var(--error); }
.key.warning, rect.warning { background: var(--warning); fill: var(--warning); }
.key.note, rect.note { background: var(--note); fill: var(--note); }
svg.chart { max-width: 100%; height: auto; font-size: 12px; }
svg text { fill: var(--ink); } svg text.axis, svg text.missing { fill: var(--muted); } svg text.label { font-family: ui-monospace, monospace; }
.years { display: flex; flex-wrap: wrap; gap: 8px 24px; }
figure.body-years { margin: 0; } figure.body-years figcaption { font-weight: bold; font-size: 14px; }
.meta { color: var(--muted); margin: 0 0 8px; font-size: 14px; }
ol.findings { list-style: none; padding: 0; margin: 0; }
.finding { border-left: 4px solid var(--note); padding: 6px 10px; margin: 8px 0; background: #fafbfc; }
.finding.error { border-color: var(--error); } .finding.warning { border-color: var(--warning); }
.finding-head { font-size: 14px; }
.sev { font-weight: bold; padding: 0 6px; border-radius: 3px; color: #fff; background: var(--note); }
.sev.error { background: var(--error); } .sev.warning { background: var(--warning); color: #222; }
code.rule { color: var(--muted); } .place { color: var(--muted); margin-left: 6px; }
.message { margin: 4px 0; white-space: pre-wrap; }
ul.related { margin: 2px 0 4px; padding-left: 20px; font-size: 13px; color: var(--muted); }
.snippet { margin: 4px 0; padding: 4px 8px; background: #fff; border: 1px dashed var(--line); white-space: pre-wrap; word-break: break-all; font-size: 14px; }
mark { background: #ffe08a; outline: 2px solid var(--error); font-weight: bold; padding: 0 1px; }
.fix { margin: 4px 0; font-size: 14px; } .fix ol { margin: 2px 0; padding-left: 22px; }
del { color: var(--error); } ins { color: var(--ok); text-decoration: none; font-weight: bold; }
.fix-title, .clean, .empty, .unrecognised { color: var(--muted); }
.unreadable { color: var(--error); }
[hidden] { display: none !important; }
@media print {
  body { background: #fff; font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  .controls, .skip { display: none; }
  section.panel, section.report { border: 0; border-top: 1px solid var(--line); border-radius: 0; padding: 6px 0; }
  .finding, tr, figure, svg.chart { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  a { color: inherit; text-decoration: none; }
  @page { size: A4; margin: 14mm 12mm; }
}
`;

export const SCRIPT = `
(() => {
  const main = document.getElementById('main');
  const overview = document.getElementById('overview');
  main.prepend(overview); // written last (its figures are known at the end), read first
  document.querySelector('.skip').remove();
  const form = document.getElementById('filters');
  const sections = Array.from(document.querySelectorAll('section.report'));
  const total = document.querySelectorAll('.finding').length;
  const shown = document.getElementById('shown');
  const apply = () => {
    const severities = new Set(Array.from(form.querySelectorAll('input[name=severity]:checked'), (i) => i.value));
    const rule = form.elements.rule.value;
    const body = form.elements.body.value;
    const narrowed = severities.size < 3 || rule !== '';
    let count = 0;
    for (const section of sections) {
      const row = document.getElementById('row-' + section.id); // its body is known only at the end
      const bodyOk = body === '' || row.dataset.body === body;
      let visible = 0;
      for (const finding of section.querySelectorAll('.finding')) {
        const ok = bodyOk && severities.has(finding.dataset.severity) && (rule === '' || finding.dataset.rule === rule);
        finding.hidden = !ok;
        if (ok) visible++;
      }
      count += visible;
      section.hidden = !bodyOk || (narrowed && visible === 0);
      row.hidden = section.hidden;
    }
    shown.textContent = '显示 ' + count + ' / ' + total + ' 条问题';
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  const table = document.getElementById('summary');
  const headers = Array.from(table.querySelectorAll('th[aria-sort]'));
  for (const th of headers) {
    th.querySelector('button').addEventListener('click', () => {
      const order = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
      for (const other of headers) other.setAttribute('aria-sort', 'none');
      th.setAttribute('aria-sort', order);
      const column = th.cellIndex;
      const numeric = th.dataset.type === 'num';
      const key = (row) => row.cells[column].dataset.v;
      const body = table.tBodies[0];
      const rows = Array.from(body.rows).sort((a, b) => {
        const c = numeric ? Number(key(a)) - Number(key(b)) : key(a).localeCompare(key(b), 'zh');
        return order === 'ascending' ? c : -c;
      });
      body.append(...rows);
    });
  }
  apply();
})();
`;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

export const CONTENT_SECURITY_POLICY = `default-src 'none'; style-src ${sha256(STYLE)}; script-src ${sha256(SCRIPT)}; img-src data:; form-action 'none'; base-uri 'none'`;
