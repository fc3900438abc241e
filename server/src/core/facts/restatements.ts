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

/** The clause before `at` (back to the last clause break of its paragraph): where the figure's subject is named. */
function clauseBefore(text: string, paragraphStart: number, at: number): string {
  let i = at;
  while (i > paragraphStart && at - i < MAX_CLAUSE && !CLAUSE_BREAK.has(text[i - 1])) i--;
  return text.slice(i, at);
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

export function findRestatements(doc: DocumentModel): Restatement[] {
  if (!doc.template) return [];
  const text = doc.norm.text;
  const tables = new Map<string, ParsedTable>(doc.tables.map((t) => [t.def.id, t]));
  const found: Restatement[] = [];
  const figures = new Set<NumberToken>();
  for (const alias of doc.template.prose) {
    const table = tables.get(alias.table);
    if (!table) continue;
    const cells = alias.cells.map(([r, c]) => table.cells.get(cellId(r, c)));
    if (cells.some((c) => !c || c.guessed)) continue;
    for (const p of doc.paragraphs) {
      const paragraph = p.line.text;
      if (alias.paragraphMentions && !alias.paragraphMentions.some((m) => paragraph.includes(m))) continue;
      const sentences = alias.sentenceMentions || alias.sentenceExcludes ? paragraphSentences(text, p) : [];
      const scoped = new Map<Sentence | undefined, boolean>(); // one look at each sentence, however long
      for (const phrase of alias.phrases) {
        for (let at = paragraph.indexOf(phrase); at >= 0; at = paragraph.indexOf(phrase, at + phrase.length)) {
          const start = p.line.start + at;
          if (alias.notAfter?.some((w) => text.startsWith(w, start - w.length))) continue;
          const sentence = sentenceAt(sentences, start);
          if (!scoped.has(sentence)) scoped.set(sentence, inScope(text, alias, sentence));
          if (!scoped.get(sentence)) continue;
          const figure = figureAfter(text, p.numbers, start + phrase.length);
          if (figure && !figures.has(figure) && !OTHER_SUBJECT.test(clauseBefore(text, p.line.start, start))) {
            figures.add(figure);
            found.push({ alias, phraseStart: start, phraseEnd: start + phrase.length, figure, cells: cells as TableCell[] });
          }
        }
      }
    }
  }
  return found;
}
