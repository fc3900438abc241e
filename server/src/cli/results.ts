// What the formatters receive: one result per file, in order, then the totals.
import { isRecognisedReport } from '../core/detect';
import { LineIndex, type Position } from '../core/lineIndex';
import type { Report, Span } from '../core/types';
import type { SourceFormat } from '../readers/source';
import type { Encoding } from './decode';
import type { Location } from '../readers/types';
import type { CrossOutput } from './crossYear';

/** `text` is what the report's spans point into: the decoded source (without BOM) for text and HTML. */
export type FileResult =
  | {
      path: string;
      format: SourceFormat;
      text: string;
      report: Report;
      locations?: (Location | null)[];
      /** --fix, --fix-dry-run: the text before and after the fixes, when they changed it (`text` is `after`). */
      fix?: { before: string; after: string; encoding: Encoding };
    }
  | { path: string; error: string };

export interface Totals {
  errors: number;
  warnings: number;
  /** info and hint findings */
  notes: number;
  /** files read and checked */
  checked: number;
  unreadable: number;
  /** files read but not recognised as reports (no title, sections or tables): only their prose checked */
  unrecognised: number;
  /** command-line paths that named no file to check (missing, or a folder or glob without matches) */
  unmatched: number;
}

/** Output is produced piece by piece so that no more than one file's text is held at a time. */
export interface Formatter {
  begin(): string;
  file(result: FileResult): string;
  /** The findings across reports, after the last file and before `end` (only when some were paired). */
  cross?(output: CrossOutput): string;
  end(totals: Totals): string;
}

export interface Range {
  start: Position;
  end: Position;
}

export function rangeOf(lines: LineIndex, span: Span): Range {
  return { start: lines.positionAt(span.start), end: lines.positionAt(span.end) };
}

export function tally(totals: Totals, result: FileResult): void {
  if ('error' in result) {
    totals.unreadable++;
    return;
  }
  totals.checked++;
  if (!isRecognisedReport(result.report)) totals.unrecognised++;
  for (const { severity } of result.report.findings) {
    if (severity === 'error') totals.errors++;
    else if (severity === 'warning') totals.warnings++;
    else totals.notes++;
  }
}

/** --quiet: the result with its error findings only (and their locations). */
export function onlyErrors(result: FileResult): FileResult {
  if ('error' in result) return result;
  const keep = result.report.findings.map((f) => f.severity === 'error');
  return {
    ...result,
    report: { ...result.report, findings: result.report.findings.filter((_, i) => keep[i]) },
    ...(result.locations ? { locations: result.locations.filter((_, i) => keep[i]) } : {}),
  };
}

/** 2 when a path named no file or nothing could be checked, 1 when an error-severity finding was reported, else 0. */
export function exitCodeOf(totals: Totals): number {
  if (totals.checked === 0 || totals.unmatched > 0) return 2;
  return totals.errors > 0 ? 1 : 0;
}
