// Evaluates a template identity over the cells that were read. Null when a cell is missing or a
// total is blank: a missing total is not a failed sum. A blank part (`-`, `—`, `/`, `无`) counts as 0,
// as the forms intend, but a blank cell that is the total of some sum of the table (a row's 总计,
// （七）总计) is "not stated", so no identity that involves it is checked.
import { compare, sum, ZERO, type Decimal } from '../numbers/decimal';
import type { Identity } from '../templates/types';
import { cellId, type TableCell } from './readTable';

export interface IdentityResult {
  identity: Identity;
  ok: boolean;
  /** The stated side: the total (sum), the left cells (balance), the part (atMost). */
  stated: TableCell[];
  statedValue: Decimal;
  /** The other side: parts (sum), right cells (balance), the whole (atMost). */
  others: TableCell[];
  othersValue: Decimal;
}

const valueOf = (c: TableCell): Decimal => c.value ?? ZERO;

const totalsOf = new WeakMap<readonly Identity[], Set<string>>();

/** The cells that are the total of a sum among `identities` (computed once per template table). */
function sumTotals(identities: readonly Identity[]): Set<string> {
  let totals = totalsOf.get(identities);
  if (!totals) totalsOf.set(identities, (totals = new Set(identities.flatMap((i) => (i.kind === 'sum' ? [cellId(i.total[0], i.total[1])] : [])))));
  return totals;
}

/**
 * Every identity of a table that can be evaluated over the cells read. A sum among whose parts stands
 * a row the template does not have (`unknownAfter`: the rows it followed) is incomplete: not evaluated.
 */
export function evaluateTable(identities: readonly Identity[], cells: ReadonlyMap<string, TableCell>, rowsSeen?: ReadonlySet<string>, unknownAfter: ReadonlySet<string> = new Set()): IdentityResult[] {
  const totals = sumTotals(identities);
  const complete = (i: Identity): boolean => i.kind !== 'sum' || !i.parts.some((p) => unknownAfter.has(p[0]));
  return identities.filter(complete).flatMap((identity) => evaluateIdentity(identity, cells, rowsSeen, totals) ?? []);
}

/** `rowsSeen`: the rows whose labels the table shows; without it every cell is required. `totals`: cells that are totals of sums. */
export function evaluateIdentity(
  identity: Identity,
  cells: Pick<ReadonlyMap<string, TableCell>, 'get'>,
  rowsSeen?: ReadonlySet<string>,
  totals: ReadonlySet<string> = new Set(),
): IdentityResult | null {
  const get = (ref: readonly [string, string]): TableCell | undefined => cells.get(cellId(ref[0], ref[1]));
  const all = (refs: readonly (readonly [string, string])[]): TableCell[] | null => {
    const found = refs.map(get);
    return found.every((c): c is TableCell => c !== undefined) ? found : null;
  };
  let stated: TableCell[] | null;
  let others: TableCell[] | null;
  switch (identity.kind) {
    case 'sum':
      stated = all([identity.total]);
      others = all(identity.parts);
      break;
    case 'balance':
      stated = all(identity.left);
      others = all(identity.right);
      break;
    case 'atMost': {
      stated = all(identity.part);
      // a row the table does not have at all is absent; a row it has but could not read is unknown
      const whole = identity.wholeMayLackRows && rowsSeen ? identity.whole.filter((ref) => rowsSeen.has(ref[0])) : identity.whole;
      others = whole.length > 0 ? all(whole) : null;
      break;
    }
  }
  if (!stated || !others) return null;
  if (identity.kind !== 'balance' && stated.some((c) => c.value === null)) return null;
  if ([...stated, ...others].some((c) => c.value === null && totals.has(cellId(c.row, c.column)))) return null;
  if (identity.kind === 'atMost' && others.some((c) => c.value === null)) return null;
  const statedValue = sum(stated.map(valueOf));
  const othersValue = sum(others.map(valueOf));
  const order = compare(statedValue, othersValue);
  const ok = identity.kind === 'atMost' ? order <= 0 : order === 0;
  return { identity, ok, stated, statedValue, others, othersValue };
}
