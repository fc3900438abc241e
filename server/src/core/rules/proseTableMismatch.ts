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
    // a prose figure that agrees with the preferred correction of its table is reported with it
    const settled = new Set(ctx.diagnoses.flatMap((d) => d.preferred?.agreeing ?? []));
    for (const r of ctx.restatements) {
      if (r.cells.some((c) => c.value === null) || settled.has(r)) continue;
      const tableValue = sum(r.cells.map((c) => c.value!));
      const ok = compare(tableValue, r.figure.value) === 0;
      const table = format(tableValue);
      const stated = format(r.figure.value);
      const cellsText = r.cells.map((c) => `${c.name} ${c.text}`).join(' + ');
      const computation = `**正文与统计表核对**：正文“${r.phrase}” ${stated}${ok ? ' = ' : ' ≠ '}统计表 ${cellsText}${r.cells.length > 1 ? ` = ${table}` : ''}`;
      const span = ctx.span(r.figure.start, r.figure.end);
      const cells = r.cells.filter((c) => c.end > c.start).map((c) => ctx.span(c.start, c.end));
      out.checked(span, () => ({ markdown: computation, table: '' }), ok, cells);
      if (ok) continue;
      // the prose's own list that adds up to its figure speaks for the prose
      const list = ctx.proseSums.find((s) => s.total === r.figure)?.readings.find((parts) => compare(sum(parts.map((p) => p.token.value)), r.figure.value) === 0);
      const ownList = list ? `；正文所列分项 ${addends(list.map((p) => p.token.value))} = ${stated}，与正文一致，统计表可能有误` : '';
      const tableCorrections = ctx.diagnoses.flatMap((d) => d.candidates.filter((c) => c.agreeing.includes(r)));
      out.report({
        span,
        message: `正文中的${r.alias.name} ${stated} 与统计表不一致：${cellsText}${r.cells.length > 1 ? ` = ${table}` : ''}${difference(r.figure.value, tableValue)}${ownList}`,
        related: r.cells.map((c) => ({ span: ctx.span(c.start, c.end), message: `统计表 ${c.name} = ${c.text}` })),
        computation,
        fixes: [
          { title: `按统计表将 ${ctx.written(r.figure.start, r.figure.end)} 改为 ${table}`, edits: [{ span, newText: table }], preferred: false },
          ...tableCorrections.map((c) => correctionFix(ctx, c, false, '按正文更正统计表：')),
        ],
      });
    }
  },
};
