// copied-from-last-year: a passage of long sentences that stands word for word in last year's report
// too (a hint: the 存在的主要问题 of one year copied into the next is what evaluators look for).
// Sentences are compared by hash; a run of consecutive copied sentences in one paragraph of each
// report is one finding, reported when it is long. The form's own wording is never compared.
import { ruleMeta } from '../../rules/meta';
import { pairingMessage } from '../pairing';
import type { SentenceKey } from '../types';
import { MIN_COPIED } from '../vocabulary';
import type { CrossRule } from './context';

/** How many sentences a run extends from `i` (this year) and `j` (last year) while both stay in their paragraph. */
function runLength(now: readonly SentenceKey[], before: readonly SentenceKey[], i: number, j: number): number {
  let k = 0;
  while (
    i + k < now.length &&
    j + k < before.length &&
    now[i + k].hash === before[j + k].hash &&
    now[i + k].paragraph === now[i].paragraph &&
    before[j + k].paragraph === before[j].paragraph
  )
    k++;
  return k;
}

export const copiedFromLastYear: CrossRule = {
  meta: ruleMeta('copied-from-last-year')!,
  checkPair(pair, t, out) {
    const now = pair.later.entry.summary.sentences;
    const before = pair.earlier.entry.summary.sentences;
    const where = new Map<string, number>();
    before.forEach((s, j) => where.has(s.hash) || where.set(s.hash, j));
    for (let i = 0; i < now.length; ) {
      const j = where.get(now[i].hash);
      const k = j === undefined ? 0 : runLength(now, before, i, j);
      if (k === 0) {
        i++;
        continue;
      }
      const chars = now.slice(i, i + k).reduce((n, s) => n + s.length, 0);
      if (chars >= MIN_COPIED) {
        const span = { start: now[i].span.start, end: now[i + k - 1].span.end };
        const theirs = { start: before[j!].span.start, end: before[j! + k - 1].span.end };
        out.report({
          path: pair.later.entry.path,
          span,
          message: t('copied.message', { sentences: k, characters: chars, year: pair.earlier.identity.year!, pairing: pairingMessage(pair) }),
          related: [{ path: pair.earlier.entry.path, span: theirs, message: t('copied.related', { year: pair.earlier.identity.year! }) }],
        });
      }
      i += k;
    }
  },
};
