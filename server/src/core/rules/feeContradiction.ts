// fee-contradiction: section 六 (or, without sections, any clause) says no information-processing fee was
// charged while the report states an amount charged elsewhere.
import { feeStatements } from '../facts/fees';
import { sectionsOf } from '../facts/sections';
import type { Rule } from './context';
import { ruleMeta } from './meta';

export const feeContradiction: Rule = {
  meta: ruleMeta('fee-contradiction')!,
  check(ctx, out) {
    const statements = feeStatements(ctx.doc);
    const charged = statements.filter((s) => s.amount !== null);
    if (charged.length === 0) return;
    const other = sectionsOf(ctx.doc)?.find((p) => p.def.numeral === '六' && p.heading);
    const within = (s: { start: number }) => !other?.heading || (s.start >= other.heading.start && s.start < other.end);
    for (const none of statements.filter((s) => s.amount === null && within(s))) {
      const text = ctx.written(none.start, none.end);
      out.report({
        span: ctx.span(none.start, none.end),
        message: ctx.t('fee.message', { words: text, amounts: ctx.t.join(charged.map((c) => String(c.amount)), 'list.enumeration') }),
        related: charged.map((c) => ({ span: ctx.span(c.start, c.end), message: ctx.t('fee.related', { amount: String(c.amount) }) })),
        fixes: [],
      });
    }
  },
};
