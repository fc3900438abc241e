// Stated percentages and what they divide. A share (`A件，占X%`) takes the base its clause names
// (`占办结总数的`, `占办结总数27件的`, `在已办结的申请中`); a share that names none keeps the last base named
// in its sentence; otherwise a total stated in the sentence, or the base its sibling shares agree on.
// A named rate (`办结率`, `按时办结率`) divides the figures its words name; a growth (`同比增长X%`)
// is (this year − last year) / last year when the sentence states both. A percentage whose base is
// determined this way and does not fit is an error; one whose base is only guessed, a hint.
import type { DocumentModel } from '../document';
import { msg, type Msg } from '../messages/translate';
import { percentMatches } from '../numbers/decimal';
import type { NumberToken } from '../numbers/tokens';
import { sentenceAt, type Stretch } from '../prose/clauses';
import { conceptFigure, conceptNamed, conceptTableValues, statesConcept } from '../prose/concepts';
import { labelOf } from '../prose/figures';
import { firstFigureFrom, type ProseText } from '../prose/proseText';
import { readProse, type ProseReading } from '../prose/reading';
import { CONCEPT_FALLBACK, DECLINE, GROWTH, RATES, TOTAL_MARK, type ConceptId } from '../prose/vocabulary';
import { lastAtOrBefore } from '../search';
import type { Restatement } from './restatements';

export interface PercentBase {
  /** What the percentage should be: 100·numerator/base. */
  numerator: number;
  base: number;
  /** `31/87`, `(108-90)/90`. */
  formula: string;
  /** Where the base is stated (a prose figure or table cells), each named alone (`基数 办结总数 360`). */
  where: { start: number; end: number; message: Msg }[];
}

export interface PercentFact {
  kind: 'share' | 'rate' | 'growth';
  percent: NumberToken;
  /** The part, the rate's numerator, or this year's figure. */
  count: NumberToken;
  /** The words naming `count` (`当面申请`), empty when none do. */
  countLabel: string;
  /** Plausible computations, the most likely first: any that fits clears the percentage. */
  bases: PercentBase[];
  /** The base is determined (named, kept from the sentence, stated in it, agreed by siblings): a miss is an error. */
  explicit: boolean;
  /** `约占`: judged within a whole unit of the last digit. */
  approximate: boolean;
  /** How the base was found, for messages (`本句所称“办结总数”`). */
  basis: Msg;
}

/** How many figures before a percentage its terms may be (keeps megabyte-long paragraphs linear). */
const WINDOW = 60;
/** Longer runs of shares are not one list (and would make long paragraphs slow). */
const MAX_SIBLINGS = 40;
/** `，占（总数的）`, `，约占`, `，占比`, `，占办结总数的`: what links a count to its share. */
const SHARE_LINK = /^\)?,?(大约|约)?占(了)?([^\d,;。%]{0,16}?)(的)?(比例|比重|比)?(为|是|达|约)?$/;
/** The words of a share's base that name no particular total. */
const GENERIC_BASE = /^(总数|总量|总计|合计|全部|全体|总)?$/;
const RATE_WORDS = /([\u4e00-\u9fff]{1,8})率(为|是|达|达到|约)?$/;
/** A clause naming the applications a list of shares is about (`在已办结的申请中`, `本年新收的11件中`). */
const SCOPE_CLAUSE = /^(在|从)?([^,;:]{1,24})(中|当中|里)$/;
const RATE_DEFS = RATES.flatMap((r) => r.words.map((w) => ({ r, w }))).sort((a, b) => b.w.length - a.w.length);

interface Named {
  at: number;
  bases: PercentBase[];
  basis: Msg;
}

/** The bases named in one sentence, in order: its scope clauses, then shares as they name theirs. */
class NamedBases {
  private readonly shares: Named[] = [];
  constructor(private readonly scopes: readonly Named[]) {}

  add(named: Named): void {
    this.shares.push(named);
  }

  /** The last base named before `at`. */
  lastBefore(at: number): Named | undefined {
    const before = (list: readonly Named[]): Named | undefined => list[lastAtOrBefore(list, at - 1, (n) => n.at)];
    const candidates = [before(this.scopes), before(this.shares)].filter((n): n is Named => !!n && n.at < at);
    return candidates.sort((a, b) => b.at - a.at)[0];
  }
}

interface Draft {
  fact: PercentFact;
  /** Shares of one list: the same sentence and the same 其中 level. */
  group: string;
}

