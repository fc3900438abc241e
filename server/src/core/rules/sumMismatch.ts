// sum-mismatch: a total that is not the sum of its parts, in prose lists and in table rows,
// columns and subtotals.
import type { ProsePart } from '../facts/proseSums';
import { compare, format, sum, type Decimal } from '../numbers/decimal';
import type { Rule, RuleContext, Emitter } from './context';
import { addends, difference, explanationText, figuresTable } from './explain';
import { ruleMeta } from './meta';
import { reportCorrections, reportIdentities } from './tableFindings';

const partName = (ctx: RuleContext, p: ProsePart): string => p.label || p.after || ctx.t('sum.unnamedPart');
const valuesOf = (parts: readonly ProsePart[]): Decimal[] => parts.map((p) => p.token.value);

function checkProse(ctx: RuleContext, out: Emitter): void {
  const { t } = ctx;
  for (const s of ctx.proseSums) {
    // any plausible partition that adds up clears the total
    const parts = s.readings.find((r) => compare(sum(valuesOf(r)), s.total.value) === 0) ?? s.readings[0];
    const values = valuesOf(parts);
    const total = sum(values);
    const ok = compare(total, s.total.value) === 0;
    const stated = format(s.total.value);
    const explanation = {
      markdown: t('sum.hover', { label: s.totalLabel || t('sum.defaultLabel'), stated, relation: ok ? '=' : '≠', addends: addends(t, values), sum: format(total) }),
      table: figuresTable(t, parts.map((p) => [partName(ctx, p), format(p.token.value)])),
    };
    const computation = explanationText(explanation);
    const span = ctx.span(s.total.start, s.total.end);
    out.checked(span, () => explanation, ok, parts.map((p) => ctx.span(p.token.start, p.token.end)));
    if (ok) continue;
    out.report({
      span,
      message: t('sum.message', { stated, addends: addends(t, values), sum: format(total), difference: difference(t, total, s.total.value) }),
      related: parts.map((p) => ({ span: ctx.span(p.token.start, p.token.end), message: t('related.part', { part: partName(ctx, p), value: format(p.token.value) }) })),
      computation,
      fixes: [{ title: t('fix.replace', { stated: ctx.written(s.total.start, s.total.end), value: format(total) }), edits: [{ span, newText: format(total) }], preferred: true }],
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
