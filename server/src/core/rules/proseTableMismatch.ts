// prose-table-mismatch: a prose figure that names the same quantity as a table cell and disagrees.
import { compare, format, sum } from '../numbers/decimal';
import type { Rule } from './context';
import { difference } from './explain';
import { ruleMeta } from './meta';
import { proseAgreeingWith } from './tableFindings';

export const proseTableMismatch: Rule = {
  meta: ruleMeta('prose-table-mismatch')!,
  check(ctx, out) {
    // a prose figure that agrees with the corrected value of a wrong table cell is reported with that cell
    const agreeing = new Set(ctx.culprits.flatMap((c) => proseAgreeingWith(ctx, c)));
    for (const r of ctx.restatements) {
      if (r.cells.some((c) => c.value === null) || agreeing.has(r)) continue;
      const tableValue = sum(r.cells.map((c) => c.value!));
      const ok = compare(tableValue, r.figure.value) === 0;
      const table = format(tableValue);
      const stated = format(r.figure.value);
      const cellsText = r.cells.map((c) => `${c.name} ${c.text}`).join(' + ');
      const computation = `**正文与统计表核对**：正文“${r.alias.phrases.find((p) => ctx.doc.norm.text.startsWith(p, r.phraseStart)) ?? r.alias.name}” ${stated}${ok ? ' = ' : ' ≠ '}统计表 ${cellsText}${r.cells.length > 1 ? ` = ${table}` : ''}`;
      const span = ctx.span(r.figure.start, r.figure.end);
      out.checked(span, () => computation, ok);
      if (ok) continue;
      out.report({
        span,
        message: `正文中的${r.alias.name} ${stated} 与统计表不一致：${cellsText}${r.cells.length > 1 ? ` = ${table}` : ''}${difference(r.figure.value, tableValue)}`,
        related: r.cells.map((c) => ({ span: ctx.span(c.start, c.end), message: `统计表 ${c.name} = ${c.text}` })),
        computation,
        fix: { title: `按统计表将 ${stated} 改为 ${table}`, edits: [{ span, newText: table }], preferred: false },
      });
    }
  },
};