/** Where the parenthesis closed at `close` opens (-1 if it does not within a clause's reach). */
function openingParen(text: string, close: number): number {
  let depth = 0;
  for (let i = close; i >= 0 && close - i <= 120; i--) {
    if (text[i] === ')') depth++;
    else if (text[i] === '(' && --depth === 0) return i;
  }
  return -1;
}

const isCount = (t: NumberToken): boolean => t.kind === 'count' && !t.approx && t.value.scale === 0;

/** Longer labels are cut to their last words (the noun), which name the figure. */
const MAX_NAME = 16;
/** The words of a label that name the figure, without the `其中` or `占` that links it to the clause before. */
function nameOf(label: string): string {
  const name = label.replace(/^(其中|占)/, '').replace(/[的为是共有达约]+$/, '');
  return name.length > MAX_NAME ? `…${name.slice(-MAX_NAME)}` : name;
}

function proseBase(count: number, base: NumberToken, label: string): PercentBase {
  const b = base.value.units;
  const name = nameOf(label);
  const message = name ? msg('percent.relatedNamedBase', { label: name, value: b }) : msg('percent.relatedBase', { value: b });
  return { numerator: count, base: b, formula: `${count}/${b}`, where: [{ start: base.start, end: base.end, message }] };
}

const withCount = (b: PercentBase, c: number): PercentBase => ({ ...b, numerator: c, formula: `${c}/${b.base}` });

class PercentReader {
  readonly facts: PercentFact[] = [];
  constructor(
    readonly doc: DocumentModel,
    readonly reading: ProseReading,
    readonly restated: ReadonlyMap<NumberToken, Restatement>,
  ) {}

  tableBases(id: ConceptId, count: number): PercentBase[] {
    return conceptTableValues(this.doc, id).map(({ value, cells }) => ({
      numerator: count,
      base: value,
      formula: `${count}/${value}`,
      where: cells.map((c) => ({ start: c.start, end: c.end, message: msg('related.tableCell', { cell: c.name, value: c.text }) })),
    }));
  }

  /** The bases a concept gives: its nearest prose figure, then its table values. */
  conceptBases(pt: ProseText, before: number, id: ConceptId, count: number): PercentBase[] {
    const found = conceptFigure(this.reading, pt, before, id);
    const prose = found ? [proseBase(count, found.figure.token, this.reading.figure(found.pt, found.index).label)] : [];
    return [...prose, ...this.tableBases(id, count).filter((t) => !prose.some((p) => p.base === t.base))];
  }

  /** Scope clauses of a sentence (`在已办结的申请中`, `本年新收的11件中`): they name the base of the shares after them. */
  scopes(pt: ProseText, sentence: Stretch): Named[] {
    const named: Named[] = [];
    let start = sentence.start;
    for (let i = sentence.start; i <= sentence.end; i++) {
      if (i < sentence.end && !/[,;:。]/.test(pt.text[i])) continue;
      const m = SCOPE_CLAUSE.exec(pt.text.slice(start, i));
      if (m && !m[2].endsWith('其')) {
        const first = pt.figures[firstFigureFrom(pt, start)];
        const basis = msg('basis.named', { words: m[2] });
        if (first && first.end <= i && isCount(first.token)) named.push({ at: i, bases: [proseBase(0, first.token, '')], basis });
        else {
          const id = conceptNamed(m[2]);
          if (id) named.push({ at: i, bases: this.conceptBases(pt, start, id, 0), basis });
        }
      }
      start = i + 1;
    }
    return named;
  }

  readParagraph(pt: ProseText): void {
    const drafts: Draft[] = [];
    const namedBy = new Map<Stretch, NamedBases>();
    const lists: number[] = []; // where each 其中 stands
    for (let at = pt.text.indexOf('其中'); at >= 0; at = pt.text.indexOf('其中', at + 2)) lists.push(at);
    for (let i = 1; i < pt.figures.length; i++) {
      const percent = pt.figures[i];
      const t = percent.token;
      if (t.kind !== 'percent' || t.unit !== '%' || t.approx || t.value.units < 0) continue;
      const sentence = sentenceAt(pt, percent.at);
      const label = labelOf(pt, i);
      if (RATE_WORDS.test(label)) {
        this.readRate(pt, i, sentence, RATE_WORDS.exec(label)![1]);
        continue;
      }
      if (GROWTH.test(label)) {
        this.readGrowth(pt, i, sentence, label);
        continue;
      }
      if (!namedBy.has(sentence)) namedBy.set(sentence, new NamedBases(this.scopes(pt, sentence)));
      const fact = this.readShare(pt, i, sentence, namedBy.get(sentence)!);
      if (!fact) continue;
      let level = -1;
      for (let lo = 0, hi = lists.length - 1; lo <= hi; ) {
        const mid = (lo + hi) >> 1;
        if (lists[mid] < percent.at) (level = mid), (lo = mid + 1);
        else hi = mid - 1;
      }
      drafts.push({ fact, group: `${sentence.start}:${level >= 0 && lists[level] >= sentence.start ? lists[level] : -1}` });
    }
    agreeSiblings(drafts);
    for (const d of drafts) this.facts.push(d.fact);
  }

