// `共N件，其中A件、B件、其他C件` and `N件。按申请方式分：A件、B件、其他方式C件`: a total with its parts.
// The parts must add up only when the list is a partition: it has a catch-all item (其他/其余) or
// it is a known pair (按时/延期, 自然人/法人). Where the list may end is not always clear
// (`…其他组织申请20件，办结118件`), so every plausible partition is kept: the whole list, and each
// prefix that ends with a catch-all or forms a pair. The total is the figure the list hangs from:
// never a difference (`较上年减少9件。其中…`) nor last year's figure (`较上年（39件）…，其中…`).
import type { DocumentModel } from '../document';
import { percentMatches, sum, type Decimal } from '../numbers/decimal';
import type { NumberToken } from '../numbers/tokens';
import { clauseStart, sentenceAt } from '../prose/clauses';
import { firstFigureFrom, type ProseFigure, type ProseText } from '../prose/proseText';
import { readProse, type ProseReading } from '../prose/reading';
import { CATCH_ALL_AFTER, CATCH_ALL_LABEL, CHANNEL, KNOWN_PAIRS, PARTITION_INTRO, SUBTOTAL_LABEL } from '../prose/vocabulary';

export interface ProsePart {
  token: NumberToken;
  /** The words naming the part, e.g. `政务动态类信息`. */
  label: string;
  /** The words after the figure up to the next delimiter (`依法按时…答复` in `580件依法按时…答复`). */
  after: string;
  /** The share stated right after it (`147件，占67.7%`). */
  share?: Decimal;
}

export interface ProseSum {
  total: NumberToken;
  /** Plausible partitions of the total, the most natural first; the total must equal one of them. */
  readings: ProsePart[][];
  /** Words before the total, for messages. */
  totalLabel: string;
}

/** Longer lists are not itemisations of one total (and would make long paragraphs slow). */
const MAX_PARTS = 40;
/** How many figures before a list its total may stand, the nearest first. */
const MAX_TOTALS = 3;
const DELIMITERS = new Set([',', ';', '、', ':', '。']);
const SHARE_AFTER = /^,?(大约|约)?占[^\d,;。%]{0,16}?[\d.]+%/;

function wordsBefore(pt: ProseText, f: ProseFigure, floor: number): string {
  let i = f.at;
  while (i > floor && !DELIMITERS.has(pt.text[i - 1]) && !/[\d%)]/.test(pt.text[i - 1])) i--;
  return pt.text.slice(i, f.at).replace(/^(其中|的)/, '');
}

function wordsAfter(pt: ProseText, f: ProseFigure, limit: number): string {
  let i = f.unitEnd;
  while (i < limit && !DELIMITERS.has(pt.text[i])) i++;
  return pt.text.slice(f.unitEnd, i);
}

const isCatchAll = (p: ProsePart): boolean => CATCH_ALL_LABEL.test(p.label) || CATCH_ALL_AFTER.test(p.after);
const mentions = (p: ProsePart, re: RegExp): boolean => re.test(p.label) || re.test(p.after);
const isPair = (a: ProsePart, b: ProsePart): boolean => KNOWN_PAIRS.some(([x, y]) => mentions(a, x) && mentions(b, y));
const isChannelList = (parts: readonly ProsePart[]): boolean => parts.filter((p) => CHANNEL.test(p.label)).length * 2 >= parts.length;
const valueOf = (p: ProsePart): number => p.token.value.units;

/**
 * Items that are not parts of the list's total: a subtotal of the items just before it
 * (`…部分公开27件，予以公开和部分公开合计110件`), and the detail of an item (`…3件，维持2件，其他情形1件`:
 * 2 and 1 are the 3's parts when they add up to it and end with a catch-all).
 */
function topLevel(parts: readonly ProsePart[]): ProsePart[] {
  const out: ProsePart[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (SUBTOTAL_LABEL.test(p.label)) {
      let acc = 0;
      let k = out.length - 1;
      while (k >= 0 && acc < valueOf(p)) acc += valueOf(out[k--]);
      if (acc === valueOf(p) && out.length - 1 - k >= 2) continue;
    }
    out.push(p);
    let acc = 0;
    for (let k = i + 1; k < parts.length && acc < valueOf(p); k++) {
      acc += valueOf(parts[k]);
      if (acc === valueOf(p) && k > i + 1 && isCatchAll(parts[k])) {
        i = k;
        break;
      }
    }
  }
  return out;
}

