// Sentences of a paragraph, as index ranges over its figures. A sentence that opens with 其中
// continues the one before it (`…909条。其中，…71条`).
import type { Paragraph } from '../document';

export interface Sentence {
  start: number;
  end: number;
}

export function sentencesOf(text: string, from: number, to: number): Sentence[] {
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
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  const s = sentences[lo];
  return s && offset >= s.start && offset < s.end ? s : undefined;
}

export function paragraphSentences(text: string, p: Paragraph): Sentence[] {
  return sentencesOf(text, p.line.start, p.line.end);
}
