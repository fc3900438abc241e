// The catalogue of rules: ids, default severities and descriptions. Each rule's logic lives in
// its own module beside this file; this table is what `govreport rules`, the settings schema and
// the docs list.
import type { RuleMeta } from '../types';

export const RULE_METAS: readonly RuleMeta[] = [
  {
    id: 'sum-mismatch',
    defaultSeverity: 'error',
    description: '合计与分项之和不符（正文“共…其中…”清单、统计表的行合计、列合计与小计）',
    descriptionEn: 'A total that is not the sum of its parts (prose lists, table rows, columns and subtotals)',
    fixable: true,
  },
  {
    id: 'percent-mismatch',
    defaultSeverity: 'error',
    description: '百分比与“数量/基数”按所写精度四舍五入的结果不符',
    descriptionEn: 'A percentage that does not match count/base at its stated precision',
    fixable: true,
  },
  {
    id: 'table-identity',
    defaultSeverity: 'error',
    description: '统计表勾稽关系不成立（如表三：第一项加第二项之和等于第三项加第四项之和）',
    descriptionEn: 'A template identity of the statistical tables fails (e.g. table 3: 一 + 二 = 三(七) + 四)',
    fixable: false,
  },
  {
    id: 'prose-table-mismatch',
    defaultSeverity: 'warning',
    description: '正文中的数字与统计表中同一指标的数值不一致',
    descriptionEn: 'A figure in the prose disagrees with the table cell for the same quantity',
    fixable: true,
  },
  {
    id: 'table-shape',
    defaultSeverity: 'warning',
    description: '统计表的数字个数与模板不符（缺格或多格），该处不做算术核对',
    descriptionEn: 'A table row whose numbers do not fit its template (missing or extra cells); not checked',
    fixable: false,
  },
  {
    id: 'no-text-layer',
    defaultSeverity: 'warning',
    description: 'PDF 的页面没有文字层（扫描件），其内容无法核对',
    descriptionEn: 'PDF pages without a text layer (scans): their content cannot be checked',
    fixable: false,
  },
  {
    id: 'table-image',
    defaultSeverity: 'info',
    description: '统计表仅以图片形式发布，无法核对',
    descriptionEn: 'The statistical table is published only as an image and cannot be checked',
    fixable: false,
  },
];

export function ruleMeta(id: string): RuleMeta | undefined {
  return RULE_METAS.find((m) => m.id === id);
}
