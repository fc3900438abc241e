// The JSON contract other tools rely on: `{"files":[...]}`, one entry per line. Lines are 0-based,
// characters are UTF-16 code units into the decoded text (the BOM is not part of it).
import { LineIndex } from '../core/lineIndex';
import type { Finding, Fix, Severity, TemplateId } from '../core/types';
import { rangeOf, type FileResult, type Formatter, type Range } from './results';

export interface JsonFinding {
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
  related: { message: string; range: Range }[];
  /** The preferred fix, else the first one offered (kept for consumers of the single-fix contract). */
  fix: JsonFix | null;
  /** Every proven fix; several mean competing corrections, none preferred. */
  fixes: (JsonFix & { preferred: boolean })[];
}

interface JsonFix {
  title: string;
  edits: { range: Range; newText: string }[];
}

export type JsonFile =
  | { path: string; template: TemplateId | null; findings: JsonFinding[] }
  | { path: string; error: string };

export function jsonFormatter(): Formatter {
  let count = 0;
  return {
    begin: () => '{"files":[\n',
    file: (result) => `${count++ > 0 ? ',\n' : ''}${JSON.stringify(jsonFile(result))}`,
    end: () => `${count > 0 ? '\n' : ''}]}\n`,
  };
}

export function jsonFile(result: FileResult): JsonFile {
  if ('error' in result) return { path: result.path, error: result.error };
  const lines = new LineIndex(result.text);
  return {
    path: result.path,
    template: result.report.template,
    findings: result.report.findings.map((f) => jsonFinding(lines, f)),
  };
}

function jsonFinding(lines: LineIndex, f: Finding): JsonFinding {
  const main = f.fixes.find((fix) => fix.preferred) ?? f.fixes[0];
  const jsonFix = (fix: Fix): JsonFix => ({ title: fix.title, edits: fix.edits.map((e) => ({ range: rangeOf(lines, e.span), newText: e.newText })) });
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    range: rangeOf(lines, f.span),
    related: f.related.map((r) => ({ message: r.message, range: rangeOf(lines, r.span) })),
    fix: main ? jsonFix(main) : null,
    fixes: f.fixes.map((fix) => ({ ...jsonFix(fix), preferred: fix.preferred })),
  };
}