/** Shares that add up to 100% (within their rounding): the list is the whole of their base. */
function sharesMakeWhole(parts: readonly ProsePart[]): boolean {
  if (parts.some((p) => !p.share)) return false;
  const shares = parts.map((p) => p.share!);
  const scale = Math.max(...shares.map((d) => d.scale));
  const total = sum(shares);
  // each share is off by at most half a unit of its last digit
  const slack = shares.reduce((acc, d) => acc + 5 * 10 ** (scale - d.scale), 0);
  return Math.abs(total.units * 10 ** (scale - total.scale) * 10 - 100 * 10 ** scale * 10) <= slack;
}

function readingsOf(all: readonly ProsePart[]): ProsePart[][] {
  if (isChannelList(all)) return [];
  const parts = topLevel(all);
  const prefixes = parts.map((_, i) => parts.slice(0, i + 1)).filter((p) => p.length >= 2 && (isCatchAll(p[p.length - 1]) || (p.length === 2 && isPair(p[0], p[1]))));
  const complete = parts.some(isCatchAll) || sharesMakeWhole(parts);
  const whole = complete && !prefixes.some((p) => p.length === parts.length) ? [parts.slice()] : [];
  // a catch-all usually closes the list: the longest such prefix reads most naturally
  return [...prefixes.reverse(), ...whole];
}

/** Whether compact position `at` lies inside a parenthesis opened after `from`. */
function inParenthesis(text: string, from: number, at: number): boolean {
  let depth = 0;
  for (let i = from; i < at; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && depth > 0) depth--;
  }
  return depth > 0;
}

/** Positions of one character in a text, for binary search. */
function positionsOf(text: string, c: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) out.push(i);
  return out;
}

