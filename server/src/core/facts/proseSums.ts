// `共N件，其中A件、B件、其他C件`: a total with its parts. The parts must add up only when the list
// is a partition: it has a catch-all item (其他/其余) or it is a known pair (按时/延期, 自然人/法人).
import type { DocumentModel } from '../document';
import { firstTokenFrom, tokensWithin, type NumberToken } from '../numbers/tokens';
import { paragraphSentences } from './sentences';

export interface ProsePart {
  token: NumberToken;
  /** The words naming the part, e.g. `政务动态类信息`. */
  label: string;
  /** The label and the words after the figure up to the next delimiter (`580件依法按时…答复`). */
  context: string;
}

export interface ProseSum {
  total: NumberToken;
  parts: ProsePart[];
  /** Words before the total, for messages. */
  totalLabel: string;
}

const CATCH_ALL = /其他|其它|其余/;
const KNOWN_PAIRS: readonly (readonly RegExp[])[] = [
  [/按时|按期/, /延期/],
  [/自然人/, /法人/],
];
const DELIMITERS = new Set([',', ';', '、', ':', '。']);
const SHARE_AFTER = /^,?(大约|约)?占[^\d,;。%]{0,10}?[\d.]+%/;

/** The words between the previous delimiter (or figure) and a figure. */
export function labelBefore(text: string, token: NumberToken, floor: number): string {
  let i = token.start;
  while (i > floor && !DELIMITERS.has(text[i - 1]) && !/[\d%]/.test(text[i - 1])) i--;
  return text.slice(i, token.start).replace(/^[的]/, '').trim();
}

function wordsAfter(text: string, token: NumberToken, limit: number): string {
  let i = token.unitEnd;
  while (i < limit && !DELIMITERS.has(text[i])) i++;
  return text.slice(token.unitEnd, i);
}

function isPartition(parts: readonly ProsePart[]): boolean {
  if (parts.some((p) => CATCH_ALL.test(p.context))) return true;
  return parts.length === 2 && KNOWN_PAIRS.some(([a, b]) => a.test(parts[0].context) && b.test(parts[1].context));
}

/**
 * Where a 其中 list ends: items separated by `;` run to the end of the sentence; items separated
 * by `,` or `、` end at the first `;` (what follows is a new statement).
 */
function listEndOf(text: string, counts: readonly NumberToken[], at: number, limit: number): number {
  const first = counts[firstTokenFrom(counts, at + 2)];
  if (!first || first.end > limit) return limit;
  let i = first.unitEnd;
  // a share attached to the item (`161条，占总数的19.44%；`) is part of it
  const share = SHARE_AFTER.exec(text.slice(i, Math.min(limit, i + 24)));
  if (share) i += share[0].length;
  while (i < limit && !DELIMITERS.has(text[i])) i++;
  if (text[i] === ';') return limit;
  const semicolon = text.indexOf(';', i);
  return semicolon >= 0 && semicolon < limit ? semicolon : limit;
}

export function findProseSums(doc: DocumentModel): ProseSum[] {
  const text = doc.norm.text;
  const sums: ProseSum[] = [];
  for (const p of doc.paragraphs) {
    const counts = p.numbers.filter((t) => t.kind === 'count');
    if (counts.length < 3) continue;
    for (const sentence of paragraphSentences(text, p)) {
      const inSentence = tokensWithin(counts, sentence.start, sentence.end);
      let at = inSentence.length >= 3 ? text.indexOf('其中', sentence.start) : -1;
      while (at >= 0 && at < sentence.end) {
        const next = text.indexOf('其中', at + 2);
        const listEnd = listEndOf(text, inSentence, at, sentence.end);
        const nested = next >= 0 && next < listEnd;
        const total = inSentence[firstTokenFrom(inSentence, at) - 1] as NumberToken | undefined;
        const parts = tokensWithin(inSentence, at + 2, listEnd).map((token) => {
          const before = labelBefore(text, token, at + 2);
          const after = wordsAfter(text, token, listEnd);
          return { token, label: before || after, context: before + after };
        });
        const sameUnit = total && parts.every((q) => q.token.unit === total.unit);
        const exact = total && !total.approx && parts.every((q) => !q.token.approx);
        if (total && parts.length >= 2 && sameUnit && exact && !nested && isPartition(parts)) {
          sums.push({ total, parts, totalLabel: labelBefore(text, total, sentence.start) });
        }
        at = next >= 0 && next < sentence.end ? next : -1;
      }
    }
  }
  return sums;
}
