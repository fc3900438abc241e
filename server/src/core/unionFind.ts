// Disjoint sets of string keys: which keys were joined, directly or through others.
export class UnionFind {
  private readonly parent = new Map<string, string>();
  find(k: string): string {
    let p = this.parent.get(k) ?? k;
    if (p !== k) this.parent.set(k, (p = this.find(p)));
    return p;
  }
  union(a: string, b: string): void {
    const [x, y] = [this.find(a), this.find(b)];
    if (x !== y) this.parent.set(y, x);
  }
}
