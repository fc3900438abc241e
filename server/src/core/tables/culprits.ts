// When one wrong cell breaks several identities at once (its row sum, its column sum, the
// balance of its column), that cell is the most likely error: a single new value for it makes
// every identity it takes part in hold. Such a cell is reported once, with the broken identities
// as related information.
import { add, compare, sub, ZERO, type Decimal } from '../numbers/decimal';
import type { IdentityResult } from './evaluate';
import type { ParsedTable, TableCell } from './readTable';

export interface Culprit {
  table: ParsedTable;
  cell: TableCell;
  /** The value that makes every identity the cell takes part in hold. */
  value: Decimal;
  explains: IdentityResult[];
}

/** The value `cell` must have for `r` to hold, or null if the cell is not in a sum or balance. */
function requiredValue(r: IdentityResult, cell: TableCell): Decimal | null {
  if (r.identity.kind === 'atMost') return null;
  const current = cell.value ?? ZERO;
  const gap = sub(r.othersValue, r.statedValue); // how much the stated side falls short
  if (r.stated.includes(cell)) return add(current, gap);
  if (r.others.includes(cell)) return sub(current, gap);
  return null;
}

function candidate(table: ParsedTable, cell: TableCell, all: readonly IdentityResult[]): Culprit | null {
  const involved = all.filter((r) => r.identity.kind !== 'atMost' && (r.stated.includes(cell) || r.others.includes(cell)));
  const explains = involved.filter((r) => !r.ok);
  if (explains.length < 2 || explains.length !== involved.length) return null;
  const values = explains.map((r) => requiredValue(r, cell)!);
  const value = values[0];
  if (value.units < 0 || values.some((v) => compare(v, value) !== 0)) return null;
  return { table, cell, value, explains };
}

export function findCulprits(table: ParsedTable, results: readonly IdentityResult[]): Culprit[] {
  const failing = results.filter((r) => !r.ok && r.identity.kind !== 'atMost' && ![...r.stated, ...r.others].some((c) => c.guessed));
  const cells = new Set(failing.flatMap((r) => [...r.stated, ...r.others]));
  const candidates = [...cells].flatMap((c) => candidate(table, c, results) ?? []).sort((a, b) => b.explains.length - a.explains.length);
  const chosen: Culprit[] = [];
  const explained = new Set<IdentityResult>();
  for (const c of candidates) {
    if (c.explains.some((r) => explained.has(r))) continue;
    // another cell explaining exactly the same identities makes the choice a guess
    const rival = candidates.some((o) => o !== c && o.explains.length === c.explains.length && o.explains.every((r) => c.explains.includes(r)));
    if (rival) continue;
    chosen.push(c);
    for (const r of c.explains) explained.add(r);
  }
  return chosen;
}
