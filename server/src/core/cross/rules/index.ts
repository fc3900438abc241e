// The registry of checks across reports, in the order of RULE_METAS.
import { RULE_METAS } from '../../rules/meta';
import { carryOverMismatch } from './carryOverMismatch';
import type { CrossRule } from './context';
import { copiedFromLastYear } from './copiedFromLastYear';
import { documentsInForceMismatch } from './documentsInForceMismatch';
import { duplicateReportYear } from './duplicateReportYear';
import { itemsLastYearMismatch } from './itemsLastYearMismatch';
import { lastYearFigureMismatch } from './lastYearFigureMismatch';
import { subordinatesSumMismatch } from './subordinatesSumMismatch';

const ALL: readonly CrossRule[] = [carryOverMismatch, documentsInForceMismatch, itemsLastYearMismatch, lastYearFigureMismatch, copiedFromLastYear, subordinatesSumMismatch, duplicateReportYear];

export const CROSS_RULES: readonly CrossRule[] = RULE_METAS.filter((m) => m.acrossReports).map((m) => ALL.find((r) => r.meta.id === m.id)!);
