// Which body each report of the audit page is filed under, for the filter and the charts by year: the
// identity's key (`洪泽区人民政府` and `洪泽区` are one body), joined across the renames the checks across
// years followed (the pairs they made). A body is shown by the name of its latest report.
import type { ReportIdentity } from '../../core/reportIdentity';
import { UnionFind } from '../../core/unionFind';

export interface BodyGroup {
  /** The name in its latest report: the body filter's value and the chart's caption. */
  name: string;
  /** Its other names as written, latest first. */
  others: string[];
}

type Named = Pick<ReportIdentity, 'body' | 'bodyKey' | 'year'> & { path: string };

/** `pairs`: the paths of the reports the checks across years paired (earlier, later). */
export function withGroups<R extends Named>(rows: readonly R[], pairs: readonly (readonly [string, string])[]): (R & { group: BodyGroup | null })[] {
  const keys = new UnionFind();
  const keyOf = new Map(rows.map((r) => [r.path, r.bodyKey]));
  for (const [earlier, later] of pairs) {
    const [a, b] = [keyOf.get(earlier), keyOf.get(later)];
    if (a && b) keys.union(a, b);
  }
  const names = new Map<string, string[]>();
  const latestFirst = rows.filter((r) => r.bodyKey !== null && r.body !== null).sort((a, b) => (b.year ?? 0) - (a.year ?? 0));
  for (const r of latestFirst) {
    const key = keys.find(r.bodyKey!);
    const list = names.get(key) ?? names.set(key, []).get(key)!;
    if (!list.includes(r.body!)) list.push(r.body!);
  }
  const groups = new Map([...names].map(([key, [name, ...others]]) => [key, { name, others }]));
  return rows.map((r) => ({ ...r, group: r.bodyKey === null ? null : (groups.get(keys.find(r.bodyKey)) ?? null) }));
}