function firstAtOrAfter(positions: readonly number[], at: number): number {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (positions[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Marks {
  semicolons: number[];
  lists: number[];
}

/**
 * Where a list that opens at `from` ends: items separated by `;` run to the end of the sentence,
 * unless the list sits inside one item of a `;` list (`…无法提供24件，其中…21件；不予处理3件`);
 * items separated by `,` or `、` end at the first `;`. -1 when the list runs past `limit` (the next
 * 其中: its items are nested lists).
 */
function listEnd(pt: ProseText, marks: Marks, from: number, sentence: { start: number; end: number }, limit: number): number {
  const next = marks.semicolons[firstAtOrAfter(marks.semicolons, from)] ?? Infinity;
  const previous = marks.semicolons[firstAtOrAfter(marks.semicolons, from) - 1] ?? -1;
  const semicolon = next < sentence.end ? next : sentence.end;
  const within = (end: number): number => (end <= limit ? end : -1);
  if (previous >= sentence.start) return within(semicolon);
  const first = pt.figures[firstFigureFrom(pt, from)];
  if (!first || first.end > limit) return within(sentence.end);
  let i = first.unitEnd;
  const share = SHARE_AFTER.exec(pt.text.slice(i, Math.min(limit, i + 30)));
  if (share) i += share[0].length;
  while (i < limit && !DELIMITERS.has(pt.text[i])) i++;
  if (i >= limit) return within(sentence.end);
  return pt.text[i] === ';' ? within(sentence.end) : within(semicolon);
}

/** The share stated right after a part (`147件，占67.7%`), if any. */
function shareAfter(pt: ProseText, f: ProseFigure): Decimal | undefined {
  const next = pt.figures[firstFigureFrom(pt, f.unitEnd)];
  if (!next || next.token.kind !== 'percent' || next.token.approx) return undefined;
  return SHARE_AFTER.test(pt.text.slice(f.unitEnd, next.unitEnd)) ? next.token.value : undefined;
}

class SumReader {
  readonly sums: ProseSum[] = [];
  constructor(readonly reading: ProseReading) {}

  /** Indices of the figures a list opening at `opening` may hang from, the nearest first. */
  totalsBefore(pt: ProseText, opening: number, floor: number, unit: string): number[] {
    const totals: number[] = [];
    for (let k = firstFigureFrom(pt, opening) - 1; k >= 0 && totals.length < MAX_TOTALS && pt.figures[k].at >= floor; k--) {
      const t = pt.figures[k].token;
      if (t.kind !== 'count' || t.unit !== unit || t.approx || t.value.scale > 0) continue;
      const role = this.reading.figure(pt, k).role;
      if (role === 'change' || role === 'comparison' || inParenthesis(pt.text, clauseStart(pt, pt.figures[k].at), pt.figures[k].at)) continue;
      totals.push(k);
    }
    return totals;
  }

  readList(pt: ProseText, marks: Marks, opening: number, introLength: number, crossSentence: boolean): void {
    const sentence = sentenceAt(pt, opening);
    const from = opening + introLength;
    const nextList = marks.lists[firstAtOrAfter(marks.lists, from)] ?? Infinity;
    const end = listEnd(pt, marks, from, sentence, Math.min(sentence.end, nextList));
    if (end < 0) return;
    const partFigures: ProseFigure[] = [];
    let depth = 0;
    let i = from;
    // the parts, without the figures of a parenthesis (`不同意公开3件（涉及个人隐私2件…）`)
    for (let k = firstFigureFrom(pt, from); k < pt.figures.length && pt.figures[k].end <= end; k++) {
      const f = pt.figures[k];
      for (; i < f.at; i++) depth += pt.text[i] === '(' ? 1 : pt.text[i] === ')' && depth > 0 ? -1 : 0;
      if (f.token.kind === 'count' && depth === 0) partFigures.push(f);
      if (partFigures.length > MAX_PARTS) return;
    }
    if (partFigures.length < 2) return;
    const parts = partFigures.map((f): ProsePart => ({ token: f.token, label: wordsBefore(pt, f, from), after: wordsAfter(pt, f, end), share: shareAfter(pt, f) }));
    const unit = parts[0].token.unit;
    if (parts.some((p) => p.token.unit !== unit || p.token.approx || p.token.value.scale > 0)) return;
    const readings = readingsOf(parts);
    if (readings.length === 0) return;
    const floor = crossSentence ? sentenceAt(pt, Math.max(0, sentence.start - 1)).start : sentence.start;
    const totals = this.totalsBefore(pt, opening, floor, unit);
    if (totals.length === 0) return;
    if (crossSentence) {
      // a list after a sentence break (`按申请方式分：`) is of the body's own total, the one its shares are of
      const rank = (k: number): number => (this.reading.figure(pt, k).role === 'own' ? 0 : 2) + (parts.every((p) => !p.share || percentMatches(p.share, valueOf(p), pt.figures[k].token.value.units, 'half')) ? 0 : 1);
      totals.sort((a, b) => rank(a) - rank(b) || b - a);
    }
    // the list hangs from whichever figure before it it adds up to; if none, from the nearest
    const sumOf = (r: readonly ProsePart[]): number => r.reduce((acc, p) => acc + valueOf(p), 0);
    const k = totals.find((t) => readings.some((r) => sumOf(r) === pt.figures[t].token.value.units)) ?? totals[0];
    const total = pt.figures[k];
    this.sums.push({ total: total.token, readings, totalLabel: wordsBefore(pt, total, clauseStart(pt, total.at)) });
  }

  readParagraph(pt: ProseText): void {
    if (pt.figures.filter((f) => f.token.kind === 'count').length < 3) return;
    const { text } = pt;
    const marks: Marks = { semicolons: positionsOf(text, ';'), lists: positionsOf(text, '其中') };
    for (const at of marks.lists) this.readList(pt, marks, at, /^[,:]/.test(text[at + 2] ?? '') ? 3 : 2, false);
    // partitions opened by other words, at the start of a clause (`按申请方式分：`, `主要类别有：`)
    for (let at = 0; at < text.length; at++) {
      if (at > 0 && !/[,;:。]/.test(text[at - 1])) continue;
      const m = PARTITION_INTRO.exec(text.slice(at, at + 24));
      if (m && !m[0].startsWith('其中')) this.readList(pt, marks, at, m[0].length, true);
    }
  }
}

export function findProseSums(doc: DocumentModel): ProseSum[] {
  const reader = new SumReader(readProse(doc));
  for (const pt of reader.reading.texts) reader.readParagraph(pt);
  return reader.sums;
}
