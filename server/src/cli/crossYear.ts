// The checks across years in the CLI: each checked file leaves its small summary (with the line and
// column of every place in it, computed while its text is at hand), never its text; once every file
// is checked, the core pairs one body's reports by year and checks each pair.
import { checkAcrossReports } from '../core/cross/check';
import { pairingMessage, type PairingResult } from '../core/cross/pairing';
import { positionsOf, rangeIn, type SummaryPositions } from '../core/cross/positions';
import { withSharedStrings } from '../core/cross/summary';
import type { CrossFinding, ReportEntry } from '../core/cross/types';
import { translator, type Translator } from '../core/messages/translate';
import type { AnalyzeOptions, Severity, Span } from '../core/types';
import type { FileResult, Range, Totals } from './results';

export interface CrossRelatedOut {
  path: string;
  message: string;
  range: Range;
}

/** A finding across reports as the formatters write it: in one file, with places in the others. */
export interface CrossFindingOut {
  path: string;
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
  related: CrossRelatedOut[];
}

export interface CrossPairOut {
  body: string;
  earlier: { path: string; year: number };
  later: { path: string; year: number };
  basis: string;
}

export interface CrossOutput {
  pairs: CrossPairOut[];
  findings: CrossFindingOut[];
  /** Years missing between a body's reports (its neighbours are not paired). */
  gaps: { body: string; years: number[] }[];
  /** Each body's reports, by year (a renamed body's under all its names), named as its latest report names it. */
  bodies: { body: string; paths: string[] }[];
}

export class CrossYearCollector {
  private readonly entries: ReportEntry[] = [];
  private readonly positions = new Map<string, SummaryPositions>();
  private readonly strings = new Map<string, string>();

  add(result: FileResult): void {
    if ('error' in result || !result.report.crossYear) return;
    this.entries.push({ path: result.path, summary: withSharedStrings(result.report.crossYear, this.strings) });
    this.positions.set(result.path, positionsOf(result.text, result.report.crossYear));
  }

  check(options: Pick<AnalyzeOptions, 'disable' | 'severity' | 'locale'>): CrossOutput {
    const { pairing, findings } = checkAcrossReports(this.entries, options);
    return { pairs: pairsOut(pairing, translator(options.locale)), findings: findings.map((f) => this.out(f)), gaps: pairing.gaps, bodies: pairing.bodies.map((b) => ({ body: b.body, paths: b.reports.map((r) => r.entry.path) })) };
  }

  private range(path: string, span: Span): Range {
    return rangeIn(this.positions.get(path)!, span);
  }

  private out(f: CrossFinding): CrossFindingOut {
    return {
      path: f.path,
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      range: this.range(f.path, f.span),
      related: f.related.map((r) => ({ path: r.path, message: r.message, range: this.range(r.path, r.span) })),
    };
  }
}

function pairsOut(pairing: PairingResult, t: Translator): CrossPairOut[] {
  return pairing.pairs.map((p) => ({
    body: p.body,
    earlier: { path: p.earlier.entry.path, year: p.earlier.identity.year! },
    later: { path: p.later.entry.path, year: p.later.identity.year! },
    basis: t.render(pairingMessage(p)),
  }));
}

export function tallyCross(totals: Totals, output: CrossOutput): void {
  for (const { severity } of output.findings) {
    if (severity === 'error') totals.errors++;
    else if (severity === 'warning') totals.warnings++;
    else totals.notes++;
  }
}
