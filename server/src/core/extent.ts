// The largest and smallest of many values. Math.max(...values) passes every value as an argument and
// throws RangeError beyond about 100,000 of them (the rows of a 1 MB table, the lines of a long PDF).

export function maxOf<T>(items: Iterable<T>, value: (item: T) => number, empty = 0): number {
  let best = -Infinity;
  for (const item of items) best = Math.max(best, value(item));
  return best === -Infinity ? empty : best;
}

export function minOf<T>(items: Iterable<T>, value: (item: T) => number, empty = 0): number {
  return -maxOf(items, (item) => -value(item), -empty);
}
