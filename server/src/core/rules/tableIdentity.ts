// table-identity: the template identities that are not plain sums: table 三's printed
// 勾稽关系 (一 + 二 = 三(七) + 四, per column) and `其中` rows that may not exceed their parent.
import type { Rule } from './context';
import { reportCorrections, reportIdentities } from './tableFindings';
import { ruleMeta } from './meta';

export const tableIdentity: Rule = {
  meta: ruleMeta('table-identity')!,
  check(ctx, out) {
    reportIdentities(ctx, out, (kind) => kind !== 'sum');
    reportCorrections(ctx, out, 'table-identity');
  },
};
