// sum-mismatch: a total that is not the sum of its parts, in prose lists and in table rows,
// columns and subtotals.
import { compare, format, sum } from '../numbers/decimal';
import type { TableCell } from '../tables/readTable';
import type { Span } from '../types';
import type { Rule, RuleContext, Emitter } from './context';
import { addends, difference, figuresTable } from './explain';
import { ruleMeta } from './meta';

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
    out.checked(span, computation, ok);
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

function cellSpan(ctx: RuleContext, c: TableCell): Span {
  return ctx.span(c.start, c.end);
}

function checkTables(ctx: RuleContext, out: Emitter): void {
  const failing = ctx.identities.filter((i) => !i.result.ok && i.result.identity.kind !== 'atMost');
  for (const { table, result } of ctx.identities) {
    if (result.identity.kind !== 'sum') continue;
    const [total] = result.stated;
    const values = result.others.map((c) => c.value ?? { units: 0, scale: 0 });
    const computed = format(result.othersValue);
    const computation = [
      `**${table.def.name}**：${total.name} ${total.text}${result.ok ? ' = ' : ' ≠ '}${addends(values)} = ${computed}`,
      '',
      figuresTable(result.others.map((c) => [c.name, c.text])),
    ].join('\n');
    const span = cellSpan(ctx, total);
    out.checked(span, computation, result.ok);
    if (result.ok || [total, ...result.others].some((c) => c.guessed)) continue;
    // A cell that breaks several identities cannot be fixed from this one alone.
    const involvedElsewhere = failing.filter((f) => f.result !== result && [...f.result.stated, ...f.result.others].includes(total)).length > 0;
    out.report({
      span,
      message: `${total.name} ${total.text} ≠ ${addends(values)} = ${computed}${difference(result.othersValue, result.statedValue)}`,
      related: result.others.map((c) => ({ span: cellSpan(ctx, c), message: `${c.name} = ${c.text}` })),
      computation,
      fix: { title: `将 ${total.text} 改为 ${computed}`, edits: [{ span, newText: computed }], preferred: !involvedElsewhere },
    });
  }
}

export const sumMismatch: Rule = {
  meta: ruleMeta('sum-mismatch')!,
  check(ctx, out) {
    checkProse(ctx, out);
    checkTables(ctx, out);
  },
};