  readShare(pt: ProseText, i: number, sentence: Stretch, named: NamedBases): PercentFact | null {
    const percent = pt.figures[i];
    let j = i - 1;
    let inline: NumberToken | null = null;
    // `14件，占办结总数27件的51.9%`: the base stands between the count and the share
    if (j > 0 && /^,?占/.test(labelOf(pt, j)) && isCount(pt.figures[j].token) && /^(的)?(比例|比重)?(为|是)?$/.test(pt.text.slice(pt.figures[j].unitEnd, percent.at))) {
      inline = pt.figures[j].token;
      j--;
    }
    const linkTo = inline ? pt.figures[j + 1].at : percent.at;
    let linkFrom = pt.figures[j].unitEnd;
    // `不同意公开的3件（涉及个人隐私2件，…1件），占4.7%`: the share is of the figure before the parenthesis
    if (pt.text[linkFrom] === ')') {
      const open = openingParen(pt.text, linkFrom);
      const k = open > 0 ? firstFigureFrom(pt, open) - 1 : -1;
      if (k < 0 || pt.figures[k].unitEnd !== open) return null;
      linkFrom = pt.text.indexOf(')', pt.figures[j].unitEnd) + 1;
      j = k;
    }
    const count = pt.figures[j];
    if (!isCount(count.token)) return null;
    const role = this.reading.figure(pt, j).role;
    if (role === 'change' || role === 'comparison') return null;
    const m = SHARE_LINK.exec(pt.text.slice(linkFrom, linkTo));
    if (!m) return null;
    const c = count.token.value.units;
    const countLabel = nameOf(this.reading.figure(pt, j).label);
    const fact = (bases: PercentBase[], explicit: boolean, basis: Msg): PercentFact => ({ kind: 'share', percent: percent.token, count: count.token, countLabel, bases, explicit, approximate: !!m[1], basis });
    if (inline) return fact([proseBase(c, inline, '')], true, msg('basis.stated'));
    const words = m[3].replace(/的$/, '');
    if (!GENERIC_BASE.test(words)) {
      const id = conceptNamed(words);
      const bases = id ? this.conceptBases(pt, count.at, id, c) : [];
      // a base named by a figure's own words (`占法人或其他组织申请的`)
      const own = bases.length === 0 ? this.labelledFigure(pt, j, words) : null;
      if (own) bases.push(proseBase(c, own, words));
      if (bases.length === 0 && id) {
        // nothing states the named base: what it most likely equals, if the sibling shares confirm it
        const likely = (CONCEPT_FALLBACK[id] ?? []).flatMap((other) => this.conceptBases(pt, count.at, other, c));
        if (likely.length > 0) return fact(likely, false, msg('basis.presumed', { words }));
      }
      if (bases.length === 0) return this.guessedShare(pt, j, sentence, fact, false);
      const basis = msg('basis.named', { words });
      named.add({ at: percent.at, bases, basis });
      return fact(bases, true, basis);
    }
    const kept = named.lastBefore(count.at);
    if (kept) return fact(kept.bases.map((b) => withCount(b, c)), true, msg('basis.kept', { basis: kept.basis }));
    return this.guessedShare(pt, j, sentence, fact, true);
  }

  /** The nearest earlier figure whose label ends with the words a share names as its base. */
  labelledFigure(pt: ProseText, j: number, words: string): NumberToken | null {
    if (words.length < 2) return null;
    for (let k = j - 1; k >= 0 && j - k <= WINDOW; k--) {
      if (isCount(pt.figures[k].token) && this.reading.figure(pt, k).label.endsWith(words)) return pt.figures[k].token;
    }
    return null;
  }

