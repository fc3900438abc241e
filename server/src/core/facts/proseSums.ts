// `共N件，其中A件、B件、其他C件`: a total with its parts. The parts must add up only when the list
// is a partition: it has a catch-all item (其他/其余) or it is a known pair (按时/延期, 自然人/法人).
// Where the list may end is not always clear (`…其他组织申请20件，办结118件`), so every plausible
// partition is kept: the whole list, and each prefix that ends with a catch-all or forms a pair.
import type { DocumentModel } from '../document';
import { firstTokenFrom, tokensWithin, type NumberToken } from '../numbers/tokens';
import { paragraphSentences } from './sentences';

export interface ProsePart {
  token: NumberToken;
  /** The words naming the part, e.g. `政务动态类信息`. */
  label: string;
  /** The words after the figure up to the next delimiter (`依法按时…答复` in `580件依法按时…答复`). */
  after: string;
}

export interface ProseSum {
  total: NumberToken;
  /** Plausible partitions of the total, the most natural first; the total must equal one of them. */
  readings: ProsePart[][];
  /** Words before the total, for messages. */
  totalLabel: string;
}

const CATCH_ALL_LABEL = /^(其他|其它|其余)/;
const CATCH_ALL_AFTER = /^(为|属于?|是)?(其他|其它|其余)/;
const KNOWN_PAIRS: readonly (readonly RegExp[])[] = [
  [/按时|按期/, /延期/],
  [/自然人/, /法人/],
];
/** Longer lists are not itemisations of one total (and would make long paragraphs slow). */
const MAX_PARTS = 40;
const DELIMITERS = new Set([',', ';', '、', ':', '。']);
const SHARE_AFTER = /^,?(大约|约)?占[^\d,;。%]{0,10}?[\d.]+%/;

/** The words between the previous delimiter (or figure) and a figure. */
function labelBefore(text: string, token: NumberToken, floor: number): string {
  let i = token.start;
  while (i > floor && !DELIMITERS.has(text[i - 1]) && !/[\d%]/.test(text[i - 1])) i--;
  return text.slice(i, token.start).replace(/^[的]/, '').trim();
}

function wordsAfter(text: string, token: NumberToken, limit: number): string {
  let i = token.unitEnd;
  while (i < limit && !DELIMITERS.has(text[i])) i++;
  return text.slice(token.unitEnd, i);
}

const isCatchAll = (p: ProsePart): boolean => CATCH_ALL_LABEL.test(p.label) || CATCH_ALL_AFTER.test(p.after);
const mentions = (p: ProsePart, re: RegExp): boolean => re.test(p.label) || re.test(p.after);
const isPair = (a: ProsePart, b: ProsePart): boolean => KNOWN_PAIRS.some(([x, y]) => mentions(a, x) && mentions(b, y));

/** Publication channels: the same item is counted in each channel it went out on, but once in the total. */
const CHANNEL = /网站|微博|微信|公报|新闻发布|客户端|APP|媒体|渠道|平台|公开栏|报纸|广播|电视|短信|热线/i;
const isChannelList = (parts: readonly ProsePart[]): boolean => parts.filter((p) => CHANNEL.test(p.label)).length * 2 >= parts.length;

function readingsOf(parts: readonly ProsePart[]): ProsePart[][] {
  if (isChannelList(parts)) return [];
  const prefixes = parts.map((_, i) => parts.slice(0, i + 1)).filter((p) => p.length >= 2 && (isCatchAll(p[p.length - 1]) || (p.length === 2 && isPair(p[0], p[1]))));
  const whole = parts.some(isCatchAll) && !prefixes.some((p) => p.length === parts.length) ? [parts.slice()] : [];
  // a catch-all usually closes the list: the longest such prefix reads most naturally
  return [...prefixes.reverse(), ...whole];
}

/**
 * Where a 其中 list ends: items separated by `;` run to the end of the sentence; items separated
 * by `,` or `、` end at the first `;` (what follows is a new statement). `nextList`: the next 其中.
 */
function listEndOf(text: string, counts: readonly NumberToken[], at: number, limit: number, nextList: number): number {
  const first = counts[firstTokenFrom(counts, at + 2)];
  if (!first || first.end > limit) return limit;
  // look only up to the next 其中: past it the list is nested anyway (keeps this linear)
  const searchEnd = nextList >= 0 && nextList < limit ? nextList : limit;
  let i = first.unitEnd;
  // a share attached to the item (`161条，占总数的19.44%；`) is part of it
  const share = SHARE_AFTER.exec(text.slice(i, Math.min(limit, i + 24)));
  if (share) i += share[0].length;
  while (i < searchEnd && !DELIMITERS.has(text[i])) i++;
  if (i >= searchEnd || text[i] === ';') return limit;
  for (; i < searchEnd; i++) if (text[i] === ';') return i;
  return limit;
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
        const listEnd = listEndOf(text, inSentence, at, sentence.end, next);
        // a list with another 其中 inside is not checked (its items are nested lists)
        const nested = next >= 0 && next < listEnd;
        const total = inSentence[firstTokenFrom(inSentence, at) - 1] as NumberToken | undefined;
        const tokens = nested || !total ? [] : tokensWithin(inSentence, at + 2, listEnd);
        if (tokens.length >= 2 && tokens.length <= MAX_PARTS) {
          const parts = tokens.map((token) => ({ token, label: labelBefore(text, token, at + 2), after: wordsAfter(text, token, listEnd) }));
          const uniform = parts.every((q) => q.token.unit === total!.unit && !q.token.approx) && !total!.approx;
          const readings = uniform ? readingsOf(parts) : [];
          if (readings.length > 0) sums.push({ total: total!, readings, totalLabel: labelBefore(text, total!, sentence.start) });
        }
        at = next >= 0 && next < sentence.end ? next : -1;
      }
    }
  }
  return sums;
}
