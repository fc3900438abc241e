// What would repair a table whose identities fail: the smallest sets of cell changes that make all of
// them hold at once (row sums, column sums, subtotals and 一+二 = 三(七)+四 together), weighed
// against the prose figures that restate its cells. A correction is preferred only when it is
// clearly best: the only smallest one, breaking no prose that agrees with the table, and not
// contradicted by a prose-consistent correction that is not an extension of it.
import type { Restatement } from '../facts/restatements';
import type { Decimal } from '../numbers/decimal';
import { evaluateIdentity, type IdentityResult } from './evaluate';
import { cellId, type ParsedTable, type TableCell } from './readTable';
import { smallestCorrections, type Changes, type Constraint } from './solve';
import { maxOf } from '../extent';

export interface CellChange {
  cell: TableCell;
  value: Decimal;
}

export interface Correction {
  changes: CellChange[];
  /** Prose figures that disagree with the table now and agree once it is corrected. */
  agreeing: Restatement[];
  /** Prose figures that another candidate agrees with and this one leaves in disagreement. */
  unresolved: Restatement[];
}

export interface TableDiagnosis {
  table: ParsedTable;
  /** The failing sums and balances (bounds are reported on their own and never corrected). */
  failing: IdentityResult[];
  /** The smallest corrections, the most plausible first; empty when none changes at most MAX_CELLS cells. */
  candidates: Correction[];
  /** The one clearly best correction, if any. */
  preferred: Correction | null;
}

const LIMITS = { maxCells: 4, maxNodes: 20_000 };

const pow10 = (n: number): bigint => 10n ** BigInt(n);

/**
 * The diagnoses of a table's broken identities, one per group of identities linked by shared cells (or
 * by prose restating cells of both): table 四's three groups are repaired independently of each other.
 */
