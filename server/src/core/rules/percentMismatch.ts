// percent-mismatch: a share that does not match count/base at its stated precision, rounding
// half up (23.2% for 30/129 = 23.26% is wrong; 15% for 91/596 = 15.27% is right). Any plausible
// base that fits clears the figure; a miss is an error only when the sentence states the base.
import { format, percentMatches, percentRounded } from '../numbers/decimal';
import type { NumberToken } from '../numbers/tokens';
import type { Rule } from './context';
import { ruleMeta } from './meta';

const PRECISION = ['整数', '一位小数', '两位小数', '三位小数'];

function explain(count: NumberToken, base: NumberToken, stated: NumberToken): string {
  const c = count.value.units;
  const b = base.value.units;
  const rounded = format(percentRounded(c, b, stated.value.scale));
  return `${c}/${b} ≈ ${format(percentRounded(c, b, stated.value.scale + 2))}%，按${PRECISION[stated.value.scale] ?? `${stated.value.scale} 位小数`}四舍五入为 ${rounded}%`;
}

export const percentMismatch: Rule = {
  meta: ruleMeta('percent-mismatch')!,
  check(ctx, out) {
    for (const fact of ctx.percentages) {
      const { percent, count, bases } = fact;
      if (bases.length === 0) continue;
      const tolerance = fact.approximate ? 'unit' : 'half';
      const fitting = bases.find((b) => percentMatches(percent.value, count.value.units, b.value.units, tolerance));
      const span = ctx.span(percent.start, percent.end);
      const stated = `${format(percent.value)}%`;
      if (fitting) {
        out.checked(span, () => `**${fact.kind === 'rate' ? '比率' : '占比'}核对**：${stated} ✓ ${explain(count, fitting, percent)}`, true);
        continue;
      }
      const base = bases[0];
      const expected = format(percentRounded(count.value.units, base.value.units, percent.value.scale));
      const computation = [
        `**${fact.kind === 'rate' ? '比率' : '占比'}核对**：写作 ${stated}`,
        '',
        `${explain(count, base, percent)}${fact.approximate ? '（“约”：允许相差一个末位单位）' : ''}`,
        ...(bases.length > 1 ? ['', `其他可能的基数：${bases.slice(1).map((b) => format(b.value)).join('、')}，也都不符`] : []),
      ].join('\n');
      out.checked(span, () => computation, false);
      out.report({
        span,
        severity: fact.explicit ? undefined : 'hint',
        message: `${stated} 与 ${explain(count, base, percent)} 不符${fact.explicit ? '' : fact.kind === 'rate' ? '（比率的分母未写明，仅供参考）' : '（基数未在本句写明，仅供参考）'}`,
        related: [
          { span: ctx.span(count.start, count.end), message: `数量 ${format(count.value)}` },
          { span: ctx.span(base.start, base.end), message: `${fact.kind === 'rate' ? '分母' : '基数'} ${format(base.value)}` },
        ],
        computation,
        fixes: [{ title: `将 ${ctx.written(percent.start, percent.end)} 改为 ${expected}`, edits: [{ span, newText: expected }], preferred: fact.explicit }],
      });
    }
  },
};
