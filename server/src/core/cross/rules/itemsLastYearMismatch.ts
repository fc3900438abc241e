// items-last-year-mismatch (2019 form, table 二): 上一年项目数量 of year N should be last year's
// 上一年项目数量 + 本年增/减, row by row (行政许可, 其他对外管理服务事项, 行政处罚, 行政强制,
// 行政事业性收费). A warning: a body may recount its items.
import { add, compare, format } from '../../numbers/decimal';
import { ruleMeta } from '../../rules/meta';
import { pairingMessage } from '../pairing';
import { tableOfBothYears, cellText, differenceText, type CrossRule } from './context';

export const itemsLastYearMismatch: CrossRule = {
  meta: ruleMeta('items-last-year-mismatch')!,
  checkPair(pair, t, out) {
    if (pair.earlier.entry.summary.template !== '2019' || pair.later.entry.summary.template !== '2019') return;
    const { before, now, lastYear, year } = tableOfBothYears(pair, 't2');
    for (const items of now.values()) {
      if (items.column !== 'lastYear' || items.value === null) continue;
      const [previous, change] = [before.get(`${items.row}|lastYear`), before.get(`${items.row}|change`)];
      if (!previous?.value || !change?.value) continue;
      const expected = add(previous.value, change.value);
      if (compare(expected, items.value) === 0) continue;
      const signed = change.value.units >= 0 ? `+ ${format(change.value)}` : `− ${format({ ...change.value, units: -change.value.units })}`;
      out.report({
        path: pair.later.entry.path,
        span: items.span,
        message: t('itemsLastYear.message', {
          cell: items.name,
          value: format(items.value),
          lastYear: lastYear!,
          previous: format(previous.value),
          change: signed,
          expected: format(expected),
          difference: differenceText(t, items.value, expected),
          pairing: pairingMessage(pair),
        }),
        related: [
          { path: pair.earlier.entry.path, span: previous.span, message: cellText(t, lastYear, previous) },
          { path: pair.earlier.entry.path, span: change.span, message: cellText(t, lastYear, change) },
          { path: pair.later.entry.path, span: items.span, message: cellText(t, year, items) },
        ],
      });
    }
  },
};
