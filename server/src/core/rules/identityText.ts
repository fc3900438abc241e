// How a table identity reads in messages and hovers.
import type { Translator } from '../messages/translate';
import { format, sum, ZERO } from '../numbers/decimal';
import type { IdentityResult } from '../tables/evaluate';
import type { ParsedTable, TableCell } from '../tables/readTable';
import { tableTitle } from '../tables/tableTitle';
import type { Explanation } from '../types';
import { addends, difference, figuresTable } from './explain';

const valueText = (c: TableCell): string => (c.value ? c.text : '0');
const plus = (cells: readonly TableCell[]): string => cells.map(valueText).join('+');

/** `该行各项之和 ` / `该列各项之和 ` when the parts are the rest of a row or a run of a column of a grid. */
function partsName(t: Translator, table: ParsedTable, parts: readonly TableCell[]): string {
  const columns = table.def.columns.length;
  if (columns < 3 || parts.length < 3) return '';
  if (parts.length === columns - 1 && parts.every((c) => c.row === parts[0].row)) return t('identity.rowParts');
  if (parts.every((c) => c.column === parts[0].column)) return t('identity.columnParts');
  return '';
}

/** One line, e.g. `（三）申请答复数 596 ≠ 91+337+…+4 = 594（差 2）`. */
export function identityLine(t: Translator, table: ParsedTable, r: IdentityResult): string {
  const id = r.identity;
  const relation = r.ok ? '=' : '≠';
  switch (id.kind) {
    case 'sum': {
      const [total] = r.stated;
      const values = r.others.map((c) => c.value ?? ZERO);
      return t('identity.sum', {
        total: total.name,
        stated: total.text,
        relation,
        partsName: partsName(t, table, r.others),
        addends: addends(t, values),
        sum: format(r.othersValue),
        difference: r.ok ? '' : difference(t, r.othersValue, r.statedValue),
      });
    }
    case 'balance': {
      const column = table.def.columns.find((c) => c.key === id.left[0][1])?.label ?? '';
      return t('identity.balance', {
        column,
        left: plus(r.stated),
        leftSum: format(r.statedValue),
        relation,
        right: plus(r.others),
        rightSum: format(r.othersValue),
        difference: r.ok ? '' : difference(t, r.statedValue, r.othersValue),
      });
    }
    case 'atMost': {
      const side = (cells: readonly TableCell[]): string =>
        cells.length === 1
          ? `${cells[0].name} ${cells[0].text}`
          : t('identity.cellsSum', { names: t.join(cells.map((c) => c.name), 'list.enumeration'), addends: plus(cells), sum: format(sum(cells.map((c) => c.value ?? ZERO))) });
      const note = id.note && !r.ok ? t('text.parenthesized', { text: t(id.note) }) : '';
      return t('identity.atMost', { part: side(r.stated), relation: r.ok ? '≤' : '>', whole: side(r.others), note });
    }
  }
}

export const cellsOf = (r: IdentityResult): TableCell[] => [...r.stated, ...r.others];

/** The figures of cells as a table, each cell once, in the order given. */
const partsTable = (t: Translator, cells: readonly TableCell[]): string => figuresTable(t, [...new Set(cells)].map((c) => [c.name, c.text]));

/** An identity explained for hovers: the table's name and the identity with its arithmetic, then the table of its cells. */
export function identityExplanation(t: Translator, table: ParsedTable, r: IdentityResult): Explanation {
  const heading = r.identity.kind === 'balance' ? t('identity.balanceHeading', { table: tableTitle(t, table.def), statement: t(r.identity.statement) }) : tableTitle(t, table.def);
  return { markdown: `**${heading}**\n\n${identityLine(t, table, r)}`, table: partsTable(t, cellsOf(r)) };
}

/** A finding's hover, short at the top: the identity with its arithmetic, then `more` (e.g. possible corrections), and last the table of its cells. */
export function identityMarkdown(t: Translator, table: ParsedTable, r: IdentityResult, more: readonly string[] = []): string {
  const { markdown, table: cells } = identityExplanation(t, table, r);
  return [markdown, ...more, '', cells].join('\n');
}

/** Several identities of one table: the verdict, each identity's arithmetic, then one table of all their cells. */
export function identitiesMarkdown(t: Translator, table: ParsedTable, verdict: string, results: readonly IdentityResult[]): string {
  return [verdict, '', `**${tableTitle(t, table.def)}**`, '', ...results.map((r) => `- ${identityLine(t, table, r)}`), '', partsTable(t, results.flatMap(cellsOf))].join('\n');
}