  /** No base named: a total stated in the sentence, or any earlier figure (a guess, so a hint). */
  guessedShare(pt: ProseText, j: number, sentence: Stretch, fact: (b: PercentBase[], e: boolean, basis: Msg) => PercentFact, generic: boolean): PercentFact | null {
    const count = pt.figures[j].token;
    const c = count.value.units;
    const earlier: { token: NumberToken; label: string; marked: boolean; inSentence: boolean }[] = [];
    for (let k = j - 1; k >= 0 && j - k <= WINDOW; k--) {
      const f = pt.figures[k];
      if (!isCount(f.token) || f.token.unit !== count.unit || f.token.value.units < c || f.token.value.units <= 0) continue;
      const r = this.reading.figure(pt, k);
      if (r.role === 'change' || r.role === 'comparison') continue;
      const after = pt.text.slice(f.unitEnd, f.unitEnd + 12);
      const marked = TOTAL_MARK.test(r.label) || /^[^\d,;。]{0,2},?其中/.test(after) || (/在[^\d,;。]{0,10}$/.test(r.label) && /^[^\d,;。]{0,10}中/.test(after));
      earlier.push({ token: f.token, label: r.label, marked, inSentence: f.at >= sentence.start });
    }
    const stated = earlier.filter((e) => e.marked && e.inSentence);
    const ordered = stated.length > 0 ? stated : [...earlier.filter((e) => e.marked), ...earlier.filter((e) => !e.marked)];
    if (ordered.length === 0) return null;
    return fact(ordered.map((e) => proseBase(c, e.token, e.label)), generic && stated.length > 0, msg(stated.length > 0 ? 'basis.sentenceTotal' : 'basis.earlierFigure'));
  }

  /** `办结率98.7%`: a rate whose terms its words name; an unknown rate guesses its denominator (a hint). */
  readRate(pt: ProseText, i: number, sentence: Stretch, words: string): void {
    const percent = pt.figures[i].token;
    const earlier: number[] = [];
    for (let k = i - 1; k >= 0 && i - k <= WINDOW && pt.figures[k].at >= sentence.start; k--) if (isCount(pt.figures[k].token)) earlier.push(k);
    const numeratorOf = (test: (label: string) => boolean): number | undefined => earlier.find((k) => this.reading.figure(pt, k).role === 'own' && test(this.reading.figure(pt, k).label));
    const def = RATE_DEFS.find(({ w }) => words.endsWith(w))?.r;
    const stated = def && earlier.find((k) => statesConcept(this.reading, pt, k, def.numerator));
    if (def && stated !== undefined) {
      const numerator = pt.figures[stated].token;
      const n = numerator.value.units;
      const prose = def.denominators.flatMap((id) => {
        const found = conceptFigure(this.reading, pt, pt.figures[i].at, id);
        return found && found.figure.token !== numerator ? [proseBase(n, found.figure.token, this.reading.figure(found.pt, found.index).label)] : [];
      });
      const bases = prose.length > 0 ? prose : def.denominators.flatMap((id) => this.tableBases(id, n));
      if (bases.length > 0) {
        const countLabel = nameOf(this.reading.figure(pt, stated).label);
        this.facts.push({ kind: 'rate', percent, count: numerator, countLabel, bases, explicit: prose.length > 0, approximate: false, basis: msg('basis.rateDefinition', { words }) });
      }
      return;
    }
    // an unnamed rate: the numerator follows its verb (`已办结9362件`, `公示了2301件`), the base is any larger figure
    const verb = words.slice(-2);
    const k = numeratorOf((l) => l.replace(/[了的]$/, '').endsWith(verb));
    if (k === undefined) return;
    const numerator = pt.figures[k].token;
    const bases = earlier.filter((b) => b < k && pt.figures[b].token.unit === numerator.unit && pt.figures[b].token.value.units >= numerator.value.units && pt.figures[b].token.value.units > 0);
    if (bases.length > 0) {
      const countLabel = nameOf(this.reading.figure(pt, k).label);
      this.facts.push({ kind: 'rate', percent, count: numerator, countLabel, bases: bases.map((b) => proseBase(numerator.value.units, pt.figures[b].token, '')), explicit: false, approximate: false, basis: msg('basis.rateUnstated') });
    }
  }

