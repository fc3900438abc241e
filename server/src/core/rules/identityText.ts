// How a table identity reads in messages and hovers.
import { format, sum, ZERO } from '../numbers/decimal';
import type { IdentityResult } from '../tables/evaluate';
import type { ParsedTable, TableCell } from '../tables/readTable';
import type { Explanation } from '../types';
import { addends, difference, figuresTable } from './explain';

const valueText = (c: TableCell): string => (c.value ? c.text : '0');
const plus = (cells: readonly TableCell[]): string => cells.map(valueText).join('+');

/** `该行各项之和 ` / `该列各项之和 ` when the parts are the rest of a row or a run of a column of a grid. */
function partsName(table: ParsedTable, parts: readonly TableCell[]): string {
  const columns = table.def.columns.length;
  if (columns < 3 || parts.length < 3) return '';
  if (parts.length === columns - 1 && parts.every((c) => c.row === parts[0].row)) return '该行各项之和 ';
  if (parts.every((c) => c.column === parts[0].column)) return '该列各项之和 ';
  return '';
}

/** One line, e.g. `（三）申请答复数 596 ≠ 91+337+…+4 = 594（差 2）`. */
export function identityLine(table: ParsedTable, r: IdentityResult): string {
  const id = r.identity;
  const relation = r.ok ? '=' : '≠';
  switch (id.kind) {
    case 'sum': {
      const [total] = r.stated;
      const values = r.others.map((c) => c.value ?? ZERO);
      return `${total.name} ${total.text} ${relation} ${partsName(table, r.others)}${addends(values)} = ${format(r.othersValue)}${r.ok ? '' : difference(r.othersValue, r.statedValue)}`;
    }
    case 'balance': {
      const column = table.def.columns.find((c) => c.key === id.left[0][1])?.label ?? '';
      return `${column}列 一+二 = ${plus(r.stated)} = ${format(r.statedValue)} ${relation} 三(七)+四 = ${plus(r.others)} = ${format(r.othersValue)}${r.ok ? '' : difference(r.statedValue, r.othersValue)}`;
    }
    case 'atMost': {
      const side = (cells: readonly TableCell[]): string =>
        cells.length === 1 ? `${cells[0].name} ${cells[0].text}` : `${cells.map((c) => c.name).join('、')}之和 ${plus(cells)} = ${format(sum(cells.map((c) => c.value ?? ZERO)))}`;
      const note = id.note && !r.ok ? `（${id.note}）` : '';
      return `${side(r.stated)} ${r.ok ? '≤' : '>'} ${side(r.others)}${note}`;
    }
  }
}

/** Hover markdown: the table and the identity, then a table of its cells. */
export function identityExplanation(table: ParsedTable, r: IdentityResult): Explanation {
  const heading = r.identity.kind === 'balance' ? `${table.def.name}（${r.identity.statement}）` : table.def.name;
  return { markdown: `**${heading}**：${identityLine(table, r)}`, table: figuresTable(cellsOf(r).map((c) => [c.name, c.text])) };
}

export const cellsOf = (r: IdentityResult): TableCell[] => [...r.stated, ...r.others];
