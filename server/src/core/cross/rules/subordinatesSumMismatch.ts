// subordinates-sum-mismatch: a region's prose about its subordinates as a whole (`各县区共收到政府信息
// 公开申请120件`, `各乡镇（街道）`, `各部门`) against their own reports of the same year in the folder: those
// in the folders below the region's report, or beside it with the region's name before their own
// (`淮安市洪泽区`); departments only when so named, wherever they lie (`淮安市教育局`). The folder may
// not hold every subordinate, so only a stated figure below the sum of those it holds is wrong; the
// region's own table is never assumed to include them.
import { compare, format, sum, type Decimal } from '../../numbers/decimal';
import { msg } from '../../messages/translate';
import { ruleMeta } from '../../rules/meta';
import type { Identified } from '../pairing';
import type { SubordinateFigure, SubordinateKind, SummaryCell } from '../types';
import { OTHER_PLACE, SUBORDINATES } from '../vocabulary';
import { cellsOf, differenceText, type CrossRule } from './context';

const folderOf = (path: string): string => path.replace(/[\\/][^\\/]*$/, '');

/** Whether `other` is one of `region`'s subordinates of `kind`, by where its report lies and by its name. */
function isSubordinate(region: Identified, other: Identified, kind: SubordinateKind): boolean {
  const { body, owned } = SUBORDINATES.find((k) => k.kind === kind)!;
  const [key, regionKey] = [other.identity.bodyKey!, region.identity.bodyKey!];
  if (other === region || key === regionKey || !body.test(other.identity.body!)) return false;
  // what its name says after the region's (`洪泽区` of `淮安市洪泽区`), if it begins with it
  const after = key.startsWith(regionKey) ? key.slice(regionKey.length) : '';
  const [folder, theirs] = [folderOf(region.entry.path), folderOf(other.entry.path)];
  const below = theirs.length > folder.length && theirs.startsWith(folder) && /[\\/]/.test(theirs[folder.length]);
  if (owned) return (below || theirs === folder) && after !== '' && !OTHER_PLACE.test(after);
  return below || (theirs === folder && after !== '');
}

/** The subordinate's cells for the figure's quantity, when its table gave them all. */
function cellsFor(other: Identified, figure: SubordinateFigure): (SummaryCell & { value: Decimal })[] | null {
  const cells = figure.cells.map((c) => cellsOf(other.entry.summary, c.table).get(`${c.row}|${c.column}`));
  return cells.every((c) => c && c.value !== null) ? (cells as (SummaryCell & { value: Decimal })[]) : null;
}

export const subordinatesSumMismatch: CrossRule = {
  meta: ruleMeta('subordinates-sum-mismatch')!,
  checkPairing(pairing, t, out) {
    const byYear = new Map<number, Identified[]>();
    for (const r of pairing.reports) byYear.set(r.identity.year!, [...(byYear.get(r.identity.year!) ?? []), r]);
    for (const region of pairing.reports) {
      for (const figure of region.entry.summary.subordinateFigures) {
        const found = (byYear.get(region.identity.year!) ?? []).filter((o) => isSubordinate(region, o, figure.kind)).map((o) => ({ o, cells: cellsFor(o, figure) }));
        if (found.length === 0 || found.some((f) => f.cells === null)) continue;
        const total = sum(found.map((f) => sum(f.cells!.map((c) => c.value))));
        if (compare(figure.value, total) >= 0) continue;
        const parts = found.map((f) => `${f.o.identity.body} ${format(sum(f.cells!.map((c) => c.value)))}`).join(' + ');
        out.report({
          path: region.entry.path,
          span: figure.span,
          message: t('subordinates.message', {
            kind: msg(`subordinates.${figure.kind}`),
            quantity: figure.quantity,
            value: format(figure.value),
            count: found.length,
            parts,
            sum: format(total),
            difference: differenceText(t, figure.value, total),
            year: region.identity.year!,
          }),
          related: found.flatMap((f) => f.cells!.map((c) => ({ path: f.o.entry.path, span: c.span, message: t('subordinates.related', { body: f.o.identity.body!, year: f.o.identity.year!, cell: c.name, value: c.text }) }))),
        });
      }
    }
  },
};
