// Where the text names a label of the statistical tables (a row such as `一、本年新收政府信息公开申请数量`,
// a header such as `本年制发件数`): the anchors around which a table is found in text however it was
// flattened (a cell per line, columns aligned by spaces, cells run together by a crawler). Labels
// are compared without white space (`总 计`, `三 、本 年 度` in pdftotext output), in one pass over
// the text with an index on their first characters.

/** Labels shorter than this are too common in prose to anchor a table (`规章`, `其他`, `总计`). */
const MIN_LABEL = 4;
const PREFIX = 3;

export interface Anchor {
  /** Normalised offsets of the label's first and last characters (end exclusive). */
  start: number;
  end: number;
  /** The label as the template writes it (compacted). */
  label: string;
}

export class LabelIndex {
  private readonly byPrefix = new Map<string, string[]>();

  constructor(labels: Iterable<string>) {
    for (const label of new Set(labels)) {
      const compact = label.replace(/\s+/g, '');
      if (compact.length < MIN_LABEL) continue;
      const key = compact.slice(0, PREFIX);
      const list = this.byPrefix.get(key);
      if (list) list.push(compact);
      else this.byPrefix.set(key, [compact]);
    }
    // the longest label first, so that `予以公开` does not hide `予以公开和部分公开`
    for (const list of this.byPrefix.values()) list.sort((a, b) => b.length - a.length);
  }

  /** Every label occurring in text[from, to), white space ignored; overlapping occurrences keep the first and longest. */
  find(text: string, from = 0, to = text.length): Anchor[] {
    const chars: string[] = [];
    const offsets: number[] = [];
    for (let i = from; i < to; i++) {
      if (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r') continue;
      chars.push(text[i]);
      offsets.push(i);
    }
    const compact = chars.join('');
    const anchors: Anchor[] = [];
    for (let i = 0; i + MIN_LABEL <= compact.length; i++) {
      const candidates = this.byPrefix.get(compact.slice(i, i + PREFIX));
      const label = candidates?.find((l) => compact.startsWith(l, i));
      if (!label) continue;
      anchors.push({ start: offsets[i], end: offsets[i + label.length - 1] + 1, label });
      i += label.length - 1;
    }
    return anchors;
  }
}
