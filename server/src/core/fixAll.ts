// Fix all, as `govreport check --fix` and the editor's "fix all" do it: every preferred fix at once,
// proven as a whole (the findings afterwards are those before minus at least the fixed ones); if the
// fixes interfere, one proven fix after another on the text as it stands.
import { analyze } from './analyze';
import { editInput, isImprovement, normaliseEdits } from './fixes';
import type { AnalysisInput, AnalyzeOptions, Finding, Fix, TextEdit } from './types';

export interface FixAllResult {
  text: string;
  /** How many fixes were applied. */
  applied: number;
  /** The edits that turn the original text into `text`, in its offsets, sorted. */
  edits: TextEdit[];
}

/** The preferred fixes of `findings` in text order, each with its carriers, skipping those that overlap an earlier one. */
function preferredFixes(findings: readonly Finding[]): { edits: TextEdit[]; carriers: Finding[] }[] {
  const chosen: { key: string; edits: TextEdit[]; carriers: Finding[] }[] = [];
  const taken: TextEdit[] = [];
  for (const finding of findings) {
    for (const fix of finding.fixes.filter((f: Fix) => f.preferred)) {
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

export function fixAll(source: string | AnalysisInput, options: AnalyzeOptions = {}): FixAllResult {
  const input = typeof source === 'string' ? { text: source } : source;
  const quiet = { ...options, explain: false };
  const before = analyze(input, quiet).findings;
  const fixes = preferredFixes(before);
  if (fixes.length === 0) return { text: input.text, applied: 0, edits: [] };
  const edits = normaliseEdits(fixes.flatMap((f) => f.edits))!;
  const fixed = editInput(input, edits);
  const after = analyze(fixed, { ...quiet, proveFixes: false }).findings;
  if (isImprovement(before, after, edits, fixes.flatMap((f) => f.carriers))) return { text: fixed.text, applied: fixes.length, edits };
  // the fixes interfere: apply the first proven one, analyse again, and so on
  let current = input;
  const done: TextEdit[] = []; // in the original text's offsets
  let applied = 0;
  for (; applied < fixes.length; applied++) {
    const [next] = preferredFixes(analyze(current, quiet).findings);
    const original = next && next.edits.map((e) => ({ span: { start: toOriginal(done, e.span.start), end: toOriginal(done, e.span.end) }, newText: e.newText }));
    const merged = original && normaliseEdits([...done, ...original]);
    if (!merged) break;
    current = editInput(current, next.edits);
    done.splice(0, done.length, ...merged);
  }
  return { text: current.text, applied, edits: done };
}

/** The original offset of an offset in the text with `done` (sorted, original offsets) applied. */
function toOriginal(done: readonly TextEdit[], offset: number): number {
  let shift = 0;
  for (const e of done) {
    const end = e.span.start + shift + e.newText.length; // the edit's end in the edited text
    if (end > offset) break;
    shift += e.newText.length - (e.span.end - e.span.start);
  }
  return offset - shift;
}
