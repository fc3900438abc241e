// Sentences and clauses of a paragraph's compact prose. A sentence that opens with 其中 continues
// the one before it (`…909条。其中，…71条`). A clause runs between breaks (`,` `;` `:` and sentence
// ends); a parenthesis (`（含上年结转5件，其中…）`) is a clause of its own.
import { lastAtOrBefore } from '../search';
import type { ProseText } from './proseText';

export interface Stretch {
  start: number;
  end: number;
}

const SENTENCE_END = new Set(['。', '!', '?', '！', '？']);
const CLAUSE_BREAK = new Set([',', ';', ':', '。', '!', '?', '！', '？']);
/** How far back a clause may reach (keeps very long paragraphs linear). */
const MAX_CLAUSE = 80;

const sentencesCache = new WeakMap<ProseText, Stretch[]>();

export function sentencesOf(pt: ProseText): Stretch[] {
  let sentences = sentencesCache.get(pt);
  if (sentences) return sentences;
  sentences = [];
  const { text } = pt;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!SENTENCE_END.has(text[i]) || text.startsWith('其中', i + 1)) continue;
    sentences.push({ start, end: i + 1 });
    start = i + 1;
  }
  if (start < text.length) sentences.push({ start, end: text.length });
  sentencesCache.set(pt, sentences);
  return sentences;
}

export function sentenceAt(pt: ProseText, at: number): Stretch {
  const sentences = sentencesOf(pt);
  return sentences[lastAtOrBefore(sentences, at, (s) => s.start)] ?? { start: 0, end: pt.text.length };
}

/** Where the clause holding `at` starts: after the last break outside parentheses, or after the `(` it sits in. */
export function clauseStart(pt: ProseText, at: number): number {
  const { text } = pt;
  let depth = 0;
  for (let i = at - 1; i >= 0 && at - i <= MAX_CLAUSE; i--) {
    const c = text[i];
    if (c === ')') depth++;
    else if (c === '(') {
      if (depth === 0) return i + 1;
      depth--;
    } else if (depth === 0 && CLAUSE_BREAK.has(c)) return i + 1;
  }
  return Math.max(0, at - MAX_CLAUSE);
}

/** Where the clause holding `at` ends: before the next break outside parentheses, or at the `)` closing it. */
export function clauseEnd(pt: ProseText, at: number): number {
  const { text } = pt;
  let depth = 0;
  for (let i = at; i < text.length && i - at <= MAX_CLAUSE; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) return i;
      depth--;
    } else if (depth === 0 && CLAUSE_BREAK.has(c)) return i;
  }
  return Math.min(text.length, at + MAX_CLAUSE);
}

/** The clause before the one starting at `start` (empty at the paragraph's start). */
export function previousClause(pt: ProseText, start: number): Stretch | null {
  if (start <= 0) return null;
  const end = start - 1;
  return { start: clauseStart(pt, end), end };
}

export const isBreak = (c: string | undefined): boolean => c !== undefined && CLAUSE_BREAK.has(c);
