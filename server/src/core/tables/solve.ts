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

/**
 * The unique integer solution of the constraints touching `cells` for their changes, or null (several
 * solutions, none, or none in integers). Fraction-free elimination (Bareiss): every division is exact.
 */
function solve<C>(cells: readonly C[], touched: readonly Constraint<C>[]): bigint[] | null {
  const n = cells.length;
  const m: bigint[][] = touched.map((k) => [
    ...cells.map((c) => {
      const i = k.cells.indexOf(c);
      return i >= 0 ? k.coefs[i] : 0n;
    }),
    -k.residual,
  ]);
  let previous = 1n;
  for (let col = 0; col < n; col++) {
    const pivot = m.findIndex((r, i) => i >= col && r[col] !== 0n);
    if (pivot < 0) return null; // several solutions: not a definite correction
    [m[col], m[pivot]] = [m[pivot], m[col]];
    for (let i = col + 1; i < m.length; i++) {
      for (let j = col + 1; j <= n; j++) m[i][j] = (m[col][col] * m[i][j] - m[i][col] * m[col][j]) / previous;
      m[i][col] = 0n;
    }
    previous = m[col][col];
  }
  if (m.slice(n).some((r) => r[n] !== 0n)) return null; // inconsistent
  const x: bigint[] = new Array(n);
  for (let k = n - 1; k >= 0; k--) {
    let rest = m[k][n];
    for (let j = k + 1; j < n; j++) rest -= m[k][j] * x[j];
    if (rest % m[k][k] !== 0n) return null;
    x[k] = rest / m[k][k];
  }
  return x;
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
