// Where the form's sections stand in the text. A heading is `三、` followed by the words that name the
// section, wherever it stands: crawled pages run the whole report into one line and glue headings to the
// table before them (`…4166.241619三、收到和处理…`); only a longer numeral (`十三、`, `第三、`) is not one. Each section is taken at its first heading after the previous section's, so a table of
// contents or a later mention does not reorder them.
import type { SectionDef } from '../templates/types';

export interface SectionPlace {
  def: SectionDef;
  /** The heading (numbering and title), normalised offsets; null when the section is missing. */
  heading: { start: number; end: number } | null;
  /** A heading of this section that stands before the previous section's (the sections out of order). */
  misplaced: { start: number; end: number } | null;
  /** Where the section's text ends: the next section's heading, or the end of the text. */
  end: number;
}

const NUMBERING = /(?<![一二三四五六七八九十第])([一二三四五六七八九十]{1,2})、/g;
/** The heading as forms word it, up to its last naming word (`…改进情况`, `…改进措施`, `…事项`). */
const HEADING = /^[一二三四五六七八九十]{1,2}、[^。;\n]{0,30}(情况|措施|问题|事项)/;
/** A heading without a naming word: this much of its line. */
const HEADING_WORDS = 16;

function headingsOf(text: string, sections: readonly SectionDef[]): Map<SectionDef, number[]> {
  const found = new Map<SectionDef, number[]>(sections.map((s) => [s, []]));
  NUMBERING.lastIndex = 0;
  for (let m = NUMBERING.exec(text); m; m = NUMBERING.exec(text)) {
    const def = sections.find((s) => s.numeral === m![1]);
    if (def && def.words.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) found.get(def)!.push(m.index);
  }
  return found;
}

/** The sections of `sections` in `text` (normalised), in the form's order. */
export function findSections(text: string, sections: readonly SectionDef[]): SectionPlace[] {
  const found = headingsOf(text, sections);
  const span = (at: number) => {
    const named = HEADING.exec(text.slice(at, at + 40));
    if (named) return { start: at, end: at + named[0].length };
    const stop = text.slice(at, at + HEADING_WORDS).search(/[\n。;]/);
    return { start: at, end: at + (stop < 0 ? Math.min(HEADING_WORDS, text.length - at) : stop) };
  };
  let after = -1;
  const places = sections.map((def): SectionPlace => {
    const all = found.get(def)!;
    const next = all.find((at) => at > after);
    if (next !== undefined) after = next;
    return { def, heading: next === undefined ? null : span(next), misplaced: next === undefined && all.length > 0 ? span(all[0]) : null, end: text.length };
  });
  const starts = places.flatMap((p) => (p.heading ? [p.heading.start] : []));
  for (const p of places) if (p.heading) p.end = starts.find((s) => s > p.heading!.start) ?? text.length;
  return places;
}
