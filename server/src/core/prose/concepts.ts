// Concepts a share's base or a rate's terms may name (`办结总数`, `新收申请`), the prose figures that
// state them (`全年办结80件`) and the table cells that hold them.
import type { DocumentModel } from '../document';
import { sum } from '../numbers/decimal';
import { cellId, type TableCell } from '../tables/readTable';
import type { ProseReading } from './reading';
import type { ProseFigure, ProseText } from './proseText';
import { CONCEPTS, type Concept, type ConceptId } from './vocabulary';

/** The words just before a figure that name its concept (a label's tail). */
const LABEL_TAIL = 16;

const BASE_WORDS = CONCEPTS.flatMap((c) => c.baseWords.map((w) => ({ word: w, concept: c.id }))).sort((a, b) => b.word.length - a.word.length);

/** The concept a share's base words name (`办结总数`, `已办结的申请`), the longest naming first. */
export function conceptNamed(words: string): ConceptId | null {
  return BASE_WORDS.find((b) => words.includes(b.word))?.concept ?? null;
}

const conceptById = new Map<ConceptId, Concept>(CONCEPTS.map((c) => [c.id, c]));

/** Whether a figure's label states the concept (`全年办结`, `其中本年新收`; not `按时办结`). */
export function labelStates(label: string, id: ConceptId): boolean {
  const c = conceptById.get(id)!;
  const tail = label.slice(-LABEL_TAIL);
  return c.figureWords.some((w) => tail.includes(w)) && !(c.notFigureWords ?? []).some((w) => tail.includes(w));
}

/** Whether figure `i` of a paragraph states the concept as the body's own figure of the report year. */
export function statesConcept(reading: ProseReading, pt: ProseText, i: number, id: ConceptId): boolean {
  const c = conceptById.get(id)!;
  const r = reading.figure(pt, i);
  return r.role === 'own' && labelStates(r.label, id) && (!c.about || reading.mentions(pt, c.about));
}

export interface ConceptFigure {
  pt: ProseText;
  index: number;
  figure: ProseFigure;
}

/** How many paragraphs back a concept's figure may be stated (`全年办结56件。` / next paragraph `…占8%`). */
const PARAGRAPHS_BACK = 2;

/**
 * The nearest figure before compact position `before` of paragraph `pt` that states the concept as the
 * body's own figure of the report year: this paragraph first, then the ones before it.
 */
export function conceptFigure(reading: ProseReading, pt: ProseText, before: number, id: ConceptId): ConceptFigure | null {
  const at = reading.texts.indexOf(pt);
  for (let p = at; p >= 0 && at - p <= PARAGRAPHS_BACK; p--) {
    const text = reading.texts[p];
    for (let i = text.figures.length - 1; i >= 0; i--) {
      const figure = text.figures[i];
      if (p === at && figure.at >= before) continue;
      if (figure.token.kind !== 'count' || figure.token.approx || figure.token.value.scale !== 0) continue;
      if (statesConcept(reading, text, i, id)) return { pt: text, index: i, figure };
    }
  }
  return null;
}

/** The table values of a concept (several when the form is ambiguous: 申请总数 with or without last year's). */
export function conceptTableValues(doc: DocumentModel, id: ConceptId): { value: number; cells: TableCell[] }[] {
  const readings = doc.template?.concepts?.[id] ?? [];
  return readings.flatMap(({ table, cells }) => {
    const parsed = doc.tables.find((t) => t.def.id === table);
    const found = cells.map(([r, c]) => parsed?.cells.get(cellId(r, c)));
    if (found.some((c) => !c || c.value === null || c.guessed)) return [];
    const value = sum(found.map((c) => c!.value!));
    return value.scale === 0 ? [{ value: value.units, cells: found as TableCell[] }] : [];
  });
}
