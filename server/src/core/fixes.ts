// Fixes are data (edits over the original text). A fix is offered only once proven: applied to the
// text and analysed again, it removes the findings that carry it and adds none (markdownlint's
// harness re-lints fixed output the same way). Findings are compared by rule and span, spans
// mapped through the edits. "Fix all" proposes one batch per analysis: every preferred fix at once
// when their combination is proven the same way, else the first preferred fix alone.
import { moveDirectives } from './directives';
import type { AnalysisInput, Finding, Span, TextEdit } from './types';

/**
 * Each proof analyses the whole text again, so the number of proofs per analysis is bounded by the
 * text's length: at most MAX_PROOFS, and at most PROOF_BUDGET characters analysed again in all (a 20 KB
 * report proves 24 fixes, a 100 KB one 6, one of 600 KB or more none). Text dense with tables is
 * analysed at about 6 µs a character, so proving stays within about 4 s of the server's 10 s limit.
 * Fixes beyond the budget are dropped, never offered unproven; preferred fixes of errors are proven first.
 */
export const MAX_PROOFS = 24;
export const PROOF_BUDGET = 600_000;

/** Identical edits once, in text order; null when two different edits overlap. */
export function normaliseEdits(edits: readonly TextEdit[]): TextEdit[] | null {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const out: TextEdit[] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (last && last.span.start === e.span.start && last.span.end === e.span.end && last.newText === e.newText) continue;
    if (last && (e.span.start < last.span.end || e.span.start === last.span.start)) return null;
    out.push(e);
  }
  return out;
}

/** `edits` must be normalised (sorted, not overlapping). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += text.slice(at, e.span.start) + e.newText;
    at = e.span.end;
  }
  return out + text.slice(at);
}

/** The input with `edits` (normalised) applied: the text edited, the grid cells moved with it. */
export function editInput(input: AnalysisInput, edits: readonly TextEdit[]): AnalysisInput {
  const edited: AnalysisInput = { text: applyEdits(input.text, edits) };
  if (input.grids) edited.grids = input.grids.map((g) => ({ rows: g.rows.map((row) => row.map((c) => ({ ...c, ...mapSpan(c, edits) }))) }));
  // directives given apart from the text (an HTML page's) move with it; those in the text are read again
  if (input.directives) edited.directives = moveDirectives(input.directives, (at) => mapSpan({ start: at, end: at }, edits).start);
  return edited;
}

/** Where a span of the old text lies in the edited text; a span an edit overlaps grows to cover it. */
export function mapSpan(span: Span, edits: readonly TextEdit[]): Span {
  let start = span.start;
  let end = span.end;
  let before = 0; // growth of the text before the span
  let inside = 0; // growth of the text within it
  for (const e of edits) {
    const delta = e.newText.length - (e.span.end - e.span.start);
    if (e.span.end <= span.start) before += delta;
    else if (e.span.start < span.end) {
      start = Math.min(start, e.span.start);
      end = Math.max(end, e.span.end);
      inside += delta;
    }
  }
  return { start: start + before, end: end + before + inside };
}

const keyOf = (f: Finding, span: Span): string => `${f.rule}@${span.start}:${span.end}`;
const fixKey = (edits: readonly TextEdit[]): string => edits.map((e) => `${e.span.start}:${e.span.end}=${e.newText}`).join('|');

/**
 * Whether the findings of `after` (the text with `edits` applied) are those of `before` minus at least
 * `removed` (which must be gone).
 */
export function isImprovement(before: readonly Finding[], after: readonly Finding[], edits: readonly TextEdit[], removed: readonly Finding[]): boolean {
  const kept = new Set(before.map((f) => keyOf(f, mapSpan(f.span, edits))));
  const now = new Set(after.map((f) => keyOf(f, f.span)));
  return after.every((f) => kept.has(keyOf(f, f.span))) && removed.every((f) => !now.has(keyOf(f, mapSpan(f.span, edits))));
}

/** Keeps the fixes that prove themselves; `reanalyse` analyses the input edited, without proving its fixes. */
export function proveFixes(text: string, findings: readonly Finding[], reanalyse: (edits: readonly TextEdit[]) => Finding[]): Finding[] {
  const budget = Math.min(MAX_PROOFS, Math.floor(PROOF_BUDGET / Math.max(1, text.length)));
  const fixes = new Map<string, { edits: TextEdit[]; rank: number }>();
  const keyed = findings.map((f) =>
    f.fixes.map((fix) => {
      const edits = normaliseEdits(fix.edits);
      if (!edits || edits.length === 0) return null;
      const key = fixKey(edits);
      const rank = (fix.preferred ? 0 : 2) + (f.severity === 'error' ? 0 : 1);
      const known = fixes.get(key);
      if (!known || rank < known.rank) fixes.set(key, { edits, rank });
      return key;
    }),
  );
  const proven = new Set<string>();
  const order = [...fixes].sort((a, b) => a[1].rank - b[1].rank).slice(0, budget);
  for (const [key, { edits }] of order) {
    const carriers = findings.filter((_, i) => keyed[i].includes(key));
    if (isImprovement(findings, reanalyse(edits), edits, carriers)) proven.add(key);
  }
  return findings.map((f, i) => (f.fixes.length === 0 ? f : { ...f, fixes: f.fixes.filter((_, j) => proven.has(keyed[i][j] ?? '')) }));
}

/** The preferred fixes of `findings` (each proven on its own) in text order, each with its carriers, skipping those that overlap an earlier one. */
function preferredFixes(findings: readonly Finding[]): { edits: TextEdit[]; carriers: Finding[] }[] {
  const chosen: { key: string; edits: TextEdit[]; carriers: Finding[] }[] = [];
  const taken: TextEdit[] = [];
  for (const finding of findings) {
    for (const fix of finding.fixes.filter((f) => f.preferred)) {
      const edits = normaliseEdits(fix.edits);
      if (!edits) continue;
      const key = JSON.stringify(edits);
      const same = chosen.find((c) => c.key === key);
      if (same) same.carriers.push(finding);
      else if (normaliseEdits([...taken, ...edits])) {
        taken.push(...edits);
        chosen.push({ key, edits, carriers: [finding] });
      }
    }
  }
  return chosen;
}

/** The batch of edits fix all applies to this analysis; `reanalyse` analyses the input edited. */
export function fixAllBatch(findings: readonly Finding[], reanalyse: (edits: readonly TextEdit[]) => Finding[]): TextEdit[] {
  const fixes = preferredFixes(findings);
  if (fixes.length <= 1) return fixes[0]?.edits ?? [];
  const edits = normaliseEdits(fixes.flatMap((f) => f.edits))!;
  return isImprovement(findings, reanalyse(edits), edits, fixes.flatMap((f) => f.carriers)) ? edits : fixes[0].edits;
}

