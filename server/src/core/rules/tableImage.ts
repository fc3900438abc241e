// table-image: the statistical table is only a picture, so nothing in it can be checked.
import type { Rule } from './context';
import { ruleMeta } from './meta';

export const tableImage: Rule = {
  meta: ruleMeta('table-image')!,
  check(ctx, out) {
    for (const image of ctx.imageTables) {
      out.report({
        span: ctx.span(image.start, image.end),
        message: `统计表仅以图片（${image.fileName}）发布，无法核对其中的数字；建议同时发布文字版表格`,
        related: [],
        fixes: [],
      });
    }
  },
};
