// no-text-layer: pages of a PDF that are images (a scanned report): nothing on them can be read,
// so a report without findings there is not a clean report. One finding at the top of the text.
import type { Translator } from '../messages/translate';
import type { Rule } from './context';
import { ruleMeta } from './meta';

/** `1–3、5`: runs of consecutive pages. */
function pageList(t: Translator, pages: readonly number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < pages.length; i++) {
    let j = i;
    while (j + 1 < pages.length && pages[j + 1] === pages[j] + 1) j++;
    runs.push(j > i ? `${pages[i]}–${pages[j]}` : `${pages[i]}`);
    i = j;
  }
  return t.join(runs, 'list.enumeration');
}

export const noTextLayer: Rule = {
  meta: ruleMeta('no-text-layer')!,
  check(ctx, out) {
    const { pagesWithoutText: blank, pages } = ctx.doc;
    if (blank.length === 0) return;
    const all = blank.length === pages;
    out.report({
      span: ctx.span(0, 0),
      message: all ? ctx.t('noText.all', { pages }) : ctx.t('noText.some', { pages: pageList(ctx.t, blank) }),
      related: [],
      fixes: [],
    });
  },
};
