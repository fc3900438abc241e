// no-text-layer: pages of a PDF that are images (a scanned report), whose text is set at a slant (a
// page turned a quarter is read upright), or whose text is in a font that maps its glyphs to no
// Unicode characters (that text is left out): what is on them is not all read, so a report without
// findings there is not a clean report. One finding for each kind, at the top of the text.
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
    const { unread, pages } = ctx.doc;
    const report = (message: string) => out.report({ span: ctx.span(0, 0), message, related: [], fixes: [] });
    if (unread.image.length > 0) report(unread.image.length === pages ? ctx.t('noText.all', { pages }) : ctx.t('noText.some', { pages: pageList(ctx.t, unread.image) }));
    if (unread.slanted.length > 0) report(ctx.t('noText.slanted', { pages: pageList(ctx.t, unread.slanted) }));
    if (unread.unmapped.length > 0) report(ctx.t('noText.unmapped', { pages: pageList(ctx.t, unread.unmapped) }));
  },
};
