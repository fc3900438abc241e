// What a prose figure is: the reporting body's own figure of the report year, a difference on
// another year (`较上年增加18件`), the other year's figure it is compared with (`较上年（39件）`),
// a figure of another period (`上年度街道共收到申请7件`) or of another body (`各乡镇另收到申请17件`).
import { clauseStart, previousClause, type Stretch } from './clauses';
import type { ProseFigure, ProseText } from './proseText';
import { CHANGE_VERB, COMPARISON, NAMED_UNIT, OTHER_BODY, OWN_PERIOD, PAST_PERIOD } from './vocabulary';

export type FigureRole = 'own' | 'change' | 'comparison' | 'otherPeriod' | 'otherBody';

export interface FigureReading {
  role: FigureRole;
  /** The words naming the figure: back to the previous delimiter or figure (`其中本年新收`). */
  label: string;
  /** The clause up to the figure, with the clause a 其中 clause hangs from (its subject). */
  subject: string;
}

const LABEL_STOP = new Set([',', ';', ':', '。', '、', '!', '?']);

/** The words between the previous delimiter (or quantity: years and codes are words) and the figure at index `i`. */
export function labelOf(pt: ProseText, i: number): string {
  const f = pt.figures[i];
  let p = i - 1;
  while (p >= 0 && pt.figures[p].token.kind === 'other') p--;
  const floor = p >= 0 ? pt.figures[p].unitEnd : 0;
  let s = f.at;
  while (s > floor && !LABEL_STOP.has(pt.text[s - 1])) s--;
  return pt.text.slice(s, f.at).replace(/^[()]/, '');
}

/** A year as a figure's period: past, the report's own, or unknown (no report year). */
function yearIsPast(year: string, reportYear: number | null): boolean | null {
  return reportYear === null ? null : Number(year) < reportYear;
}

/** `较上年（`, `较2013年的`, `2021年为`: the period word stands right before the figure. */
const PERIOD_BEFORE = new RegExp(`(较|比|与|同)?(${PAST_PERIOD}|(\\d{4})年度?(同期)?)(的|为|是|共|有|\\()?$`);
/** `上年度街道共收到申请7件`, `2020年同期新收申请64件`: the clause opens with another period. */
const PERIOD_OPENS = new RegExp(`^(在|于)?(${PAST_PERIOD}|(\\d{4})年度?(同期)?)(?!度?结转)`);
/** A unit of the body with its verb (`其中县自然资源局受理52件`). */
const UNIT_ACTING = new RegExp(`(${NAMED_UNIT.source})[^,;。]{0,4}(受理|收到|办理|新收|办结|答复|共|全年|发布|公开)`);
/** The body itself with its departments (`区政府及各部门共收到`). */
const BODY_AND_PARTS = /(政府|本级|机关|本局|我局)(及|和|与)其?(各|所属|[市县区]直)/;

/** A clause that only compares with or changes on another period (`较上年（39件）增长15.4%`). */
const COMPARISON_CLAUSE = new RegExp(`^(较|比|同比|环比|相比|与(${PAST_PERIOD}|\\d{4}年)|增长|下降|增加|减少|上升|提高|降低)`);

function subjectOf(pt: ProseText, at: number): { clause: Stretch; words: string; partOf: boolean } {
  const start = clauseStart(pt, at);
  let words = pt.text.slice(start, at);
  const partOf = /^(其中|另有?|含)/.test(words);
  if (partOf) {
    // a 其中 clause is about its total's subject; comparison clauses between them are skipped
    let prev = previousClause(pt, start);
    while (prev && COMPARISON_CLAUSE.test(pt.text.slice(prev.start, prev.end))) prev = previousClause(pt, prev.start);
    if (prev) words = pt.text.slice(prev.start, prev.end) + ',' + words;
  }
  return { clause: { start, end: at }, words, partOf };
}

export function readFigure(pt: ProseText, i: number, reportYear: number | null): FigureReading {
  const f: ProseFigure = pt.figures[i];
  const label = labelOf(pt, i);
  const { clause, words, partOf } = subjectOf(pt, f.at);
  const clauseWords = pt.text.slice(clause.start, clause.end);
  const reading = (role: FigureRole): FigureReading => ({ role, label, subject: words });
  const compared = COMPARISON.test(clauseWords) || COMPARISON.test(pt.text.slice(Math.max(0, clause.start - 20), clause.start));
  if (CHANGE_VERB.test(label) && compared) return reading('change');
  // `较2013年的62件` is a comparison whatever the year; a bare `2021年为90件` needs an earlier year
  const before = PERIOD_BEFORE.exec(label);
  if (before && (before[3] === undefined || before[1] || yearIsPast(before[3], reportYear))) return reading('comparison');
  const opens = PERIOD_OPENS.exec(words);
  if (opens && !OWN_PERIOD.test(words.slice(opens[0].length)) && (opens[3] === undefined || yearIsPast(opens[3], reportYear))) return reading('otherPeriod');
  if ((OTHER_BODY.test(words) && !BODY_AND_PARTS.test(words)) || (partOf && UNIT_ACTING.test(clauseWords))) return reading('otherBody');
  return reading('own');
}
