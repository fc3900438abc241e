// The checks across reports: pure functions of the reports' summaries. Pairs one body's reports by
// year, runs every rule on every pair (and on what could not be paired), with the rules switched
// off or given a severity as for one report: a finding follows the settings of the report it lands in
// (its directives, its configuration file), else the caller's; its messages in the language asked for.
// Linear in reports + pairs.
import { translator } from '../messages/translate';
import { configuredSeverity } from '../rules/meta';
import type { AnalyzeOptions } from '../types';
import { pairReports, type PairingResult } from './pairing';
import { CROSS_RULES } from './rules';
import type { CrossEmitter } from './rules/context';
import type { CrossFinding, ReportEntry } from './types';

export interface CrossCheck {
  pairing: PairingResult;
  findings: CrossFinding[];
}

export function checkAcrossReports(entries: readonly ReportEntry[], options: Pick<AnalyzeOptions, 'disable' | 'severity' | 'locale'> = {}): CrossCheck {
  const pairing = pairReports(entries);
  const t = translator(options.locale);
  const findings: CrossFinding[] = [];
  const disabled = new Set(options.disable ?? []);
  const disabledIn = new Map(entries.map((e) => [e.path, new Set(e.summary.disabled)]));
  const severityIn = new Map(entries.map((e) => [e.path, e.summary.severity]));
  for (const rule of CROSS_RULES) {
    const override = options.severity?.[rule.meta.id];
    if (disabled.has(rule.meta.id) || override === 'off') continue;
    const out: CrossEmitter = {
      report: ({ severity, ...f }) => {
        if (disabledIn.get(f.path)?.has(rule.meta.id)) return;
        // the severity the report it lands in sets, else the caller's
        const configured = severityIn.get(f.path)?.[rule.meta.id] ?? override;
        findings.push({ rule: rule.meta.id, severity: configuredSeverity(rule.meta, severity, configured), ...f });
      },
    };
    for (const pair of pairing.pairs) rule.checkPair?.(pair, t, out);
    rule.checkPairing?.(pairing, t, out);
  }
  findings.sort((a, b) => a.path.localeCompare(b.path) || a.span.start - b.span.start || a.rule.localeCompare(b.rule));
  return { pairing, findings };
}
