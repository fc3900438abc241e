// The JSON contract other tools rely on: `{"files":[...]}`, one entry per line. Lines are 0-based,
// characters are UTF-16 code units into the decoded text (the BOM is not part of it); for a PDF or
// a Word file, into the text extracted from it, and each finding also has its `location` there.
// Findings across years follow the files, under `crossYear` (see crossYear.ts for their shape).
import { isRecognisedReport } from '../core/detect';
import { LineIndex } from '../core/lineIndex';
import type { Finding, Fix, Severity, TemplateId } from '../core/types';
import type { SourceFormat } from '../readers/source';
import type { Location } from '../readers/types';
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
  /** The characters of the figure as written. */
  figure: string;
  /** PDF: `{page, box}`; DOCX: `{paragraph}` or `{table, row, cell}` (text and HTML: the range says it). */
  location?: Location;
}

interface JsonFix {
  title: string;
  edits: { range: Range; newText: string }[];
}

export type JsonFile =
  | { path: string; format: SourceFormat; template: TemplateId | null; findings: JsonFinding[]; recognised: boolean }
  | { path: string; error: string };

export function jsonFormatter(): Formatter {
  let count = 0;
  let closed = false;
  const closeFiles = () => `${count > 0 ? '\n' : ''}]`;
  return {
    begin: () => '{"files":[\n',
    file: (result) => `${count++ > 0 ? ',\n' : ''}${JSON.stringify(jsonFile(result))}`,
    // after the files: `"crossYear":{"pairs":[…],"findings":[…],"gaps":[…]}`, each finding with its file's path
    cross: (output) => {
      closed = true;
      return `${closeFiles()},\n"crossYear":${JSON.stringify(output)}`;
    },
    end: () => `${closed ? '' : closeFiles()}}\n`,
  };
}

export function jsonFile(result: FileResult): JsonFile {
  if ('error' in result) return { path: result.path, error: result.error };
  const lines = new LineIndex(result.text);
  return {
    path: result.path,
    format: result.format,
    template: result.report.template,
    findings: result.report.findings.map((f, i) => jsonFinding(lines, f, result.text, result.locations?.[i])),
    // false: no report title, sections or tables were found; only figures in the prose were checked
    recognised: isRecognisedReport(result.report),
  };
}

function jsonFinding(lines: LineIndex, f: Finding, text: string, location: Location | null | undefined): JsonFinding {
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
    figure: text.slice(f.span.start, f.span.end),
    ...(location ? { location } : {}),
  };
}
