// Prose figures that restate a table cell: `行政复议共32件` ↔ table 四 行政复议·总计. Only the
// reporting body's own figures of the report year restate its tables (not `各乡镇另收到申请17件`,
// not `上年度街道共收到申请7件`, not the `39件` of `较上年（39件）`), never a wider scope (`各类`) or a
// subset (`涉及房屋征收的申请8件，其中予以公开3件`), nor in a sentence that says its figures are not the
// tables' (`另有…行政复议案件46件，不属于政府信息公开类案件，未列入下表`).
import type { DocumentModel } from '../document';
import type { NumberToken } from '../numbers/tokens';
import { sentenceAt, type Stretch } from '../prose/clauses';
import { firstFigureFrom, type ProseText } from '../prose/proseText';
import type { FigureRole } from '../prose/figures';
import { readProse, type ProseReading } from '../prose/reading';
import { OUTSIDE_TABLES, SUBSET_SCOPE, WIDER_SCOPE } from '../prose/vocabulary';
import type { ParsedTable, TableCell } from '../tables/readTable';
import { cellId } from '../tables/readTable';
import type { ProseAlias } from '../templates/types';

export interface Restatement {
  alias: ProseAlias;
  /** The key phrase as the prose writes it, and where (normalised offsets). */
  phrase: string;
  phraseStart: number;
  phraseEnd: number;
  figure: NumberToken;
  /** The table cells it restates (empty when found without the tables, see `findRestatements`). */
  cells: TableCell[];
  /** The paragraph's prose and the figure's index in it. */
  pt: ProseText;
  index: number;
  /** Whose figure it is (see `findRestatements`). */
  role: FigureRole;
}

/** How far after the key phrase the figure may stand (`行政复议共32件`, `行政诉讼案件76件`). */
const MAX_GAP = 8;

/** The index of the count figure right after compact position `from`, in the same clause. */
function figureAfter(pt: ProseText, from: number): number {
  const k = firstFigureFrom(pt, from);
  const next = pt.figures[k];
  if (!next || next.token.kind !== 'count' || next.token.approx || next.at - from > MAX_GAP) return -1;
  return /[,;。:、]/.test(pt.text.slice(from, next.at)) ? -1 : k;
}

/** Whether the sentence holding `at` mentions what the alias needs; one look at each sentence, however long. */
function inScope(pt: ProseText, alias: ProseAlias, at: number, seen: Map<Stretch, boolean>): boolean {
  if (!alias.sentenceMentions && !alias.sentenceExcludes) return true;
  const s = sentenceAt(pt, at);
  let ok = seen.get(s);
  if (ok === undefined) {
    const words = pt.text.slice(s.start, s.end);
    ok = (alias.sentenceMentions ?? ['']).some((w) => words.includes(w)) && !(alias.sentenceExcludes ?? []).some((w) => words.includes(w));
    seen.set(s, ok);
  }
  return ok;
}

/** Whether the sentence holding `at` says its figures are not the tables' (one look at each sentence). */
function outsideTables(pt: ProseText, at: number, seen: Map<Stretch, boolean>): boolean {
  const s = sentenceAt(pt, at);
  let outside = seen.get(s);
  if (outside === undefined) seen.set(s, (outside = OUTSIDE_TABLES.test(pt.text.slice(s.start, s.end))));
  return outside;
}

/** Whether the figure's unit is followed by one of `words` (`(含上年结转`). */
const followed = (pt: ProseText, unitEnd: number, words: readonly string[] | undefined): boolean => !!words?.some((w) => pt.text.startsWith(w, unitEnd));

function restatementsIn(reading: ProseReading, pt: ProseText, alias: ProseAlias, phrase: string, cells: TableCell[], taken: Set<NumberToken>, roles: readonly FigureRole[]): Restatement[] {
  const found: Restatement[] = [];
  if (alias.paragraphMentions && !reading.mentions(pt, alias.paragraphMentions)) return found;
  const seen = new Map<Stretch, boolean>();
  const outside = new Map<Stretch, boolean>();
  for (let at = pt.text.indexOf(phrase); at >= 0; at = pt.text.indexOf(phrase, at + phrase.length)) {
    if (alias.notAfter?.some((w) => pt.text.startsWith(w, at - w.length)) || !inScope(pt, alias, at, seen)) continue;
    const k = figureAfter(pt, at + phrase.length);
    if (k < 0) continue;
    const figure = pt.figures[k];
    const r = reading.figure(pt, k);
    if (taken.has(figure.token) || !roles.includes(r.role) || WIDER_SCOPE.test(r.subject) || SUBSET_SCOPE.test(r.subject)) continue;
    if (outsideTables(pt, figure.at, outside)) continue;
    if ((alias.followedBy && !followed(pt, figure.unitEnd, alias.followedBy)) || followed(pt, figure.unitEnd, alias.notFollowedBy)) continue;
    taken.add(figure.token);
    const start = pt.offsets[at];
    const end = pt.offsets[at + phrase.length - 1] + 1;
    found.push({ alias, phrase, phraseStart: start, phraseEnd: end, figure: figure.token, cells, pt, index: k, role: r.role });
  }
  return found;
}

/**
 * The prose figures restating table figures. `withoutTables`: every figure the prose states for a
 * table quantity, whether or not this report's table was read (its `cells` are then empty): what
 * another year's report can be checked against. `roles`: whose figures (`otherBody`: what the prose
 * states of the body's subordinates, `各县区共收到申请…件`); several in one pass, each figure having one.
 */
export function findRestatements(doc: DocumentModel, withoutTables = false, roles: readonly FigureRole[] = ['own']): Restatement[] {
  if (!doc.template) return [];
  const reading = readProse(doc);
  const tables = new Map<string, ParsedTable>(doc.tables.map((t) => [t.def.id, t]));
  const found: Restatement[] = [];
  const taken = new Set<NumberToken>();
  // the longest phrase first: `予以公开和部分公开合计31件` is the sum of two rows, not `予以公开`
  const phrases = doc.template.prose.flatMap((alias) => alias.phrases.map((phrase) => ({ alias, phrase }))).sort((a, b) => b.phrase.length - a.phrase.length);
  for (const { alias, phrase } of phrases) {
    const table = tables.get(alias.table);
    const cells = withoutTables ? [] : alias.cells.map(([r, c]) => table?.cells.get(cellId(r, c)));
    if (cells.some((c) => !c || c.guessed)) continue;
    for (const pt of reading.texts) for (const r of restatementsIn(reading, pt, alias, phrase, cells as TableCell[], taken, roles)) found.push(r);
  }
  return found;
}
