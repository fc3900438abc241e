// Section headings at four levels: `一、` > `（一）` / `(一)` > `1.` / `1、` > `（1）`.
import type { Line } from './lines';

export interface Heading {
  level: 1 | 2 | 3 | 4;
  line: number;
  /** Normalised offsets of the heading text (numbering included, trailing sentence excluded). */
  start: number;
  end: number;
  title: string;
}

const PATTERNS: readonly [RegExp, Heading['level']][] = [
  [/^[一二三四五六七八九十]{1,3}、/, 1],
  [/^\([一二三四五六七八九十]{1,3}\)/, 2],
  [/^\d{1,2}[.、](?!\d)/, 3],
  [/^\(\d{1,2}\)/, 4],
];

const MAX_TITLE = 40;

const TITLE = /(年度报告|工作报告|年报)$/;
const MAX_TITLE_LINE = 60;
/** The title is among the first lines (web pages put menus above it). */
const TITLE_SEARCH_LINES = 30;

/** The first short line before any heading that names the report (`…政府信息公开工作年度报告`). */
export function findTitle(lines: readonly Line[]): { line: Line; start: number; end: number } | null {
  for (const line of lines.slice(0, TITLE_SEARCH_LINES)) {
    const text = line.text.trim();
    if (readHeading(line)) return null;
    if (text.length > 0 && text.length <= MAX_TITLE_LINE && TITLE.test(text)) {
      const start = line.start + line.text.indexOf(text);
      return { line, start, end: start + text.length };
    }
  }
  return null;
}

export function readHeading(line: Line): Heading | null {
  const lead = line.text.length - line.text.trimStart().length;
  const text = line.text.slice(lead);
  for (const [re, level] of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    // the title runs to the first full stop; a long line without one is a numbered paragraph
    const stop = text.search(/[。;:]/);
    const titleEnd = stop >= 0 ? stop : text.trimEnd().length;
    if (titleEnd - m[0].length < 1 || titleEnd > MAX_TITLE) return null;
    return { level, line: line.index, start: line.start + lead, end: line.start + lead + titleEnd, title: text.slice(0, titleEnd) };
  }
  return null;
}
