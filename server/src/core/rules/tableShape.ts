// table-shape: rows whose figures do not fit the template (missing or extra cells). Once per
// table; rows read by guessing an alignment are never used for arithmetic errors.
import type { Rule } from './context';
import { ruleMeta } from './meta';

export const tableShape: Rule = {
  meta: ruleMeta('table-shape')!,
  check(ctx, out) {
    for (const table of ctx.doc.tables) {
      const issues = table.shapeIssues;
      if (issues.length === 0) continue;
      const first = issues[0];
      const describe = issues.map((i) => `${i.rowLabel}：应有 ${i.expected} 个数字，读到 ${i.found} 个${i.resolved ? '（已按唯一使各项合计成立的对齐方式读取）' : '（未核对）'}`);
      out.report({
        span: ctx.span(first.start, first.end),
        message: `${table.def.name}的数字个数与模板不符：${describe.slice(0, 3).join('；')}${issues.length > 3 ? `；另有 ${issues.length - 3} 行` : ''}`,
        related: issues.slice(1).map((i) => ({ span: ctx.span(i.start, i.end), message: `${i.rowLabel}：应有 ${i.expected} 个，读到 ${i.found} 个` })),
        fixes: [],
        computation: [`**${table.def.name}**：以下各行的数字个数与模板不符，相关勾稽关系不报错误`, '', ...describe.map((d) => `- ${d}`)].join('\n'),
      });
    }
  },
};
