// The smallest sets of cell changes that make a system of linear constraints over table cells hold
// exactly: every identity of a table (row sums, column sums, subtotals, 一+二 = 三(七)+四) at once,
// and, where the prose restates cells, the prose figures too. Exact integer arithmetic throughout.

/** Σ coef·cell = constant, with `residual` = Σ coef·value − constant (0 when it holds). */
export interface Constraint<C> {
  cells: readonly C[];
  coefs: readonly bigint[];
  residual: bigint;
}

export interface SearchLimits {
  /** The most cells a correction may change. */
  maxCells: number;
  /** Search nodes per size before giving up (keeps pathological tables bounded and deterministic). */
  maxNodes: number;
}

/** A correction: the change of each cell, in units of the constraints' common scale (never 0). */
export type Changes<C> = Map<C, bigint>;

interface Fraction {
  n: bigint;
  d: bigint;
}

const abs = (x: bigint): bigint => (x < 0n ? -x : x);
function gcd(a: bigint, b: bigint): bigint {
  a = abs(a);
  b = abs(b);
  while (b) [a, b] = [b, a % b];
  return a;
}
function fraction(n: bigint, d: bigint): Fraction {
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d) || 1n;
  return { n: n / g, d: d / g };
}
const minus = (a: Fraction, b: Fraction): Fraction => fraction(a.n * b.d - b.n * a.d, a.d * b.d);
const times = (a: Fraction, b: Fraction): Fraction => fraction(a.n * b.n, a.d * b.d);
const over = (a: Fraction, b: Fraction): Fraction => fraction(a.n * b.d, a.d * b.n);

/** The unique integer solution of the constraints touching `cells` for their changes, or null. */
function solve<C>(cells: readonly C[], touched: readonly Constraint<C>[]): bigint[] | null {
  const n = cells.length;
  const rows: Fraction[][] = touched.map((k) => [
    ...cells.map((c) => {
      const i = k.cells.indexOf(c);
      return { n: i >= 0 ? k.coefs[i] : 0n, d: 1n };
    }),
    { n: -k.residual, d: 1n },
  ]);
  let rank = 0;
  for (let col = 0; col < n; col++) {
    const pivot = rows.findIndex((r, i) => i >= rank && r[col].n !== 0n);
    if (pivot < 0) return null; // several solutions: not a definite correction
    [rows[rank], rows[pivot]] = [rows[pivot], rows[rank]];
    const p = rows[rank][col];
    rows[rank] = rows[rank].map((x) => over(x, p));
    for (let i = 0; i < rows.length; i++) {
      if (i === rank || rows[i][col].n === 0n) continue;
      const factor = rows[i][col];
      rows[i] = rows[i].map((x, j) => minus(x, times(factor, rows[rank][j])));
    }
    rank++;
  }
  if (rows.slice(rank).some((r) => r[n].n !== 0n)) return null; // inconsistent
  const solution = rows.slice(0, n).map((r) => r[n]);
  return solution.every((x) => x.d === 1n) ? solution.map((x) => x.n) : null;
}

/**
 * Every correction of the smallest size (≤ maxCells) after which all constraints hold and `accept`
 * agrees (non-negative counts, bounds that held still holding). Empty if there is none within the limits.
 *
 * A set of changed cells can only work if every failing constraint contains one of them and every
 * holding constraint contains none or at least two; the search branches on a constraint that breaks
 * this, the one with the fewest candidate cells first, and solves the system once the set is closed.
 */
export function smallestCorrections<C>(
  constraints: readonly Constraint<C>[],
  changeable: (cell: C) => boolean,
  accept: (changes: Changes<C>) => boolean,
  limits: SearchLimits,
): Changes<C>[] {
  const ids = new Map<C, number>();
  const of = new Map<C, number[]>(); // the constraints each cell is in
  constraints.forEach((k, i) =>
    k.cells.forEach((c) => {
      if (!ids.has(c)) ids.set(c, ids.size);
      const list = of.get(c);
      if (list) list.push(i);
      else of.set(c, [i]);
    }),
  );
  const maxDegree = Math.max(1, ...[...of.entries()].filter(([c]) => changeable(c)).map(([, list]) => list.length));
  for (let size = 1; size <= limits.maxCells; size++) {
    const found = new Map<string, Changes<C>>();
    const visited = new Set<string>();
    let nodes = 0;
    const visit = (set: C[]): void => {
      const key = set.map((c) => ids.get(c)!).sort((a, b) => a - b).join(',');
      if (visited.has(key) || ++nodes > limits.maxNodes) return;
      visited.add(key);
      const count = new Map<number, number>();
      for (const c of set) for (const i of of.get(c) ?? []) count.set(i, (count.get(i) ?? 0) + 1);
      const open = constraints.filter((k, i) => (k.residual !== 0n ? !count.has(i) : count.get(i) === 1));
      const candidates = (ks: readonly Constraint<C>[]): C[] => [...new Set(ks.flatMap((k) => k.cells))].filter((c) => changeable(c) && !set.includes(c));
      if (open.length === 0) {
        const touched = [...count.keys()].map((i) => constraints[i]);
        const deltas = solve(set, touched);
        if (deltas && set.length === size && deltas.every((d) => d !== 0n)) {
          const changes = new Map(set.map((c, i) => [c, deltas[i]]));
          if (accept(changes)) found.set(key, changes);
          return;
        }
        if (deltas || set.length >= size) return;
        for (const c of candidates(touched)) visit([...set, c]);
        return;
      }
      if (set.length + Math.ceil(open.length / maxDegree) > size) return;
      const narrowest = open.map((k) => candidates([k])).reduce((a, b) => (b.length < a.length ? b : a));
      for (const c of narrowest) visit([...set, c]);
    };
    visit([]);
    if (found.size > 0) return [...found.values()];
  }
  return [];
}