  /** `较上年（39件）增长15.4%`, `同比下降13.8%（2023年为152件）`: (this year − last year) / last year. */
  readGrowth(pt: ProseText, i: number, sentence: Stretch, label: string): void {
    const at = pt.figures[i].at;
    const near: number[] = [];
    for (let k = Math.max(0, i - WINDOW); k < Math.min(pt.figures.length, i + WINDOW); k++) {
      const f = pt.figures[k];
      if (f.at >= sentence.start && f.end <= sentence.end && isCount(f.token)) near.push(k);
    }
    const role = (k: number) => this.reading.figure(pt, k).role;
    // last year's figure: a comparison's (`较上年（39件）`) before a figure of another period, the nearest first
    const rank = (k: number): number => (role(k) === 'comparison' ? 0 : 1e9) + Math.abs(pt.figures[k].at - at);
    const previous = near.filter((k) => role(k) === 'comparison' || role(k) === 'otherPeriod').sort((a, b) => rank(a) - rank(b))[0];
    if (previous === undefined) return;
    const last = pt.figures[previous].token;
    const p = last.value.units;
    if (p <= 0) return;
    const limit = Math.min(pt.figures[previous].at, at);
    const current = near.filter((k) => pt.figures[k].at < limit && pt.figures[k].token.unit === last.unit && (role(k) === 'own' || role(k) === 'otherBody')).pop();
    const change = near.filter((k) => role(k) === 'change' && pt.figures[k].at < at && pt.figures[k].token.unit === last.unit).pop();
    const sign = DECLINE.test(label) ? -1 : 1;
    const where = [{ start: last.start, end: last.end, message: msg('percent.relatedLastYear', { value: p }) }];
    const bases: PercentBase[] = [];
    if (current !== undefined) {
      const token = pt.figures[current].token;
      const values = new Set([token.value.units]);
      // this year's figure restated from a table that says otherwise: the table's may be the one used
      const restated = this.restated.get(token);
      if (restated && restated.cells.every((c) => c.value && c.value.scale === 0)) values.add(restated.cells.reduce((s, c) => s + c.value!.units, 0));
      for (const v of values) bases.push({ numerator: sign * (v - p), base: p, formula: `(${v}-${p})/${p}`, where });
    }
    if (change !== undefined) bases.push({ numerator: pt.figures[change].token.value.units, base: p, formula: `${pt.figures[change].token.value.units}/${p}`, where });
    const subject = current ?? change;
    if (subject === undefined) return;
    this.facts.push({ kind: 'growth', percent: pt.figures[i].token, count: pt.figures[subject].token, countLabel: nameOf(this.reading.figure(pt, subject).label), bases, explicit: true, approximate: false, basis: msg('basis.growth') });
  }
}

/**
 * Shares of one list that name no base: where all but one fit the same base (or half of them do and
 * no other base fits any), that base is the list's, and a share that fits neither it nor any other is wrong.
 */
function agreeSiblings(drafts: readonly Draft[]): void {
  const groups = new Map<string, PercentFact[]>();
  for (const d of drafts) {
    if (d.fact.explicit) continue;
    const members = groups.get(d.group);
    if (members) members.push(d.fact);
    else groups.set(d.group, [d.fact]);
  }
  const fits = (f: PercentFact, base: number): boolean => percentMatches(f.percent.value, f.count.value.units, base, f.approximate ? 'unit' : 'half');
  for (const members of groups.values()) {
    if (members.length < 3 || members.length > MAX_SIBLINGS) continue;
    const pool = [...new Set(members.flatMap((f) => f.bases.map((b) => b.base)))];
    const counts = pool.map((base) => ({ base, n: members.filter((f) => fits(f, base)).length })).sort((a, b) => b.n - a.n);
    const agreed = counts[0];
    // all but one fit it, or at least half do and no other base fits any of them
    const alone = counts.slice(1).every((c) => c.n === 0);
    if (!agreed || agreed.n < 2 || (agreed.n < members.length - 1 && !(alone && agreed.n * 2 >= members.length))) continue;
    for (const f of members) {
      if (f.bases.some((b) => fits(f, b.base))) continue;
      const base = f.bases.find((b) => b.base === agreed.base) ?? members.flatMap((m) => m.bases).find((b) => b.base === agreed.base)!;
      f.bases = [withCount(base, f.count.value.units), ...f.bases.filter((b) => b !== base)];
      f.explicit = true;
      f.basis = msg('basis.siblings');
    }
  }
}

export function findPercentages(doc: DocumentModel, restatements: readonly Restatement[] = []): PercentFact[] {
  const reader = new PercentReader(doc, readProse(doc), new Map(restatements.map((r) => [r.figure, r])));
  for (const pt of reader.reading.texts) reader.readParagraph(pt);
  return reader.facts;
}
