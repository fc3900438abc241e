// One line per finding, `file:line:col severity rule message` (1-based, columns in UTF-16 units;
// for a PDF or a Word file `file:p3`, `file:¶12` or `file:t2r5c3` instead of line and column),
// then the findings across years (each with its places in the other year's file, indented), then a
// summary line, and a line naming the files with errors.
import { unrecognisedNotice } from '../core/detect';
import { LineIndex } from '../core/lineIndex';
import { translator, type Translator } from '../core/messages/translate';
import type { Severity } from '../core/types';
import type { Location } from '../readers/types';
import type { CrossOutput } from './crossYear';
import type { FileResult, Formatter, Totals } from './results';

const SEVERITY_COLOR: Record<Severity, string> = { error: '31', warning: '33', info: '36', hint: '90' };

/** FORCE_COLOR wins over NO_COLOR, which wins over the terminal check (as in Node and chalk). */
export function shouldColor(stream: { isTTY?: boolean }, env: Readonly<Record<string, string | undefined>>): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env.NO_COLOR) return false;
  return stream.isTTY === true && env.TERM !== 'dumb';
}

export function textFormatter(color: boolean, t: Translator = translator()): Formatter {
  const paint = (code: string, text: string) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
  const withErrors: string[] = [];
  return {
    begin: () => '',
    file(result: FileResult) {
      if ('error' in result) return '';
      if (result.report.findings.some((f) => f.severity === 'error')) withErrors.push(result.path);
      const lines = new LineIndex(result.text);
      const reason = unrecognisedNotice(result.report);
      const notice = reason === null ? '' : `${result.path}: ${paint(SEVERITY_COLOR.info, t(reason))}\n`;
      return notice + result.report.findings
        .map((f, i) => {
          const { line, character } = lines.positionAt(f.span.start);
          const place = result.locations ? placeName(result.locations[i]) : `${line + 1}:${character + 1}`;
          const message = f.message.replace(/\s*[\r\n]+\s*/g, ' ');
          return `${result.path}:${place} ${paint(SEVERITY_COLOR[f.severity], f.severity)} ${paint('2', f.rule)} ${message}\n`;
        })
        .join('');
    },
    cross(output: CrossOutput) {
      return output.findings
        .map((f) => {
          const message = f.message.replace(/\s*[\r\n]+\s*/g, ' ');
          const related = f.related.filter((r) => r.path !== f.path).map((r) => `  ${paint('2', '→')} ${r.path}:${r.range.start.line + 1}:${r.range.start.character + 1} ${r.message}\n`);
          return `${f.path}:${f.range.start.line + 1}:${f.range.start.character + 1} ${paint(SEVERITY_COLOR[f.severity], f.severity)} ${paint('2', f.rule)} ${message}\n${related.join('')}`;
        })
        .join('');
    },
    end(totals: Totals) {
      const notes = totals.notes > 0 ? t('cli.summaryNotes', { count: totals.notes }) : '';
      const unrecognised = totals.unrecognised > 0 ? t('cli.summaryUnrecognised', { count: totals.unrecognised }) : '';
      const unreadable = `${unrecognised}${totals.unreadable > 0 ? t('cli.summaryUnreadable', { count: totals.unreadable }) : ''}`;
      const summary = t('cli.summary', { errors: totals.errors, warnings: totals.warnings, notes, files: totals.checked, unreadable });
      const tone = totals.errors > 0 ? '1;31' : totals.warnings > 0 ? '1;33' : '1;32';
      const files = withErrors.length > 0 ? `${t('cli.filesWithErrors', { files: withErrors.join(', ') })}\n` : '';
      return `${paint(tone, summary)}\n${files}`;
    },
  };
}

/** Where a finding of a PDF or a Word file is: its page, paragraph or table cell (1-based). */
function placeName(place: Location | null): string {
  if (!place) return '';
  if ('page' in place) return `p${place.page}`;
  if ('paragraph' in place) return `¶${place.paragraph + 1}`;
  return `t${place.table + 1}r${place.row + 1}c${place.cell + 1}`;
}

