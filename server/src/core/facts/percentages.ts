// `A件，占（总数的）X%`: a stated share with its count and the candidate bases it may refer to.
// The base is explicit when the same sentence states a total (共/累计/总/合计 N, N…其中, 在…N…中);
// otherwise any total stated earlier in the paragraph is a plausible base.
// `已办结9362件，办结率99%`: a rate whose numerator is the figure after the same verb and whose
// denominator is any larger figure of the sentence (never named, so a miss is only a hint).
import type { DocumentModel } from '../document';
import type { NumberToken } from '../numbers/tokens';
import { paragraphSentences, sentenceAt, type Sentence } from './sentences';

export interface PercentFact {
  kind: 'share' | 'rate';
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
// 共 but not the 共 of 公共 (`公共资源配置信息378条` is a part, not a total)
const TOTAL_BEFORE = /((?<!公)共|累计|总计|合计|全年)[^\d,;。]{0,12}$/;

function isTotalMarked(text: string, t: NumberToken, sentenceStart: number): boolean {
  const before = text.slice(Math.max(sentenceStart, t.start - 16), t.start);
  const after = text.slice(t.unitEnd, t.unitEnd + 12);
  return TOTAL_BEFORE.test(before) || /^[^\d,;。]{0,2},?其中/.test(after) || (/在[^\d,;。]{0,10}$/.test(before) && /^[^\d,;。]{0,10}中/.test(after));
}

const RATE = /([\u4e00-\u9fff]{1,2})率(为|是|达|达到)?$/;

function rateOf(text: string, numbers: readonly NumberToken[], i: number, sentence: Sentence | undefined): PercentFact | null {
  const percent = numbers[i];
  if (!sentence || percent.approx) return null;
  const m = RATE.exec(text.slice(Math.max(sentence.start, percent.start - 6), percent.start));
  if (!m) return null;
  const verb = m[1];
  const earlier = numbers.slice(Math.max(0, i - BASE_WINDOW), i).filter((t) => t.start >= sentence.start && t.kind === 'count' && !t.approx && t.value.scale === 0);
  // the verb stands right before the numerator (`已办结9362件`, `公示了2301件`)
  const afterVerb = (t: NumberToken): boolean => {
    const before = text.slice(Math.max(sentence.start, t.start - verb.length - 1), t.start);
    return before.endsWith(verb) || (/[了的]$/.test(before) && before.slice(0, -1).endsWith(verb));
  };
  const numerator = [...earlier].reverse().find(afterVerb);
  if (!numerator) return null;
  const bases = earlier.filter((t) => t !== numerator && t.start < numerator.start && t.unit === numerator.unit && t.value.units >= numerator.value.units && t.value.units > 0).reverse();
  return bases.length > 0 ? { kind: 'rate', percent, count: numerator, bases, explicit: false, approximate: false } : null;
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
      const rate = rateOf(text, p.numbers, i, sentenceAt(sentences, percent.start));
      if (rate) {
        facts.push(rate);
        return;
      }
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
      facts.push({ kind: 'share', percent, count, bases, explicit: stated.length > 0, approximate: !!m[1] });
    });
  }
  return facts;
}
