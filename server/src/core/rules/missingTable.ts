// missing-table: the national forms require table 二 in section 二, table 三 in section 三 and table 四
// in section 四; one that is nowhere in the text is an error. A table that is there but whose rows could
// not be read is table-shape's to report; tables published as pictures, and PDF pages without text,
// have their own findings and are not reported again here.
import { sectionsOf } from '../facts/sections';
import type { Rule } from './context';
import { ruleMeta } from './meta';
import { anyUnread } from '../types';

export const missingTable: Rule = {
  meta: ruleMeta('missing-table')!,
  check(ctx, out) {
    const places = sectionsOf(ctx.doc);
    const template = ctx.doc.template;
    if (!places || !template || ctx.imageTables.length > 0 || anyUnread(ctx.doc.unread)) return;
    for (const place of places) {
      const def = template.tables.find((t) => t.id === place.def.table);
      if (!def || ctx.doc.tables.some((t) => t.def.id === def.id)) continue;
      const at = place.heading ?? ctx.doc.title ?? { start: 0, end: 0 };
      out.report({
        span: ctx.span(at.start, at.end),
        message: ctx.t('table.missing', { table: def.name, template: template.name, numeral: place.def.numeral }),
        related: [],
        fixes: [],
      });
    }
  },
};
