// percent-mismatch: a share, rate or growth that does not match its terms at its stated precision,
// rounding half up (23.2% for 30/129 = 23.26% is wrong; 15% for 91/596 = 15.27% is right). Any
// plausible base that fits clears the figure; a miss is an error only when the base is determined.
import { format, percentMatches, percentRounded } from '../numbers/decimal';
import type { NumberToken } from '../numbers/tokens';
import type { PercentBase } from '../facts/percentages';
import type { Rule, RuleContext } from './context';
import { ruleMeta } from './meta';

const PRECISION = ['percent.precision0', 'percent.precision1', 'percent.precision2', 'percent.precision3'] as const;
const KIND_NAME = { share: 'percent.kindShare', rate: 'percent.kindRate', growth: 'percent.kindGrowth' } as const;
/** What the count is called when the prose gives it no words of its own. */
const COUNT_NAME = { share: 'percent.relatedShareCount', rate: 'percent.relatedRateCount', growth: 'percent.relatedGrowthCount' } as const;

function explain({ t }: RuleContext, b: PercentBase, stated: NumberToken): string {
  const { scale } = stated.value;
  const named = PRECISION[scale];
  const precision = named ? t(named) : t('percent.precisionN', { digits: scale });
  return t('percent.explain', {
    formula: b.formula,
    exact: format(percentRounded(b.numerator, b.base, scale + 2)),
    precision,
    rounded: format(percentRounded(b.numerator, b.base, scale)),
  });
}

export const percentMismatch: Rule = {
  meta: ruleMeta('percent-mismatch')!,
  check(ctx, out) {
    const { t } = ctx;
    for (const fact of ctx.percentages) {
      const { percent, count, bases } = fact;
      if (bases.length === 0) continue;
      const tolerance = fact.approximate ? 'unit' : 'half';
      const fitting = bases.find((b) => percentMatches(percent.value, b.numerator, b.base, tolerance));
      const span = ctx.span(percent.start, percent.end);
      const stated = `${format(percent.value)}%`;
      const kind = t(KIND_NAME[fact.kind]);
      if (fitting) {
        out.checked(span, () => ({ markdown: t('percent.hoverOk', { kind, stated, explanation: explain(ctx, fitting, percent) }), table: '' }), true);
        continue;
      }
      const base = bases[0];
      // a growth stated where the figures fell (or the reverse): no percentage can repair the verb
      const wrongWay = base.numerator < 0;
      const expected = format(percentRounded(base.numerator, base.base, percent.value.scale));
      const basis = t.render(fact.basis);
      const computation = [
        t('percent.hoverStated', { kind, stated, basis }),
        '',
        `${explain(ctx, base, percent)}${fact.approximate ? t('percent.approximate') : ''}`,
        ...(bases.length > 1 ? ['', t('percent.otherBases', { formulas: t.join(bases.slice(1).map((b) => b.formula), 'list.enumeration') })] : []),
      ].join('\n');
      out.checked(span, () => ({ markdown: computation, table: '' }), false);
      const note = fact.explicit ? t('percent.noteBasis', { basis }) : t(fact.kind === 'rate' ? 'percent.noteRateGuessed' : 'percent.noteBaseGuessed');
      const countValue = format(count.value);
      out.report({
        span,
        severity: fact.explicit ? undefined : 'hint',
        message: wrongWay
          ? t('percent.wrongWay', { stated, formula: base.formula, expected })
          : t('percent.message', { stated, explanation: explain(ctx, base, percent), note }),
        related: [
          { span: ctx.span(count.start, count.end), message: fact.countLabel ? t('related.part', { part: fact.countLabel, value: countValue }) : t(COUNT_NAME[fact.kind], { value: countValue }) },
          ...base.where.map((w) => ({ span: ctx.span(w.start, w.end), message: t.render(w.message) })),
        ],
        computation,
        fixes: wrongWay ? [] : [{ title: t('fix.replace', { stated: ctx.written(percent.start, percent.end), value: expected }), edits: [{ span, newText: expected }], preferred: fact.explicit }],
      });
    }
  },
};
