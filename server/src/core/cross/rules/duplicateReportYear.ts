// duplicate-report-year: two different reports of one body for one year (not one report as a web page
// and as text): which is the report cannot be told, so neither is paired with other years; a hint on each.
import { ruleMeta } from '../../rules/meta';
import type { CrossRule } from './context';

export const duplicateReportYear: CrossRule = {
  meta: ruleMeta('duplicate-report-year')!,
  checkPairing(pairing, out) {
    for (const { body, year, reports } of pairing.duplicates) {
      const names = reports.map((r) => r.entry.path).join('、');
      for (const r of reports) {
        const others = reports.filter((o) => o !== r);
        out.report({
          path: r.entry.path,
          span: r.entry.summary.title?.span ?? { start: 0, end: 0 },
          message: `${body} ${year} 年有 ${reports.length} 份不同的报告（${names}），无法确定以哪一份为准，这些报告均未做跨年度核对`,
          related: others.map((o) => ({ path: o.entry.path, span: o.entry.summary.title?.span ?? { start: 0, end: 0 }, message: `${year} 年的另一份报告` })),
        });
      }
    }
  },
};
