// Prose figures that restate a table cell: `行政复议共32件` ↔ table 四 行政复议·总计.
import type { DocumentModel } from '../document';
import { firstTokenFrom, type NumberToken } from '../numbers/tokens';
import type { ParsedTable, TableCell } from '../tables/readTable';
import { cellId } from '../tables/readTable';
import { paragraphSentences, sentenceAt, type Sentence } from './sentences';
import { OTHER_SUBJECT } from '../templates/prose';
import type { ProseAlias } from '../templates/types';

export interface Restatement {
  alias: ProseAlias;
  /** The key phrase in the prose (normalised offsets). */
  phraseStart: number;
  phraseEnd: number;
  figure: NumberToken;
  cells: TableCell[];
}

/** The clause before `at` (back to the last clause break of its paragraph). */
function clauseBefore(text: string, paragraphStart: number, at: number): { start: number; words: string } {
  let i = at;
  while (i > paragraphStart && at - i < MAX_CLAUSE && !CLAUSE_BREAK.has(text[i - 1])) i--;
  return { start: i, words: text.slice(i, at) };
}

/**
 * Where the figure's subject is named: its clause, and the clause before when this one opens with 其中
 * (`2020年同期新收申请64件，其中自然人申请58件`: last year's 自然人).
 */
function subjectBefore(text: string, paragraphStart: number, at: number): string {
  const clause = clauseBefore(text, paragraphStart, at);
  if (!/^\s*其中/.test(clause.words) || clause.start <= paragraphStart) return clause.words;
  return clauseBefore(text, paragraphStart, clause.start - 1).words + clause.words;
}

const CLAUSE_BREAK = new Set([',', ';', '。', ':', '!', '?']);
const MAX_CLAUSE = 60;

/** How far after the key phrase the figure may stand (`行政复议共32件`, `行政诉讼案件76件`). */
const MAX_GAP = 8;

function figureAfter(text: string, numbers: readonly NumberToken[], from: number): NumberToken | undefined {
  const next = numbers[firstTokenFrom(numbers, from)] as NumberToken | undefined;
  if (!next || next.kind !== 'count' || next.approx || next.start - from > MAX_GAP) return undefined;
  return /[,;。:、]/.test(text.slice(from, next.start)) ? undefined : next;
}

function inScope(text: string, alias: ProseAlias, sentence: Sentence | undefined): boolean {
  if (!alias.sentenceMentions && !alias.sentenceExcludes) return true;
  if (!sentence) return false;
  const words = text.slice(sentence.start, sentence.end);
  return (alias.sentenceMentions ?? ['']).some((w) => words.includes(w)) && !(alias.sentenceExcludes ?? []).some((w) => words.includes(w));
}

/** Whether the figure's unit is followed by one of `words` (`(含上年结转`). */
const followed = (text: string, figure: NumberToken, words: readonly string[] | undefined): boolean => !!words?.some((w) => text.startsWith(w, figure.unitEnd));

export function findRestatements(doc: DocumentModel): Restatement[] {
  if (!doc.template) return [];
  const text = doc.norm.text;
  const tables = new Map<string, ParsedTable>(doc.tables.map((t) => [t.def.id, t]));
  const found: Restatement[] = [];
  const figures = new Set<NumberToken>();
  // the longest phrase first: `予以公开和部分公开合计31件` is the sum of two rows, not `予以公开`
  const phrases = doc.template.prose.flatMap((alias) => alias.phrases.map((phrase) => ({ alias, phrase }))).sort((a, b) => b.phrase.length - a.phrase.length);
  for (const { alias, phrase } of phrases) {
    const table = tables.get(alias.table);
    if (!table) continue;
    const cells = alias.cells.map(([r, c]) => table.cells.get(cellId(r, c)));
    if (cells.some((c) => !c || c.guessed)) continue;
    for (const p of doc.paragraphs) {
      const paragraph = p.line.text;
      if (alias.paragraphMentions && !alias.paragraphMentions.some((m) => paragraph.includes(m))) continue;
      const sentences = alias.sentenceMentions || alias.sentenceExcludes ? paragraphSentences(text, p) : [];
      const scoped = new Map<Sentence | undefined, boolean>(); // one look at each sentence, however long
      for (let at = paragraph.indexOf(phrase); at >= 0; at = paragraph.indexOf(phrase, at + phrase.length)) {
        const start = p.line.start + at;
        if (alias.notAfter?.some((w) => text.startsWith(w, start - w.length))) continue;
        const sentence = sentenceAt(sentences, start);
        if (!scoped.has(sentence)) scoped.set(sentence, inScope(text, alias, sentence));
        if (!scoped.get(sentence)) continue;
        const figure = figureAfter(text, p.numbers, start + phrase.length);
        if (!figure || figures.has(figure) || OTHER_SUBJECT.test(subjectBefore(text, p.line.start, start))) continue;
        if ((alias.followedBy && !followed(text, figure, alias.followedBy)) || followed(text, figure, alias.notFollowedBy)) continue;
        figures.add(figure);
        found.push({ alias, phraseStart: start, phraseEnd: start + phrase.length, figure, cells: cells as TableCell[] });
      }
    }
  }
  return found;
}
