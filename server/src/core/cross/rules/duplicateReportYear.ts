// duplicate-report-year: two different reports of one body for one year (not one report as a web page
// and as text): which is the report cannot be told, so neither is paired with other years; a hint on each.
import { ruleMeta } from '../../rules/meta';
import type { CrossRule } from './context';

export const duplicateReportYear: CrossRule = {
  meta: ruleMeta('duplicate-report-year')!,
  checkPairing(pairing, t, out) {
    for (const { body, year, reports } of pairing.duplicates) {
      const names = t.join(reports.map((r) => r.entry.path), 'list.enumeration');
      for (const r of reports) {
        const others = reports.filter((o) => o !== r);
        out.report({
          path: r.entry.path,
          span: r.entry.summary.title?.span ?? { start: 0, end: 0 },
          message: t('duplicateYear.message', { body, year, count: reports.length, reports: names }),
          related: others.map((o) => ({ path: o.entry.path, span: o.entry.summary.title?.span ?? { start: 0, end: 0 }, message: t('duplicateYear.related', { year }) })),
        });
      }
    }
  },
};
