// empty-section: a section the form requires to say something (五、存在的主要问题及改进情况) that says
// only `无` or a few characters.
import { sectionsOf } from '../facts/sections';
import type { Rule } from './context';
import { ruleMeta } from './meta';

/** Fewer characters than this (punctuation and spaces not counted) is no account of anything. */
const MIN_CONTENT = 15;
const NOT_CONTENT = /[\s\p{P}\p{S}]/gu;

export const emptySection: Rule = {
  meta: ruleMeta('empty-section')!,
  check(ctx, out) {
    for (const place of sectionsOf(ctx.doc) ?? []) {
      if (!place.def.substantive || !place.heading) continue;
      const body = ctx.doc.norm.text.slice(place.heading.end, place.end);
      const content = body.replace(NOT_CONTENT, '');
      if (content.length >= MIN_CONTENT) continue;
      out.report({
        span: ctx.span(place.heading.start, place.heading.end),
        message:
          content.length === 0
            ? ctx.t('section.empty', { numeral: place.def.numeral, title: place.def.title })
            : ctx.t('section.nearlyEmpty', { numeral: place.def.numeral, title: place.def.title, text: body.trim().slice(0, 20), count: content.length }),
        related: [],
        fixes: [],
      });
    }
  },
};
