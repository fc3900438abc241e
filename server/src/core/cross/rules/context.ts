// What a check across reports sees (a pair of one body's consecutive years, or the whole pairing)
// and how it reports, in the language of its translator.
import { format, sub, type Decimal } from '../../numbers/decimal';
import type { Translator } from '../../messages/translate';
import type { RuleMeta, Severity } from '../../types';
import type { Pairing, PairingResult } from '../pairing';
import type { CrossFinding, CrossSummary, SummaryCell } from '../types';

export type RawCrossFinding = Omit<CrossFinding, 'rule' | 'severity'> & { severity?: Severity };

export interface CrossEmitter {
  report(finding: RawCrossFinding): void;
}

export interface CrossRule {
  meta: RuleMeta;
  /** Checks one body's reports of two consecutive years. */
  checkPair?(pair: Pairing, t: Translator, out: CrossEmitter): void;
  /** Checks what the pairing itself found (reports it could not pair). */
  checkPairing?(pairing: PairingResult, t: Translator, out: CrossEmitter): void;
}

/** One table of both years of a pair: each year's cells by `row|column`, and the two years. */
export function tableOfBothYears(pair: Pairing, table: string): { before: Map<string, SummaryCell>; now: Map<string, SummaryCell>; lastYear: number | null; year: number | null } {
  return { before: cellsOf(pair.earlier.entry.summary, table), now: cellsOf(pair.later.entry.summary, table), lastYear: pair.earlier.identity.year, year: pair.later.identity.year };
}

/** A report's summary cells of one table, by `row|column`. */
export function cellsOf(summary: CrossSummary, table: string): Map<string, SummaryCell> {
  return new Map(summary.cells.filter((c) => c.table === table).map((c) => [`${c.row}|${c.column}`, c]));
}

/** `（差 2）`. */
export function differenceText(t: Translator, a: Decimal, b: Decimal): string {
  const d = sub(a, b);
  return t('arith.difference', { difference: format({ units: Math.abs(d.units), scale: d.scale }) });
}

/** A cell as messages and related locations name it: `2023 年报告 表三 二、上年结转… · 自然人 = 3`. */
export const cellText = (t: Translator, year: number | null, c: SummaryCell): string => t('cross.cell', { year: String(year), cell: c.name, value: c.text });
