// last-year-figure-mismatch: a prose figure that restates last year's value of a table quantity
// (`全年收到申请81件，较上年（74件）增加7件`: 74 is last year's 本年新收) against last year's own
// table. Only figures whose quantity the sentence names, and only cells last year's report read.
import { compare, format, sum, type Decimal } from '../../numbers/decimal';
import { ruleMeta } from '../../rules/meta';
import { pairingMessage } from '../pairing';
import type { SummaryCell } from '../types';
import { cellsOf, cellText, differenceText, type CrossRule } from './context';

export const lastYearFigureMismatch: CrossRule = {
  meta: ruleMeta('last-year-figure-mismatch')!,
  checkPair(pair, t, out) {
    const lastYear = pair.earlier.identity.year;
    const tables = new Map<string, Map<string, SummaryCell>>();
    const cellsIn = (table: string) => tables.get(table) ?? tables.set(table, cellsOf(pair.earlier.entry.summary, table)).get(table)!;
    for (const figure of pair.later.entry.summary.priorFigures) {
      const cells = figure.cells.map((c) => cellsIn(c.table).get(`${c.row}|${c.column}`));
      if (cells.some((c) => !c || c.value === null)) continue;
      const read = cells as (SummaryCell & { value: Decimal })[];
      const total = sum(read.map((c) => c.value));
      if (compare(total, figure.value) === 0) continue;
      const named = read.map((c) => `${c.name} ${c.text}`).join(' + ');
      out.report({
        path: pair.later.entry.path,
        span: figure.span,
        message: t('lastYearFigure.message', {
          quantity: figure.quantity,
          value: format(figure.value),
          lastYear: lastYear!,
          cells: named,
          sum: read.length > 1 ? ` = ${format(total)}` : '',
          difference: differenceText(t, figure.value, total),
          pairing: pairingMessage(pair),
        }),
        related: read.map((c) => ({ path: pair.earlier.entry.path, span: c.span, message: cellText(t, lastYear, c) })),
      });
    }
  },
};
