// `A件，占（总数的）X%`: a stated share with its count and the candidate bases it may refer to.
// The base is explicit when the same sentence states a total (共/累计/总/合计 N, N…其中, 在…N…中);
// otherwise any total stated earlier in the paragraph is a plausible base.
import type { DocumentModel } from '../document';
import type { NumberToken } from '../numbers/tokens';
import { paragraphSentences, sentenceAt } from './sentences';

export interface PercentFact {
  percent: NumberToken;
  count: NumberToken;
  /** Plausible bases, most likely first. */
  bases: NumberToken[];
  /** The sentence itself states the total the share is of. */
  explicit: boolean;
  /** `约占`: judged within a whole unit of the last digit. */
  approximate: boolean;
}

/** How many figures before the count may be its base (keeps megabyte-long paragraphs linear). */
const BASE_WINDOW = 60;
const SHARE_LINK = /^[,\s]*(大约|约)?占(了)?([^\d,;。%]{0,10}的)?\s*$/;
const TOTAL_BEFORE = /(共|共计|累计|总计|合计|总共|全年|总)[^\d,;。]{0,12}$/;

function isTotalMarked(text: string, t: NumberToken, sentenceStart: number): boolean {
  const before = text.slice(Math.max(sentenceStart, t.start - 16), t.start);
  const after = text.slice(t.unitEnd, t.unitEnd + 12);
  return TOTAL_BEFORE.test(before) || /^[^\d,;。]{0,2},?其中/.test(after) || (/在[^\d,;。]{0,10}$/.test(before) && /^[^\d,;。]{0,10}中/.test(after));
}

export function findPercentages(doc: DocumentModel): PercentFact[] {
  const text = doc.norm.text;
  const facts: PercentFact[] = [];
  for (const p of doc.paragraphs) {
    const sentences = paragraphSentences(text, p);
    const totalMarks = new Map<NumberToken, boolean>();
    const totalMarked = (t: NumberToken): boolean => {
      let marked = totalMarks.get(t);
      if (marked === undefined) totalMarks.set(t, (marked = isTotalMarked(text, t, p.line.start)));
      return marked;
    };
    p.numbers.forEach((percent, i) => {
      if (percent.kind !== 'percent' || percent.unit !== '%' || i === 0) return;
      const count = p.numbers[i - 1];
      if (count.kind !== 'count' || count.approx || count.value.scale > 0 || percent.approx || percent.value.units < 0) return;
      const link = text.slice(count.unitEnd, percent.start);
      const m = SHARE_LINK.exec(link);
      if (!m) return;
      const sentence = sentenceAt(sentences, count.start);
      const earlier = p.numbers.slice(Math.max(0, i - 1 - BASE_WINDOW), i - 1).filter((t) => t.kind === 'count' && t.unit === count.unit && !t.approx && t.value.scale === 0 && t.value.units >= count.value.units && t.value.units > 0);
      const marked = earlier.filter(totalMarked).reverse();
      // a total stated in the same sentence is the base; otherwise any earlier figure may be
      const stated = marked.filter((t) => sentence && t.start >= sentence.start);
      const bases = stated.length > 0 ? stated : [...marked, ...earlier.filter((t) => !marked.includes(t)).reverse()];
      facts.push({ percent, count, bases, explicit: stated.length > 0, approximate: !!m[1] });
    });
  }
  return facts;
}
