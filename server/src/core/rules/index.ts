// The rule registry: one module per rule, in the order of RULE_METAS.
import type { Rule } from './context';
import { invalidDirective } from './invalidDirective';
import { RULE_METAS } from './meta';
import { percentMismatch } from './percentMismatch';
import { proseTableMismatch } from './proseTableMismatch';
import { sumMismatch } from './sumMismatch';
import { tableIdentity } from './tableIdentity';
import { noTextLayer } from './noTextLayer';
import { tableImage } from './tableImage';
import { tableShape } from './tableShape';
import { missingSection } from './missingSection';
import { missingTable } from './missingTable';
import { emptySection } from './emptySection';
import { feeContradiction } from './feeContradiction';
import { completionContradiction } from './completionContradiction';

const ALL: readonly Rule[] = [
  sumMismatch,
  percentMismatch,
  tableIdentity,
  proseTableMismatch,
  tableShape,
  noTextLayer,
  tableImage,
  missingSection,
  missingTable,
  emptySection,
  feeContradiction,
  completionContradiction,
  invalidDirective,
];

/** The rules of one report (those across reports are in cross/rules). */
export const RULES: readonly Rule[] = RULE_METAS.filter((m) => !m.acrossReports).map((m) => ALL.find((r) => r.meta.id === m.id)!);
export { RULE_METAS };
