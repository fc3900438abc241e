// Sentences of a paragraph, as index ranges over its figures. A sentence that opens with 其中
// continues the one before it (`…909条。其中，…71条`).
import type { Paragraph } from '../document';
import { lastAtOrBefore } from '../search';

export interface Sentence {
  start: number;
  end: number;
}

function sentencesOf(text: string, from: number, to: number): Sentence[] {
  const sentences: Sentence[] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c !== '。' && c !== '!' && c !== '?' && c !== '！' && c !== '？') continue;
    const continues = text.startsWith('其中', i + 1);
    if (!continues) {
      sentences.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  if (start < to) sentences.push({ start, end: to });
  return sentences;
}

export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  const s = sentences[lastAtOrBefore(sentences, offset, (x) => x.start)];
  return s && offset >= s.start && offset < s.end ? s : undefined;
}

const byParagraph = new WeakMap<Paragraph, Sentence[]>();

/** The sentences of a paragraph, split once however many facts ask. */
export function paragraphSentences(text: string, p: Paragraph): Sentence[] {
  let sentences = byParagraph.get(p);
  if (!sentences) byParagraph.set(p, (sentences = sentencesOf(text, p.line.start, p.line.end)));
  return sentences;
}
