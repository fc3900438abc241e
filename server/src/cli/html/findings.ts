// One report's section of the audit page: its findings, each with the arithmetic (the message and
// the figures it names), the source around the figure with the figure marked, and the correction
// (the preferred fix's new text, or the competing ones). Everything from the report is escaped.
import { escapeUTF8 as esc } from 'entities';
import { LineIndex } from '../../core/lineIndex';
import type { Finding, Fix, Severity } from '../../core/types';
import type { Location } from '../../readers/types';
import { snippetOf } from './snippet';

/** The three columns of the summary and the filter: info and hint are both 提示 (as in the text summary). */
export type SeverityGroup = 'error' | 'warning' | 'note';
export const GROUPS: readonly SeverityGroup[] = ['error', 'warning', 'note'];
export const GROUP_LABEL: Record<SeverityGroup, string> = { error: '错误', warning: '警告', note: '提示' };
const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '信息', hint: '提示' };

export const groupOf = (severity: Severity): SeverityGroup => (severity === 'error' || severity === 'warning' ? severity : 'note');

export interface CheckedFile {
  text: string;
  /** The text is a web page's source. */
  markup: boolean;
  findings: readonly Finding[];
  locations?: readonly (Location | null)[];
}

export function findingsHtml(file: CheckedFile): string {
  if (file.findings.length === 0) return '<p class="clean">未发现问题 (no findings)</p>\n';
  const lines = file.locations ? null : new LineIndex(file.text);
  const items = file.findings.map((f, i) => {
    const place = lines ? linePlace(lines, f.span.start) : documentPlace(file.locations?.[i] ?? null);
    return findingHtml(f, place, file);
  });
  return `<ol class="findings">\n${items.join('')}</ol>\n`;
}

function findingHtml(f: Finding, place: string, file: CheckedFile): string {
  const group = groupOf(f.severity);
  const { before, figure, after } = snippetOf(file.text, f.span, file.markup);
  const related = f.related.length ? `<ul class="related">${f.related.map((r) => `<li>${esc(r.message)}</li>`).join('')}</ul>` : '';
  return (
    `<li class="finding ${group}" data-severity="${group}" data-rule="${esc(f.rule)}">` +
    `<div class="finding-head"><span class="sev ${group}">${SEVERITY_LABEL[f.severity]}</span> <code class="rule">${esc(f.rule)}</code>` +
    `${place ? ` <span class="place">${esc(place)}</span>` : ''}</div>` +
    `<p class="message">${esc(f.message)}</p>${related}` +
    `<p class="snippet">${esc(before)}<mark>${esc(figure)}</mark>${esc(after)}</p>` +
    `${fixesHtml(f.fixes, file.text)}</li>\n`
  );
}

function fixesHtml(fixes: readonly Fix[], text: string): string {
  const preferred = fixes.find((fix) => fix.preferred);
  const others = fixes.filter((fix) => fix !== preferred);
  const edits = (fix: Fix) =>
    fix.edits.map((e) => `<del>${esc(text.slice(e.span.start, e.span.end))}</del> → <ins>${esc(e.newText)}</ins>`).join('，');
  const line = (fix: Fix) => `${edits(fix)} <span class="fix-title">（${esc(fix.title)}）</span>`;
  const first = preferred ? `<p class="fix preferred"><b>建议更正</b>：${line(preferred)}</p>` : '';
  if (others.length === 0) return first;
  const heading = preferred ? '其他可能的更正' : '可能的更正（择一，检查器不作取舍）';
  return `${first}<div class="fix alternatives"><b>${heading}</b><ol>${others.map((fix) => `<li>${line(fix)}</li>`).join('')}</ol></div>`;
}

function linePlace(lines: LineIndex, offset: number): string {
  const { line, character } = lines.positionAt(offset);
  return `第 ${line + 1} 行第 ${character + 1} 列`;
}

/** A PDF's page, a Word file's paragraph or table cell (1-based). */
function documentPlace(place: Location | null): string {
  if (!place) return '';
  if ('page' in place) return `第 ${place.page} 页`;
  if ('paragraph' in place) return `第 ${place.paragraph + 1} 段`;
  return `表 ${place.table + 1} 第 ${place.row + 1} 行第 ${place.cell + 1} 列`;
}
