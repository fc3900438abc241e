// Which template row a printed label names: matched loosely (labels.ts), each template row once,
// preferring the next unmatched row in template order (the same numbered label, `1.…`, recurs under
// several groups).
import type { Cell } from '../structure/cells';
import type { RowDef } from '../templates/types';
import { cellLabelKey, labelsMatch, templateLabelKey, type LabelKey } from './labels';

export class RowMatcher {
  private readonly keys: LabelKey[][];
  private readonly matched = new Set<number>();
  private last = -1;

  constructor(private readonly rows: readonly RowDef[]) {
    this.keys = rows.map((r) => r.labels.map(templateLabelKey));
  }

  /** The template row a label cell names, preferring the next unmatched row in template order. */
  match(cell: Cell): RowDef | null {
    const i = this.find(cell);
    return i >= 0 ? this.take(i) : null;
  }

  /** Like `match`, without taking the row. */
  find(cell: Cell): number {
    const key = cellLabelKey(cell);
    let fallback = -1;
    for (let i = 0; i < this.rows.length; i++) {
      if (this.matched.has(i) || !this.keys[i].some((k) => labelsMatch(key, k))) continue;
      if (i > this.last) return i;
      if (fallback < 0) fallback = i;
    }
    return fallback;
  }

  /**
   * A label cell that holds two row labels a space apart (text with single spaces between cells:
   * `三、本年度办理结果 （一）予以公开 27 5 …`, a group's label and its first row's) as the two cells; any
   * other cell as it is.
   */
  split(cell: Cell): Cell[] {
    for (const space of cell.text.matchAll(/\s+/g)) {
      const at = space.index;
      const first: Cell = { ...cell, text: cell.text.slice(0, at), end: cell.start + at };
      const second: Cell = { ...cell, text: cell.text.slice(at + space[0].length), start: cell.start + at + space[0].length };
      const [a, b] = [this.find(first), this.find(second)];
      if (a >= 0 && b >= 0 && a !== b) return [first, second];
    }
    return [cell];
  }

  take(i: number): RowDef {
    this.matched.add(i);
    this.last = i;
    return this.rows[i];
  }
}

