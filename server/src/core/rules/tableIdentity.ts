// table-identity: the template identities that are not plain sums: table 三's printed
// 勾稽关系 (一 + 二 = 三(七) + 四, per column) and `其中` rows that may not exceed their parent.
import { format } from '../numbers/decimal';
import type { TableCell } from '../tables/readTable';
import type { Rule } from './context';
import { difference, figuresTable } from './explain';
import { ruleMeta } from './meta';

const plus = (cells: readonly TableCell[]): string => cells.map((c) => c.text || '0').join('+');

export const tableIdentity: Rule = {
  meta: ruleMeta('table-identity')!,
  check(ctx, out) {
    for (const { table, result } of ctx.identities) {
      const id = result.identity;
      if (id.kind === 'sum') continue;
      const cells = [...result.stated, ...result.others];
      const anchor = result.stated[0];
      const span = ctx.span(anchor.start, anchor.end);
      let message: string;
      let computation: string;
      if (id.kind === 'balance') {
        const column = table.def.columns.find((c) => c.key === id.left[0][1])?.label ?? '';
        const left = `${plus(result.stated)} = ${format(result.statedValue)}`;
        const right = `${plus(result.others)} = ${format(result.othersValue)}`;
        message = `${column}列勾稽关系不成立：一+二 = ${left} ≠ 三(七)+四 = ${right}${difference(result.statedValue, result.othersValue)}`;
        computation = [`**${table.def.name}**（${id.statement}）`, '', `${column}列：一+二 = ${left}${result.ok ? ' = ' : ' ≠ '}三(七)+四 = ${right}`, '', figuresTable(cells.map((c) => [c.name, c.text]))].join('\n');
      } else {
        const [part] = result.stated;
        const [whole] = result.others;
        message = `${part.name} ${part.text} 大于其所属的 ${whole.name} ${whole.text}`;
        computation = [`**${table.def.name}**：“其中”项不应超过总数`, '', `${part.name} ${part.text} ${result.ok ? '≤' : '>'} ${whole.name} ${whole.text}`].join('\n');
      }
      out.checked(span, computation, result.ok);
      if (result.ok || cells.some((c) => c.guessed)) continue;
      out.report({
        span,
        message,
        related: cells.filter((c) => c !== anchor).map((c) => ({ span: ctx.span(c.start, c.end), message: `${c.name} = ${c.text}` })),
        computation,
      });
    }
  },
};
