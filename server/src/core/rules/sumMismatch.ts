// sum-mismatch: a total that is not the sum of its parts, in prose lists and in table rows,
// columns and subtotals.
import { compare, format, sum } from '../numbers/decimal';
import type { Rule, RuleContext, Emitter } from './context';
import { addends, difference, figuresTable } from './explain';
import { ruleMeta } from './meta';
import { reportCulprits, reportIdentities } from './tableFindings';

function checkProse(ctx: RuleContext, out: Emitter): void {
  for (const s of ctx.proseSums) {
    const values = s.parts.map((p) => p.token.value);
    const total = sum(values);
    const ok = compare(total, s.total.value) === 0;
    const stated = format(s.total.value);
    const computation = [
      `**合计核对**：${s.totalLabel || '合计'} ${stated}${ok ? ' = ' : ' ≠ '}${addends(values)} = ${format(total)}`,
      '',
      figuresTable(s.parts.map((p) => [p.label || '（未命名）', format(p.token.value)])),
    ].join('\n');
    const span = ctx.span(s.total.start, s.total.end);
    out.checked(span, () => computation, ok);
    if (ok) continue;
    out.report({
      span,
      message: `合计 ${stated} ≠ ${addends(values)} = ${format(total)}${difference(total, s.total.value)}`,
      related: s.parts.map((p) => ({ span: ctx.span(p.token.start, p.token.end), message: `${p.label} ${format(p.token.value)}` })),
      computation,
      fix: { title: `将 ${stated} 改为 ${format(total)}`, edits: [{ span, newText: format(total) }], preferred: true },
    });
  }
}

export const sumMismatch: Rule = {
  meta: ruleMeta('sum-mismatch')!,
  check(ctx, out) {
    checkProse(ctx, out);
    reportIdentities(ctx, out, (kind) => kind === 'sum');
    reportCulprits(ctx, out, (kinds) => kinds.includes('sum'));
  },
};
