// Fix all, as `govreport check --fix` does it: the batch each analysis proposes (`Report.fixAll`,
// proven as a whole, see fixes.ts) applied until none is left, as ESLint's passes do.
import { analyze } from './analyze';
import { editInput, normaliseEdits } from './fixes';
import type { AnalysisInput, AnalyzeOptions, TextEdit } from './types';

/** Rounds of `fixAll`: a batch can only remove findings, so few are ever needed. */
export const MAX_FIX_ROUNDS = 10;

export interface FixAllResult {
  text: string;
  /** How many batches were applied. */
  applied: number;
  /** The edits that turn the original text into `text`, in its offsets, sorted. */
  edits: TextEdit[];
}

export function fixAll(source: string | AnalysisInput, options: AnalyzeOptions = {}): FixAllResult {
  let current = typeof source === 'string' ? { text: source } : source;
  const done: TextEdit[] = []; // in the original text's offsets
  let applied = 0;
  for (; applied < MAX_FIX_ROUNDS; applied++) {
    const batch = analyze(current, { ...options, explain: false }).fixAll;
    const original = batch.map((e) => ({ span: { start: toOriginal(done, e.span.start), end: toOriginal(done, e.span.end) }, newText: e.newText }));
    const merged = normaliseEdits([...done, ...original]);
    if (batch.length === 0 || !merged) break;
    current = editInput(current, batch);
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
