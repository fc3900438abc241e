// carry-over-mismatch: table 三 `二、上年结转政府信息公开申请数量` of year N, column by column, is what
// year N−1's report carried into the next year (`四、结转下年度继续办理`). Both cells must have been read.
import { compare, format } from '../../numbers/decimal';
import { ruleMeta } from '../../rules/meta';
import { pairingText } from '../pairing';
import { tableOfBothYears, cellText, differenceText, type CrossRule } from './context';

export const carryOverMismatch: CrossRule = {
  meta: ruleMeta('carry-over-mismatch')!,
  checkPair(pair, out) {
    const { before, now, lastYear, year } = tableOfBothYears(pair, 't3');
    for (const carried of now.values()) {
      if (carried.row !== 'carry' || carried.value === null) continue;
      const sent = before.get(`next|${carried.column}`);
      if (!sent || sent.value === null || compare(carried.value, sent.value) === 0) continue;
      out.report({
        path: pair.later.entry.path,
        span: carried.span,
        message:
          `${carried.name} ${format(carried.value)} 与 ${lastYear} 年报告的${sent.name} ${format(sent.value)} 不一致${differenceText(carried.value, sent.value)}：` +
          `本年的上年结转数应等于上年报告结转下年度继续办理的数量（${pairingText(pair)}）`,
        related: [
          { path: pair.earlier.entry.path, span: sent.span, message: cellText(lastYear, sent) },
          { path: pair.later.entry.path, span: carried.span, message: cellText(year, carried) },
        ],
      });
    }
  },
};
