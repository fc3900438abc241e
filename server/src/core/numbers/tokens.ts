// Finds the numbers in a stretch of normalised text, with their unit and whether they are
// approximate. Linear scan, no backtracking regexes.
import { parseDecimal, type Decimal } from './decimal';

export type NumberKind = 'count' | 'percent' | 'money' | 'other';

export interface NumberToken {
  /** Normalised offsets of the figure itself (sign, digits, separators, decimals; not the unit). */
  start: number;
  end: number;
  value: Decimal;
  raw: string;
  unit: string;
  /** Normalised offset just after the unit (or the figure when there is none). */
  unitEnd: number;
  kind: NumberKind;
  approx: boolean;
}

/** How far across a line break (indentation included) a unit may stand from its figure. */
const MAX_UNIT_GAP = 40;
const COUNT_UNITS = ['人次', '件', '条', '项', '次', '人', '个', '篇', '场', '份', '家', '起', '批', '宗', '期'];
const MONEY_UNITS = ['亿元', '万元', '元'];
const APPROX_BEFORE = ['大约', '约', '超过', '超', '近', '逾', '将近'];
const APPROX_AFTER = ['以上', '左右', '多', '余'];
/** Characters after a figure that make it a date, a time, a serial or a code rather than a quantity. */
const NOT_QUANTITY_AFTER = new Set(['年', '月', '日', '号', '时', '〕', ']', '】', ':', '届', '级', '版', '楼', '室', '栋', '×', '*']);
const NOT_QUANTITY_BEFORE = new Set(['第', '〔', '[', '【', '×', '*', '#', '/', '.', '-', '_', '@']);

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

function isAsciiWord(c: string | undefined): boolean {
  return c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
}

function startsWithAny(text: string, at: number, words: readonly string[]): string | undefined {
  return words.find((w) => text.startsWith(w, at));
}

function endsWithAny(text: string, at: number, words: readonly string[]): string | undefined {
  return words.find((w) => at - w.length >= 0 && text.startsWith(w, at - w.length));
}

/** Reads the figure at `i` (a digit): `1234`, `1,234`, `6350.86`. Returns its end. */
function readFigure(text: string, i: number, to: number): number {
  let j = i;
  while (j < to && isDigit(text[j])) j++;
  // thousands separators: 1-3 leading digits, then groups of exactly three
  if (j - i <= 3) {
    let k = j;
    while (k + 3 < to + 1 && text[k] === ',' && isDigit(text[k + 1]) && isDigit(text[k + 2]) && isDigit(text[k + 3]) && !isDigit(text[k + 4])) k += 4;
    j = k;
  }
  if (text[j] === '.' && isDigit(text[j + 1]) && j + 1 < to) {
    j++;
    while (j < to && isDigit(text[j])) j++;
  }
  return j;
}

/** Where a figure's unit may start: after up to two spaces, or across one line break (`… 25` / `件`, PDF text). */
function unitStart(text: string, end: number, to: number): number {
  let k = end;
  while (text[k] === ' ' && k - end < 2) k++;
  if (text[k] !== '\n' && !(text[k] === ' ' && text[end] === ' ')) return k;
  let j = end;
  while (j < to && j - end < MAX_UNIT_GAP && (text[j] === ' ' || text[j] === '\t')) j++;
  if (text[j] !== '\n') return k;
  j++;
  while (j < to && j - end < MAX_UNIT_GAP && (text[j] === ' ' || text[j] === '\t')) j++;
  return startsWithAny(text, j, COUNT_UNITS) || startsWithAny(text, j, MONEY_UNITS) || text[j] === '%' ? j : k;
}

export function scanNumbers(text: string, from = 0, to = text.length): NumberToken[] {
  const tokens: NumberToken[] = [];
  let i = from;
  while (i < to) {
    if (!isDigit(text[i])) {
      i++;
      continue;
    }
    let start = i;
    const end = readFigure(text, i, to);
    i = end;
    const before = text[start - 1];
    if (isAsciiWord(before) || isDigit(text[end]) || isAsciiWord(text[end])) continue;
    if (before === '+' || (before === '-' && !isDigit(text[start - 2]))) start--;
    const raw = text.slice(start, end);
    const value = parseDecimal(raw.replace(/,/g, ''));
    if (!value) continue;
    let k = unitStart(text, end, to);
    let approx = !!endsWithAny(text, start, APPROX_BEFORE);
    const suffix = startsWithAny(text, k, ['余', '多']);
    if (suffix) {
      approx = true;
      k += suffix.length;
    }
    let unit = '';
    let kind: NumberKind = 'other';
    if (text[k] === '%' || text[k] === '‰') {
      unit = text[k];
      kind = 'percent';
    } else {
      const money = startsWithAny(text, k, MONEY_UNITS);
      const count = money ? undefined : startsWithAny(text, k, COUNT_UNITS);
      unit = money ?? count ?? '';
      kind = money ? 'money' : count ? 'count' : 'other';
    }
    const unitEnd = unit ? k + unit.length : end;
    if (unit && startsWithAny(text, unitEnd, APPROX_AFTER)) approx = true;
    if (kind === 'count' && text.startsWith('百分点', unitEnd)) kind = 'other';
    const quantityLike = !NOT_QUANTITY_AFTER.has(text[end] ?? '') && !NOT_QUANTITY_BEFORE.has(text[start - 1] ?? '');
    tokens.push({ start, end, value, raw, unit, unitEnd, kind: quantityLike ? kind : 'other', approx });
  }
  return tokens;
}

/** Index of the first token starting at or after `offset` (tokens are in text order). */
export function firstTokenFrom(tokens: readonly NumberToken[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The tokens lying within [from, to). */
export function tokensWithin(tokens: readonly NumberToken[], from: number, to: number): NumberToken[] {
  const out: NumberToken[] = [];
  for (let i = firstTokenFrom(tokens, from); i < tokens.length && tokens[i].end <= to; i++) out.push(tokens[i]);
  return out;
}
