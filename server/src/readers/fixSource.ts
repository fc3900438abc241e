// `govreport check --fix` on a text or a web page: the batch each check proposes (`Report.fixAll`,
// the preferred fixes the core proved as a whole, mapped into the source) applied to the source,
// and the source checked again, until no batch is left — as the core's fixAll does on plain text.
// PDF and Word files are not fixed: their text is extracted, not written. Pure.
import { MAX_FIX_ROUNDS } from '../core/fixAll';
import { applyEdits } from '../core/fixes';
import type { AnalyzeOptions } from '../core/types';
import { checkText, type Analyzer, type CheckedSource } from './source';

export interface FixedSource {
  /** The source with every batch applied (the same text when there was nothing to fix). */
  fixed: string;
  /** How many batches were applied. */
  rounds: number;
  /** The check of the fixed source: what remains. */
  checked: CheckedSource;
}

export function fixSource(format: 'text' | 'html', text: string, options: AnalyzeOptions, analyzer: Analyzer): FixedSource {
  let fixed = text;
  let checked = checkText(format, fixed, options, analyzer);
  let rounds = 0;
  for (; rounds < MAX_FIX_ROUNDS && checked.report.fixAll.length > 0; rounds++) {
    fixed = applyEdits(fixed, checked.report.fixAll);
    checked = checkText(format, fixed, options, analyzer);
  }
  return { fixed, rounds, checked };
}
