// Binary search over items sorted by a numeric key.

/** Index of the last item whose key is ≤ `x` (0 when every key is larger, as callers start at 0). */
export function lastAtOrBefore<T>(items: readonly T[], x: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (key(items[mid]) <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
