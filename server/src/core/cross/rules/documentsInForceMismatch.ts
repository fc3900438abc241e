// documents-in-force-mismatch (2021 form, table 二): 现行有效件数 of year N should be last year's
// 现行有效件数 + 本年制发件数 − 本年废止件数 of N, row by row (规章, 行政规范性文件). A warning: documents
// also expire or are replaced without being abolished.
import { add, compare, format, sub } from '../../numbers/decimal';
import { ruleMeta } from '../../rules/meta';
import { pairingMessage } from '../pairing';
import { tableOfBothYears, cellText, differenceText, type CrossRule } from './context';

const ROWS = ['rules', 'normative'];

export const documentsInForceMismatch: CrossRule = {
  meta: ruleMeta('documents-in-force-mismatch')!,
  checkPair(pair, t, out) {
    if (pair.earlier.entry.summary.template !== '2021' || pair.later.entry.summary.template !== '2021') return;
    const { before, now, lastYear, year } = tableOfBothYears(pair, 't2');
    for (const row of ROWS) {
      const [previous, inForce, issued, abolished] = [before.get(`${row}|inForce`), now.get(`${row}|inForce`), now.get(`${row}|issued`), now.get(`${row}|abolished`)];
      if (!previous?.value || !inForce?.value || !issued?.value || !abolished?.value) continue;
      const expected = sub(add(previous.value, issued.value), abolished.value);
      if (compare(expected, inForce.value) === 0) continue;
      out.report({
        path: pair.later.entry.path,
        span: inForce.span,
        message: t('documentsInForce.message', {
          cell: inForce.name,
          value: format(inForce.value),
          lastYear: lastYear!,
          previous: format(previous.value),
          issued: format(issued.value),
          abolished: format(abolished.value),
          expected: format(expected),
          difference: differenceText(t, inForce.value, expected),
          pairing: pairingMessage(pair),
        }),
        related: [
          { path: pair.earlier.entry.path, span: previous.span, message: cellText(t, lastYear, previous) },
          { path: pair.later.entry.path, span: issued.span, message: cellText(t, year, issued) },
          { path: pair.later.entry.path, span: abolished.span, message: cellText(t, year, abolished) },
        ],
      });
    }
  },
};
