// missing-section: the national forms prescribe six sections in order (一、总体情况 … 六、其他需要报告的
// 事项); a section that is missing, or that comes before the one it should follow, is what evaluators
// score first. Reworded headings count (see templates/sections.ts).
import { sectionsOf } from '../facts/sections';
import type { Rule } from './context';
import { ruleMeta } from './meta';

const heading = (numeral: string, title: string): string => `“${numeral}、${title}”`;

export const missingSection: Rule = {
  meta: ruleMeta('missing-section')!,
  check(ctx, out) {
    const places = sectionsOf(ctx.doc);
    if (!places) return;
    const template = ctx.doc.template!;
    places.forEach((place, i) => {
      if (place.heading) return;
      const { numeral, title } = place.def;
      if (place.misplaced) {
        const before = places.slice(0, i).reverse().find((p) => p.heading && p.heading.start > place.misplaced!.start);
        out.report({
          span: ctx.span(place.misplaced.start, place.misplaced.end),
          message: ctx.t('section.misplaced', { numeral, heading: heading(numeral, title), before: before!.def.numeral, template: template.name }),
          related: [{ span: ctx.span(before!.heading!.start, before!.heading!.end), message: ctx.t('section.misplacedRelated', { numeral: before!.def.numeral }) }],
          fixes: [],
        });
        return;
      }
      // where the section belongs: before the next section present, else after the last one
      const next = places.slice(i + 1).find((p) => p.heading)?.heading;
      const at = next ?? ctx.doc.title ?? { start: 0, end: 0 };
      out.report({
        span: ctx.span(at.start, at.end),
        message: ctx.t('section.missing', {
          numeral,
          heading: heading(numeral, title),
          template: template.name,
          sections: ctx.t.join(places.map((p) => `${p.def.numeral}、${p.def.title}`), 'list.clauses'),
        }),
        related: [],
        fixes: [],
      });
    });
  },
};
