// Small geometric helpers: coordinates that differ by less than a tolerance are one, and union-find.

/** Sorted representatives of values, those within `tolerance` of their neighbour merged (their mean). */
export function clusterValues(values: readonly number[], tolerance: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  let group: number[] = [];
  for (const v of sorted) {
    if (group.length > 0 && v - group[group.length - 1] > tolerance) {
      out.push(group.reduce((a, b) => a + b, 0) / group.length);
      group = [];
    }
    group.push(v);
  }
  if (group.length > 0) out.push(group.reduce((a, b) => a + b, 0) / group.length);
  return out;
}

/** The index of the representative nearest to `v`. */
export function nearestIndex(representatives: readonly number[], v: number): number {
  let best = 0;
  for (let i = 1; i < representatives.length; i++) if (Math.abs(representatives[i] - v) < Math.abs(representatives[best] - v)) best = i;
  return best;
}

/** The interval [bounds[i], bounds[i + 1]) holding v, else -1. */
export function intervalOf(bounds: readonly number[], v: number): number {
  if (v < bounds[0] || v > bounds[bounds.length - 1]) return -1;
  for (let i = 0; i < bounds.length - 1; i++) if (v <= bounds[i + 1]) return i;
  return -1;
}

export class UnionFind {
  private readonly parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]];
      i = this.parent[i];
    }
    return i;
  }
  union(a: number, b: number): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}
