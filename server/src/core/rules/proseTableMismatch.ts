// prose-table-mismatch: a prose figure that names the same quantity as a table cell and disagrees.
// Two directions may repair it: the prose after the table, or the table after the prose (a
// correction of the table that agrees with the prose). Neither is preferred; the proof drops the one
// that would break another fact (the prose's own 其中 list, the table's identities).
import { compare, format, sum } from '../numbers/decimal';
import type { Rule } from './context';
import { addends, difference } from './explain';
import { ruleMeta } from './meta';
import { correctionFix } from './tableFindings';

export const proseTableMismatch: Rule = {
  meta: ruleMeta('prose-table-mismatch')!,
  check(ctx, out) {
    const { t } = ctx;
    // a prose figure that agrees with the preferred correction of its table is reported with it
    const settled = new Set(ctx.diagnoses.flatMap((d) => d.preferred?.agreeing ?? []));
    for (const r of ctx.restatements) {
      if (r.cells.some((c) => c.value === null) || settled.has(r)) continue;
      const tableValue = sum(r.cells.map((c) => c.value!));
      const ok = compare(tableValue, r.figure.value) === 0;
      const table = format(tableValue);
      const stated = format(r.figure.value);
      const cellsText = r.cells.map((c) => `${c.name} ${c.text}`).join(' + ');
      const cellsSum = r.cells.length > 1 ? ` = ${table}` : '';
      const computation = t('prose.hover', { phrase: r.phrase, stated, relation: ok ? '=' : '≠', cells: cellsText, sum: cellsSum });
      const span = ctx.span(r.figure.start, r.figure.end);
      const cells = r.cells.filter((c) => c.end > c.start).map((c) => ctx.span(c.start, c.end));
      out.checked(span, () => ({ markdown: computation, table: '' }), ok, cells);
      if (ok) continue;
      // the prose's own list that adds up to its figure speaks for the prose
      const list = ctx.proseSums.find((s) => s.total === r.figure)?.readings.find((parts) => compare(sum(parts.map((p) => p.token.value)), r.figure.value) === 0);
      const ownList = list ? t('prose.ownList', { addends: addends(t, list.map((p) => p.token.value)), stated }) : '';
      const tableCorrections = ctx.diagnoses.flatMap((d) => d.candidates.filter((c) => c.agreeing.includes(r)));
      out.report({
        span,
        message: t('prose.message', { quantity: r.alias.name, stated, cells: cellsText, sum: cellsSum, difference: difference(t, r.figure.value, tableValue), ownList }),
        related: r.cells.map((c) => ({ span: ctx.span(c.start, c.end), message: t('related.tableCell', { cell: c.name, value: c.text }) })),
        computation,
        fixes: [
          { title: t('prose.fixFromTable', { stated: ctx.written(r.figure.start, r.figure.end), value: table }), edits: [{ span, newText: table }], preferred: false },
          ...tableCorrections.map((c) => correctionFix(ctx, c, false, true)),
        ],
      });
    }
  },
};
