// Loose matching of printed row labels against template labels: numbering compared separately,
// spaces, brackets and `其中：` ignored, local notes after the label allowed (`（二）部分公开（区分处理的…）`),
// and truncated labels accepted when what is left is specific enough.

export interface LabelKey {
  numbering: string | null;
  core: string;
}

const NUMBERING = /^(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|\d{1,2}[.、]|\(\d{1,2}\))/;
/** A label must keep at least this many characters to match without its numbering or when truncated. */
const SPECIFIC = 4;

export function labelKey(label: string): LabelKey {
  const compact = label
    .replace(/（/g, '(').replace(/）/g, ')').replace(/：/g, ':').replace(/，/g, ',')
    .replace(/\s+/g, '')
    .replace(/[|]+$/, '');
  const m = NUMBERING.exec(compact);
  const numbering = m ? m[0].replace(/[.、]$/, '') : null;
  const core = (m ? compact.slice(m[0].length) : compact).replace(/^其中:?/, '');
  return { numbering, core };
}

const cellKeys = new WeakMap<object, LabelKey>();

/** The label key of a table cell, computed once per cell. */
export function cellLabelKey(cell: { text: string }): LabelKey {
  let key = cellKeys.get(cell);
  if (!key) cellKeys.set(cell, (key = labelKey(cell.text)));
  return key;
}

const templateKeys = new Map<string, LabelKey>();

/** Label keys of template labels, computed once (the set of template labels is fixed). */
export function templateLabelKey(label: string): LabelKey {
  let key = templateKeys.get(label);
  if (!key) templateKeys.set(label, (key = labelKey(label)));
  return key;
}

/** A numbered label with characters missing or wrong (`2.其他法律行政止公开` printed for `2.其他法律行政法规禁止公开`) still names its row when this share of the template's characters is there, in order. */
const TYPO_SHARE = 0.75;

/** Length of the longest common subsequence (the labels are short). */
function commonSubsequence(a: string, b: string): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = [0];
    for (let j = 1; j <= b.length; j++) row[j] = a[i - 1] === b[j - 1] ? previous[j - 1] + 1 : Math.max(previous[j], row[j - 1]);
    previous = row;
  }
  return previous[b.length];
}

export function labelsMatch(cell: LabelKey, template: LabelKey): boolean {
  if (!cell.core || !template.core) return false;
  if (cell.numbering && template.numbering && cell.numbering !== template.numbering) return false;
  if (template.numbering && !cell.numbering && template.core.length < SPECIFIC) return false;
  if (cell.core.startsWith(template.core)) return true;
  if (cell.core.length >= SPECIFIC && template.core.startsWith(cell.core)) return true;
  return (
    cell.numbering !== null &&
    cell.numbering === template.numbering &&
    cell.core.length >= SPECIFIC &&
    cell.core.length <= 2 * template.core.length &&
    commonSubsequence(cell.core, template.core) >= TYPO_SHARE * template.core.length
  );
}
