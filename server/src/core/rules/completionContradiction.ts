// completion-contradiction: the prose says every application was completed (`申请均已办结`,
// `办结率100%`) while table 三 carries applications over to next year (`四、结转下年度继续办理` > 0).
// A sentence about last year's carried-over applications, or that itself mentions carrying over
// (`办结率100%，1件…结转下年度办理`), says nothing about this.
import { readProse } from '../prose/reading';
import { sentenceAt } from '../prose/clauses';
import { cellId } from '../tables/readTable';
import type { Rule } from './context';
import { ruleMeta } from './meta';

const COMPLETE = /(?:全部|均已?|已全部|已经全部|都已?)(?:按时|按期|依法)?(?:办结|办理完毕|答复完毕|处理完毕)|(?<!按时|按期)办结率(?:为|达到?|是)?100(?:\.0+)?%/g;
const NOT_THIS = /结转|上年|去年|上一年/;
const ABOUT_APPLICATIONS = /申请/;
/** Table 三's carried-over row and its total column (both forms). */
const CARRIED = cellId('next', 'total');
const CARRIED_ROW = '四、结转下年度继续办理';

export const completionContradiction: Rule = {
  meta: ruleMeta('completion-contradiction')!,
  check(ctx, out) {
    const table = ctx.doc.tables.find((t) => t.def.id === 't3');
    const carried = table?.cells.get(CARRIED);
    if (!carried?.value || carried.value.units <= 0) return;
    for (const pt of readProse(ctx.doc).texts) {
      COMPLETE.lastIndex = 0;
      for (let m = COMPLETE.exec(pt.text); m; m = COMPLETE.exec(pt.text)) {
        const sentence = sentenceAt(pt, m.index);
        const words = pt.text.slice(sentence.start, sentence.end);
        if (NOT_THIS.test(words) || !ABOUT_APPLICATIONS.test(words)) continue;
        const start = pt.offsets[m.index];
        const end = pt.offsets[m.index + m[0].length - 1] + 1;
        out.report({
          span: ctx.span(start, end),
          message: ctx.t('completion.message', { words: ctx.written(start, end), table: table!.def.name, row: CARRIED_ROW, carried: carried.text }),
          related: [{ span: ctx.span(carried.start, carried.end), message: ctx.t('related.cell', { cell: `${CARRIED_ROW} · 总计`, value: carried.text }) }],
          fixes: [],
        });
      }
    }
  },
};