export function diagnoseTable(table: ParsedTable, results: readonly IdentityResult[], restatements: readonly Restatement[]): TableDiagnosis[] {
  const usable = results.filter((r) => r.identity.kind !== 'atMost' && ![...r.stated, ...r.others].some((c) => c.guessed));
  if (!usable.some((r) => !r.ok)) return [];
  const own = new Set(table.cells.values());
  const prose = restatements.filter((r) => r.cells.every((c) => own.has(c) && c.value !== null));
  // union-find over cells: an identity or a restatement joins all of its cells
  const parent = new Map<TableCell, TableCell>();
  const find = (c: TableCell): TableCell => {
    let root = c;
    while (parent.get(root) && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(c, root);
    return root;
  };
  const join = (cells: readonly TableCell[]): void => cells.forEach((c) => parent.set(find(c), find(cells[0])));
  for (const r of usable) join([...r.stated, ...r.others]);
  for (const r of prose) join(r.cells);
  const groups = new Map<TableCell, { identities: IdentityResult[]; prose: Restatement[] }>();
  const groupOf = (c: TableCell) => {
    const root = find(c);
    let g = groups.get(root);
    if (!g) groups.set(root, (g = { identities: [], prose: [] }));
    return g;
  };
  for (const r of usable) groupOf(r.stated[0]).identities.push(r);
  for (const r of prose) groupOf(r.cells[0]).prose.push(r);
  const scale = Math.max(maxOf(own, (c) => c.value?.scale ?? 0), maxOf(prose, (r) => r.figure.value.scale));
  // the bounds (其中 ≤ its total) that hold, by cell: a correction may not break one
  const bounds = new Map<TableCell, IdentityResult[]>();
  for (const r of results) {
    if (r.identity.kind !== 'atMost' || !r.ok) continue;
    for (const c of [...r.stated, ...r.others]) bounds.set(c, [...(bounds.get(c) ?? []), r]);
  }
  const context: TableContext = { table, scale, bounds };
  return [...groups.values()].filter((g) => g.identities.some((r) => !r.ok)).map((g) => diagnoseGroup(context, g.identities, g.prose));
}

interface TableContext {
  table: ParsedTable;
  /** The finest decimal scale among the table's cells and the prose restating them. */
  scale: number;
  bounds: ReadonlyMap<TableCell, readonly IdentityResult[]>;
}

function diagnoseGroup({ table, scale, bounds }: TableContext, usable: readonly IdentityResult[], prose: readonly Restatement[]): TableDiagnosis {
  const failing = usable.filter((r) => !r.ok);
  const units = (d: Decimal | null): bigint => (d ? BigInt(d.units) * pow10(scale - d.scale) : 0n);
  const identityConstraints = usable.map((r): Constraint<TableCell> => ({
    cells: [...r.stated, ...r.others],
    coefs: [...r.stated.map(() => 1n), ...r.others.map(() => -1n)],
    residual: units(r.statedValue) - units(r.othersValue),
  }));
  const proseConstraints = prose.map((r): Constraint<TableCell> => ({
    cells: r.cells,
    coefs: r.cells.map(() => 1n),
    residual: r.cells.reduce((acc, c) => acc + units(c.value), 0n) - units(r.figure.value),
  }));
  const changeable = (c: TableCell): boolean => c.value !== null && !c.guessed;
  const accept = (changes: Changes<TableCell>): boolean => {
    for (const [cell, delta] of changes) if (units(cell.value) >= 0n && units(cell.value) + delta < 0n) return false;
    const touched = new Set([...changes.keys()].flatMap((c) => bounds.get(c) ?? []));
    if (touched.size === 0) return true;
    const edited = new Map([...changes].map(([cell, delta]) => [cellId(cell.row, cell.column), { ...cell, value: toDecimal(units(cell.value) + delta, scale, cell.value!.scale) }]));
    const changed = { get: (id: string) => edited.get(id) ?? table.cells.get(id) };
    return [...touched].every((b) => evaluateIdentity(b.identity, changed, table.rowsSeen)?.ok !== false);
  };
  const bare = smallestCorrections(identityConstraints, changeable, accept, LIMITS);
  const withProse = bare.length > 0 && proseConstraints.length > 0 ? smallestCorrections([...identityConstraints, ...proseConstraints], changeable, accept, LIMITS) : [];

  const weigh = (changes: Changes<TableCell>): Weighed => {
    const after = (r: Restatement): boolean => r.cells.reduce((acc, c) => acc + units(c.value) + (changes.get(c) ?? 0n), 0n) === units(r.figure.value);
    const before = (i: number): boolean => proseConstraints[i].residual === 0n;
    const correction: Correction = {
      changes: [...changes].map(([cell, delta]) => ({ cell, value: toDecimal(units(cell.value) + delta, scale, cell.value!.scale) })).sort((a, b) => a.cell.start - b.cell.start),
      agreeing: prose.filter((r, i) => !before(i) && after(r)),
      unresolved: prose.filter((r, i) => !before(i) && !after(r)),
    };
    const key = [...changes].map(([c, d]) => `${cellId(c.row, c.column)}:${d}`).sort().join('|');
    return { changes, key, correction, breaks: prose.some((r, i) => before(i) && !after(r)) };
  };
  const plain = bare.map(weigh);
  const consistent = withProse.map(weigh);
  const extendsIt = (y: Weighed, x: Weighed): boolean => [...x.changes].every(([c, d]) => y.changes.get(c) === d);
  const clean = plain.filter((x) => !x.breaks);
  // prose-consistent corrections that all extend the same smallest one confirm it; others compete with it
  const confirmed = consistent.length > 0 ? clean.filter((x) => consistent.every((y) => extendsIt(y, x))) : clean;
  const unique = new Map<string, Correction>();
  for (const w of [...clean, ...consistent]) if (!w.breaks) unique.set(w.key, w.correction);
  const candidates = [...unique.values()].sort((a, b) => a.changes.length - b.changes.length || a.changes[0].cell.start - b.changes[0].cell.start);
  // prose that no candidate can satisfy says nothing about the choice between them
  const contested = new Set(candidates.flatMap((c) => c.agreeing));
  for (const c of candidates) c.unresolved = c.unresolved.filter((r) => contested.has(r));
  return {
    table,
    failing,
    candidates,
    preferred: confirmed.length === 1 ? confirmed[0].correction : null,
  };
}

interface Weighed {
  changes: Changes<TableCell>;
  key: string;
  correction: Correction;
  /** It makes a prose figure that agrees with the table disagree. */
  breaks: boolean;
}

/** `units` at `scale` as a Decimal, at the cell's own scale when that loses nothing. */
function toDecimal(units: bigint, scale: number, cellScale: number): Decimal {
  const factor = pow10(scale - cellScale);
  return units % factor === 0n ? { units: Number(units / factor), scale: cellScale } : { units: Number(units), scale };
}
