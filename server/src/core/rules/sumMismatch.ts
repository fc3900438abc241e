// sum-mismatch: a total that is not the sum of its parts, in prose lists and in table rows,
// columns and subtotals.
import type { ProsePart } from '../facts/proseSums';
import { compare, format, sum, type Decimal } from '../numbers/decimal';
import type { Rule, RuleContext, Emitter } from './context';
import { addends, difference, explanationText, figuresTable } from './explain';
import { ruleMeta } from './meta';
import { reportCorrections, reportIdentities } from './tableFindings';

const partName = (p: ProsePart): string => p.label || p.after || '（未命名）';
const valuesOf = (parts: readonly ProsePart[]): Decimal[] => parts.map((p) => p.token.value);

function checkProse(ctx: RuleContext, out: Emitter): void {
  for (const s of ctx.proseSums) {
    // any plausible partition that adds up clears the total
    const parts = s.readings.find((r) => compare(sum(valuesOf(r)), s.total.value) === 0) ?? s.readings[0];
    const values = valuesOf(parts);
    const total = sum(values);
    const ok = compare(total, s.total.value) === 0;
    const stated = format(s.total.value);
    const explanation = {
      markdown: `**合计核对**：${s.totalLabel || '合计'} ${stated}${ok ? ' = ' : ' ≠ '}${addends(values)} = ${format(total)}`,
      table: figuresTable(parts.map((p) => [partName(p), format(p.token.value)])),
    };
    const computation = explanationText(explanation);
    const span = ctx.span(s.total.start, s.total.end);
    out.checked(span, () => explanation, ok, parts.map((p) => ctx.span(p.token.start, p.token.end)));
    if (ok) continue;
    out.report({
      span,
      message: `合计 ${stated} ≠ ${addends(values)} = ${format(total)}${difference(total, s.total.value)}`,
      related: parts.map((p) => ({ span: ctx.span(p.token.start, p.token.end), message: `${partName(p)} ${format(p.token.value)}` })),
      computation,
      fixes: [{ title: `将 ${ctx.written(s.total.start, s.total.end)} 改为 ${format(total)}`, edits: [{ span, newText: format(total) }], preferred: true }],
    });
  }
}

export const sumMismatch: Rule = {
  meta: ruleMeta('sum-mismatch')!,
  check(ctx, out) {
    checkProse(ctx, out);
    reportIdentities(ctx, out, (kind) => kind === 'sum');
    reportCorrections(ctx, out, 'sum-mismatch');
  },
};
