// table-shape: rows whose figures do not fit the template (missing or extra cells), or a table whose
// figures could not be read as rows at all. Once per table; rows read by guessing an alignment are
// never used for arithmetic errors, and an unreadable table is never checked: the warning says so.
import type { ShapeIssue } from '../tables/readTable';
import type { Rule } from './context';
import { ruleMeta } from './meta';

function describe(i: ShapeIssue): string {
  if (i.notInRows) {
    return `${i.expected} 行中只有 ${i.found} 行读到与模板相符的数字个数（文本中的数字可能连写在一起，或不是逐行排列的），整表未核对，请对照原件`;
  }
  return `${i.rowLabel}：应有 ${i.expected} 个数字，读到 ${i.found} 个${i.resolved ? '（已按唯一使各项合计成立的对齐方式读取）' : '（未核对）'}`;
}

export const tableShape: Rule = {
  meta: ruleMeta('table-shape')!,
  check(ctx, out) {
    for (const table of ctx.doc.tables) {
      const issues = table.shapeIssues;
      if (issues.length === 0) continue;
      const [first] = issues;
      const lines = issues.map(describe);
      out.report({
        span: ctx.span(first.start, first.end),
        message: first.notInRows
          ? `${table.def.name}无法按行读取：${lines[0]}`
          : `${table.def.name}的数字个数与模板不符：${lines.slice(0, 3).join('；')}${issues.length > 3 ? `；另有 ${issues.length - 3} 行` : ''}`,
        related: issues.slice(1).map((i) => ({ span: ctx.span(i.start, i.end), message: `${i.rowLabel}：应有 ${i.expected} 个，读到 ${i.found} 个` })),
        fixes: [],
        computation: [`**${table.def.name}**：以下各行的数字个数与模板不符，相关勾稽关系不报错误`, '', ...lines.map((d) => `- ${d}`)].join('\n'),
      });
    }
  },
};
