// table-image: the statistical table is only a picture, so nothing in it can be checked.
import type { Rule } from './context';
import { ruleMeta } from './meta';

export const tableImage: Rule = {
  meta: ruleMeta('table-image')!,
  check(ctx, out) {
    for (const image of ctx.imageTables) {
      out.report({
        span: ctx.span(image.start, image.end),
        message: ctx.t('image.message', { file: image.fileName }),
        related: [],
        fixes: [],
      });
    }
  },
};
