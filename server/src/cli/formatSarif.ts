// SARIF 2.1.0: one run; rules from RULE_METAS; regions 1-based in UTF-16 code units (endColumn
// exclusive); unreadable files (error) and files not recognised as reports (note) as tool execution
// notifications.
import { isAbsolute, posix, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unrecognisedNotice } from '../core/detect';
import { LineIndex } from '../core/lineIndex';
import { translator, type Translator } from '../core/messages/translate';
import { RULE_METAS } from '../core/rules/meta';
import type { Finding, Severity, Span } from '../core/types';
import type { Location } from '../readers/types';
import type { CrossOutput } from './crossYear';
import { exitCodeOf, rangeOf, type FileResult, type Formatter, type Range } from './results';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };
const RULE_INDEX = new Map(RULE_METAS.map((m, i) => [m.id, i]));

/** Relative paths become relative URIs against %SRCROOT% (= cwd); absolute ones file: URIs. */
export function artifactLocation(path: string): { uri: string; uriBaseId?: string } {
  if (isAbsolute(path)) return { uri: pathToFileURL(path).href };
  const relative = posix.normalize(path.split(sep).join('/'));
  return { uri: relative.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

export function sarifFormatter(cwd: string, version: string, t: Translator = translator()): Formatter {
  const notifications: object[] = [];
  let count = 0;
  const cwdUri = pathToFileURL(cwd).href;
  const head = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'govreport',
            version,
            rules: RULE_METAS.map((m) => ({
              id: m.id,
              shortDescription: { text: m.description },
              fullDescription: { text: `${m.description}\n${m.descriptionEn}` },
              defaultConfiguration: { level: LEVEL[m.defaultSeverity] },
              properties: { fixable: m.fixable },
            })),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: cwdUri.endsWith('/') ? cwdUri : `${cwdUri}/` } },
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return {
    // The run object is left open so that results can be written file by file.
    begin: () => `${JSON.stringify(head).slice(0, -3)},"results":[\n`,
    file(result: FileResult) {
      const location = artifactLocation(result.path);
      if ('error' in result) {
        notifications.push({
          level: 'error',
          message: { text: `${result.path}: ${result.error}` },
          locations: [{ physicalLocation: { artifactLocation: location } }],
        });
        return '';
      }
      const reason = unrecognisedNotice(result.report);
      if (reason !== null) {
        notifications.push({ level: 'note', message: { text: `${result.path}: ${t(reason)}` }, locations: [{ physicalLocation: { artifactLocation: location } }] });
      }
      const lines = new LineIndex(result.text);
      return result.report.findings
        .map((f, i) => {
          const sarif = result.locations ? documentResult(f, location, result.text, result.locations[i]) : sarifResult(f, location, lines);
          return `${count++ > 0 ? ',\n' : ''}${JSON.stringify(sarif)}`;
        })
        .join('');
    },
    // findings across years: in their file, with related locations in the other year's file
    cross(output: CrossOutput) {
      return output.findings
        .map((f) => {
          const physicalLocation = (path: string, range: Range) => ({
            artifactLocation: artifactLocation(path),
            region: { startLine: range.start.line + 1, startColumn: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 },
          });
          const sarif = {
            ruleId: f.rule,
            ruleIndex: RULE_INDEX.get(f.rule),
            level: LEVEL[f.severity],
            message: { text: f.message },
            locations: [{ physicalLocation: physicalLocation(f.path, f.range) }],
            relatedLocations: f.related.map((r, id) => ({ id, physicalLocation: physicalLocation(r.path, r.range), message: { text: r.message } })),
          };
          return `${count++ > 0 ? ',\n' : ''}${JSON.stringify(sarif)}`;
        })
        .join('');
    },
    end(totals) {
      const exitCode = exitCodeOf(totals);
      const invocation = { executionSuccessful: exitCode !== 2, exitCode, toolExecutionNotifications: notifications };
      return `${count > 0 ? '\n' : ''}],"invocations":[${JSON.stringify(invocation)}]}]}\n`;
    },
  };
}

function sarifResult(f: Finding, artifact: ReturnType<typeof artifactLocation>, lines: LineIndex): object {
  const region = (span: Span) => {
    const { start, end } = rangeOf(lines, span);
    return { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
  };
  const physicalLocation = (span: Span) => ({ artifactLocation: artifact, region: region(span) });
  return {
    ruleId: f.rule,
    ruleIndex: RULE_INDEX.get(f.rule),
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [{ physicalLocation: physicalLocation(f.span) }],
    relatedLocations: f.related.length
      ? f.related.map((r, id) => ({ id, physicalLocation: physicalLocation(r.span), message: { text: r.message } }))
      : undefined,
    fixes: f.fixes.length
      ? f.fixes.map((fix) => ({
          description: { text: fix.title },
          artifactChanges: [
            {
              artifactLocation: artifact,
              replacements: fix.edits.map((e) => ({ deletedRegion: region(e.span), insertedContent: { text: e.newText } })),
            },
          ],
        }))
      : undefined,
  };
}

/** A place in a PDF or a Word file, as a SARIF logical location (the file itself has no lines to point at). */
function logicalLocation(place: Location): object {
  if ('page' in place) return { kind: 'page', name: `第 ${place.page} 页`, fullyQualifiedName: `page[${place.page}]` };
  if ('paragraph' in place) return { kind: 'paragraph', name: `第 ${place.paragraph + 1} 段`, fullyQualifiedName: `paragraph[${place.paragraph}]` };
  return {
    kind: 'tableCell',
    name: `表 ${place.table + 1} 第 ${place.row + 1} 行 第 ${place.cell + 1} 列`,
    fullyQualifiedName: `table[${place.table}]/row[${place.row}]/cell[${place.cell}]`,
  };
}

/** A finding in a PDF or a Word file: the file, the logical place, the figure as a snippet; no fix (the file is not edited). */
function documentResult(f: Finding, artifact: ReturnType<typeof artifactLocation>, text: string, place: Location | null): object {
  const figure = text.slice(f.span.start, f.span.end);
  return {
    ruleId: f.rule,
    ruleIndex: RULE_INDEX.get(f.rule),
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: { artifactLocation: artifact },
        ...(place ? { logicalLocations: [logicalLocation(place)] } : {}),
        ...(figure ? { message: { text: figure } } : {}),
        ...(place && 'box' in place ? { properties: { page: place.page, box: place.box } } : {}),
      },
    ],
  };
}

