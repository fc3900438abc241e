// table-shape: rows whose figures do not fit the template (missing or extra cells), or a table whose
// figures could not be read as rows at all. Once per table; rows read by guessing an alignment are
// never used for arithmetic errors, and an unreadable table is never checked: the warning says so.
import type { ShapeIssue } from '../tables/readTable';
import { tableTitle } from '../tables/tableTitle';
import type { Rule, RuleContext } from './context';
import { ruleMeta } from './meta';

const rowName = ({ t }: RuleContext, i: ShapeIssue): string => i.rowLabel || t('shape.dataRow');

function describe(ctx: RuleContext, i: ShapeIssue): string {
  if (i.notInRows) return ctx.t('shape.notInRows', { expected: i.expected, found: i.found });
  return ctx.t('shape.row', { row: rowName(ctx, i), expected: i.expected, found: i.found, how: ctx.t(i.resolved ? 'shape.resolved' : 'shape.unchecked') });
}

export const tableShape: Rule = {
  meta: ruleMeta('table-shape')!,
  check(ctx, out) {
    const { t } = ctx;
    for (const table of ctx.doc.tables) {
      const issues = table.shapeIssues;
      if (issues.length === 0) continue;
      const [first] = issues;
      const lines = issues.map((i) => describe(ctx, i));
      const more = issues.length > 3 ? t('shape.moreRows', { count: issues.length - 3 }) : '';
      out.report({
        span: ctx.span(first.start, first.end),
        message: first.notInRows
          ? t('shape.unreadable', { table: tableTitle(t, table.def), detail: lines[0] })
          : t('shape.message', { table: tableTitle(t, table.def), rows: t.join(lines.slice(0, 3), 'list.semicolons'), more }),
        related: issues.slice(1).map((i) => ({ span: ctx.span(i.start, i.end), message: t('shape.related', { row: rowName(ctx, i), expected: i.expected, found: i.found }) })),
        fixes: [],
        computation: [t('shape.hover', { table: tableTitle(t, table.def) }), '', ...lines.map((d) => `- ${d}`)].join('\n'),
      });
    }
  },
};
