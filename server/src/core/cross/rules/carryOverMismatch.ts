// carry-over-mismatch: table 三 `二、上年结转政府信息公开申请数量` of year N, column by column, is what
// year N−1's report carried into the next year (`四、结转下年度继续办理`). Both cells must have been read.
import { compare, format } from '../../numbers/decimal';
import { ruleMeta } from '../../rules/meta';
import { pairingMessage } from '../pairing';
import { tableOfBothYears, cellText, differenceText, type CrossRule } from './context';

export const carryOverMismatch: CrossRule = {
  meta: ruleMeta('carry-over-mismatch')!,
  checkPair(pair, t, out) {
    const { before, now, lastYear, year } = tableOfBothYears(pair, 't3');
    for (const carried of now.values()) {
      if (carried.row !== 'carry' || carried.value === null) continue;
      const sent = before.get(`next|${carried.column}`);
      if (!sent || sent.value === null || compare(carried.value, sent.value) === 0) continue;
      out.report({
        path: pair.later.entry.path,
        span: carried.span,
        message: t('carryOver.message', {
          cell: carried.name,
          value: format(carried.value),
          lastYear: lastYear!,
          sentCell: sent.name,
          sent: format(sent.value),
          difference: differenceText(t, carried.value, sent.value),
          pairing: pairingMessage(pair),
        }),
        related: [
          { path: pair.earlier.entry.path, span: sent.span, message: cellText(t, lastYear, sent) },
          { path: pair.later.entry.path, span: carried.span, message: cellText(t, year, carried) },
        ],
      });
    }
  },
};
