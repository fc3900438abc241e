// Fixture helper: `⟦…⟧` marks the exact characters a finding must point at; the markers are
// removed before the text is analysed.
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import type { Finding, Fix, Report } from '../../server/src/core/types';

export interface Marked {
  text: string;
  spans: { start: number; end: number; text: string }[];
}

export function unmark(source: string): Marked {
  const spans: Marked['spans'] = [];
  let text = '';
  let i = 0;
  while (i < source.length) {
    const open = source.indexOf('⟦', i);
    if (open < 0) {
      text += source.slice(i);
      break;
    }
    const close = source.indexOf('⟧', open);
    text += source.slice(i, open);
    const inner = source.slice(open + 1, close);
    spans.push({ start: text.length, end: text.length + inner.length, text: inner });
    text += inner;
    i = close + 1;
  }
  return { text, spans };
}

export const loud = (report: Report): Finding[] => report.findings.filter((f) => f.severity === 'error' || f.severity === 'warning');

export function describeFindings(findings: readonly Finding[], text: string): string {
  return findings.map((f) => `${f.rule} [${text.slice(f.span.start, f.span.end)}]@${f.span.start} ${f.message}`).join('\n') || '(none)';
}

/** The preferred fix of a finding, else its only fix. */
export function fixOf(finding: Finding): Fix | undefined {
  return finding.fixes.find((f) => f.preferred) ?? (finding.fixes.length === 1 ? finding.fixes[0] : undefined);
}

/** Applies a finding's preferred (or only) fix and returns the new text. */
export function applyFix(text: string, finding: Finding): string {
  const fix = fixOf(finding);
  assert.ok(fix, `finding ${finding.rule} has no single fix: ${finding.fixes.map((f) => f.title).join(' | ')}`);
  const edits = [...fix.edits].sort((a, b) => b.span.start - a.span.start);
  return edits.reduce((t, e) => t.slice(0, e.span.start) + e.newText + t.slice(e.span.end), text);
}

export { analyze };
