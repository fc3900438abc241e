// percent-mismatch: a share, rate or growth that does not match its terms at its stated precision,
// rounding half up (23.2% for 30/129 = 23.26% is wrong; 15% for 91/596 = 15.27% is right). Any
// plausible base that fits clears the figure; a miss is an error only when the base is determined.
import { format, percentMatches, percentRounded } from '../numbers/decimal';
import type { NumberToken } from '../numbers/tokens';
import type { PercentBase, PercentFact } from '../facts/percentages';
import type { Rule } from './context';
import { ruleMeta } from './meta';

const PRECISION = ['整数', '一位小数', '两位小数', '三位小数'];
const KIND_NAME: Record<PercentFact['kind'], string> = { share: '占比', rate: '比率', growth: '增幅' };
const COUNT_NAME: Record<PercentFact['kind'], string> = { share: '数量', rate: '分子', growth: '本年' };

function explain(b: PercentBase, stated: NumberToken): string {
  const rounded = format(percentRounded(b.numerator, b.base, stated.value.scale));
  return `${b.formula} ≈ ${format(percentRounded(b.numerator, b.base, stated.value.scale + 2))}%，按${PRECISION[stated.value.scale] ?? `${stated.value.scale} 位小数`}四舍五入为 ${rounded}%`;
}

export const percentMismatch: Rule = {
  meta: ruleMeta('percent-mismatch')!,
  check(ctx, out) {
    for (const fact of ctx.percentages) {
      const { percent, count, bases } = fact;
      if (bases.length === 0) continue;
      const tolerance = fact.approximate ? 'unit' : 'half';
      const fitting = bases.find((b) => percentMatches(percent.value, b.numerator, b.base, tolerance));
      const span = ctx.span(percent.start, percent.end);
      const stated = `${format(percent.value)}%`;
      const kind = KIND_NAME[fact.kind];
      if (fitting) {
        out.checked(span, () => ({ markdown: `**${kind}核对**：${stated} ✓ ${explain(fitting, percent)}`, table: '' }), true);
        continue;
      }
      const base = bases[0];
      // a growth stated where the figures fell (or the reverse): no percentage can repair the verb
      const wrongWay = base.numerator < 0;
      const expected = format(percentRounded(base.numerator, base.base, percent.value.scale));
      const computation = [
        `**${kind}核对**：写作 ${stated}（基数：${fact.basis}）`,
        '',
        `${explain(base, percent)}${fact.approximate ? '（“约”：允许相差一个末位单位）' : ''}`,
        ...(bases.length > 1 ? ['', `其他可能的算法：${bases.slice(1).map((b) => b.formula).join('、')}，也都不符`] : []),
      ].join('\n');
      out.checked(span, () => ({ markdown: computation, table: '' }), false);
      const note = fact.explicit ? `（依据：${fact.basis}）` : fact.kind === 'rate' ? '（比率的分母未写明，仅供参考）' : '（基数未在本句写明，仅供参考）';
      out.report({
        span,
        severity: fact.explicit ? undefined : 'hint',
        message: wrongWay ? `${stated} 的方向与数字不符：${base.formula} 为负（${expected}%）` : `${stated} 与 ${explain(base, percent)} 不符${note}`,
        related: [{ span: ctx.span(count.start, count.end), message: `${COUNT_NAME[fact.kind]} ${format(count.value)}` }, ...base.where.map((w) => ({ span: ctx.span(w.start, w.end), message: w.message }))],
        computation,
        fixes: wrongWay ? [] : [{ title: `将 ${ctx.written(percent.start, percent.end)} 改为 ${expected}`, edits: [{ span, newText: expected }], preferred: fact.explicit }],
      });
    }
  },
};
