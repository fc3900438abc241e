// The document's prose, read once per analysis: each paragraph's compact text, the report's year,
// the section heading each paragraph sits under, and what each figure is (its role and label).
import type { DocumentModel } from '../document';
import type { NumberToken } from '../numbers/tokens';
import { lastAtOrBefore } from '../search';
import { readFigure, type FigureReading } from './figures';
import { buildProseText, type ProseText } from './proseText';

export interface ProseReading {
  texts: ProseText[];
  /** The year the report covers (from its title), or null when it does not say. */
  year: number | null;
  /** What a figure is, computed on first use. */
  figure(pt: ProseText, index: number): FigureReading;
  /** Whether the paragraph, the one before it or its section heading mentions one of `words`. */
  mentions(pt: ProseText, words: readonly string[]): boolean;
}

const cache = new WeakMap<DocumentModel, ProseReading>();

/** `2023年度`, `2019年`: the year in the title (or among the first lines). */
function reportYear(doc: DocumentModel): number | null {
  const title = doc.title ? doc.norm.text.slice(doc.title.start, doc.title.end) : '';
  const head = title || doc.lines.slice(0, 5).map((l) => l.text).join(' ');
  const m = /((?:19|20)\d{2})\s*年/.exec(head);
  return m ? Number(m[1]) : null;
}

export function readProse(doc: DocumentModel): ProseReading {
  const cached = cache.get(doc);
  if (cached) return cached;
  const texts = doc.paragraphs.map((p) => buildProseText(doc.norm.text, p));
  const year = reportYear(doc);
  const readings = new Map<NumberToken, FigureReading>();
  const index = new Map<ProseText, number>(texts.map((t, i) => [t, i]));
  const headingOf = (pt: ProseText): string => {
    const { headings } = doc;
    if (headings.length === 0) return '';
    const i = lastAtOrBefore(headings, pt.paragraph.line.start, (h) => h.start);
    return headings[i].start <= pt.paragraph.line.start ? headings[i].title : '';
  };
  const reading: ProseReading = {
    texts,
    year,
    figure(pt, i) {
      const token = pt.figures[i].token;
      let r = readings.get(token);
      if (!r) readings.set(token, (r = readFigure(pt, i, year)));
      return r;
    },
    mentions(pt, words) {
      const i = index.get(pt) ?? 0;
      const near = [pt.text, texts[i - 1]?.text ?? '', headingOf(pt)];
      return words.some((w) => near.some((t) => t.includes(w)));
    },
  };
  cache.set(doc, reading);
  return reading;
}
