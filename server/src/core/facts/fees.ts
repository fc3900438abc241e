// What the report says about information-processing fees (信息处理费): each statement either that none
// was charged (`未收取信息处理费`, `无收取信息处理费情况`, `收取信息处理费 0 元`) or an amount charged
// (`全年收取政府信息公开信息处理费 3940 元`). A fee named inside a document's title (《…信息处理费管理
// 办法》) states nothing; neither does a clause about another year.
import type { DocumentModel } from '../document';
import { clauseEnd, clauseStart } from '../prose/clauses';
import { readProse } from '../prose/reading';
import { PAST_PERIOD } from '../prose/vocabulary';

export interface FeeStatement {
  /** Normalised offsets of the clause. */
  start: number;
  end: number;
  /** The amount charged as written (`3940 元`); null: none was charged. */
  amount: string | null;
}

const FEE = /信息处理费|处理费/g;
const NEGATION = /未|没有|无|不|免/;
const AMOUNT = /(\d+(?:\.\d+)?)\s*(万?元)/;
const YEAR = /((?:19|20)\d{2})\s*年/g;
const PAST = new RegExp(PAST_PERIOD);

/** Whether `at` lies inside a title `《…》`. */
function inTitle(text: string, at: number): boolean {
  const open = text.lastIndexOf('《', at);
  return open >= 0 && text.lastIndexOf('》', at) < open;
}

export function feeStatements(doc: DocumentModel): FeeStatement[] {
  const { texts, year } = readProse(doc);
  const found: FeeStatement[] = [];
  for (const pt of texts) {
    FEE.lastIndex = 0;
    for (let m = FEE.exec(pt.text); m; m = FEE.exec(pt.text)) {
      if (inTitle(pt.text, m.index)) continue;
      const start = clauseStart(pt, m.index);
      const end = clauseEnd(pt, m.index + m[0].length);
      const before = pt.text.slice(start, m.index);
      const clause = pt.text.slice(start, end);
      const years = [...clause.matchAll(YEAR)].map((y) => Number(y[1]));
      if (years.some((y) => y !== year) || PAST.test(clause.replace(YEAR, ''))) continue;
      const amount = AMOUNT.exec(pt.text.slice(m.index, end));
      const none = NEGATION.test(before) || (amount !== null && Number(amount[1]) === 0);
      if (!none && !amount) continue;
      found.push({ start: pt.offsets[start], end: pt.offsets[end], amount: none ? null : `${amount![1]} ${amount![2]}` });
      FEE.lastIndex = end;
    }
  }
  return found;
}
