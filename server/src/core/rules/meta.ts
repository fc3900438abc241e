// The catalogue of rules: ids, default severities and descriptions. Each rule's logic lives in
// its own module beside this file; this table is what `govreport rules`, the settings schema and
// the docs list.
import type { RuleMeta, Severity } from '../types';

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
    description: 'PDF 的页面没有文字层（扫描件）、文字斜排或字体缺少 Unicode 映射，其内容无法（全部）核对',
    descriptionEn: 'PDF pages without a text layer (scans), with slanted text, or with fonts that map no Unicode text: their content cannot (all) be checked',
    fixable: false,
  },
  {
    id: 'table-image',
    defaultSeverity: 'info',
    description: '统计表仅以图片形式发布，无法核对',
    descriptionEn: 'The statistical table is published only as an image and cannot be checked',
    fixable: false,
  },
  {
    id: 'missing-section',
    defaultSeverity: 'warning',
    description: '缺少年报格式规定的部分（一、总体情况 … 六、其他需要报告的事项），或各部分顺序不对',
    descriptionEn: 'A section the national form prescribes is missing, or the sections are out of order',
    fixable: false,
  },
  {
    id: 'missing-table',
    defaultSeverity: 'error',
    description: '缺少年报格式要求的统计表（表二、表三、表四）',
    descriptionEn: 'A table the national form requires (tables 2, 3 and 4) is missing',
    fixable: false,
  },
  {
    id: 'empty-section',
    defaultSeverity: 'warning',
    description: '“存在的主要问题及改进情况”只写“无”或寥寥数字',
    descriptionEn: 'The problems-and-improvements section says only “无” or a few characters',
    fixable: false,
  },
  {
    id: 'fee-contradiction',
    defaultSeverity: 'warning',
    description: '称未收取信息处理费，报告另处却写明收费金额',
    descriptionEn: 'The report says no information-processing fee was charged and states a fee elsewhere',
    fixable: false,
  },
  {
    id: 'completion-contradiction',
    defaultSeverity: 'warning',
    description: '正文称申请已全部办结，表三却有结转下年度继续办理的申请',
    descriptionEn: 'The prose says every application was completed while table 3 carries applications over',
    fixable: false,
  },
  {
    id: 'invalid-directive',
    defaultSeverity: 'warning',
    description: '指令注释（<!-- govreport-… -->）中的规则 id 或指令名称不存在，该处不起作用',
    descriptionEn: 'A directive comment (<!-- govreport-… -->) names an unknown rule or directive, which has no effect',
    fixable: false,
  },
  {
    id: 'carry-over-mismatch',
    defaultSeverity: 'error',
    description: '跨年度：表三“二、上年结转政府信息公开申请数量”与上年报告“四、结转下年度继续办理”不一致',
    descriptionEn: "Across years: table 3's carried-over applications differ from last year's report's carried into the next year",
    fixable: false,
    acrossReports: true,
  },
  {
    id: 'documents-in-force-mismatch',
    defaultSeverity: 'warning',
    description: '跨年度（2021 版表二）：现行有效件数不等于上年现行有效件数 + 本年制发件数 − 本年废止件数',
    descriptionEn: 'Across years (2021 table 2): documents in force ≠ last year in force + issued − abolished',
    fixable: false,
    acrossReports: true,
  },
  {
    id: 'items-last-year-mismatch',
    defaultSeverity: 'warning',
    description: '跨年度（2019 版表二）：上一年项目数量不等于上年报告的上一年项目数量 + 本年增/减',
    descriptionEn: "Across years (2019 table 2): last year's item count ≠ last year's report's count + its change",
    fixable: false,
    acrossReports: true,
  },
  {
    id: 'last-year-figure-mismatch',
    defaultSeverity: 'warning',
    description: '跨年度：正文所述上年数字（如“较上年（63件）”）与上年报告的统计表不一致',
    descriptionEn: "Across years: a prose figure for last year (e.g. 较上年（63件）) disagrees with last year's table",
    fixable: false,
    acrossReports: true,
  },
  {
    id: 'copied-from-last-year',
    defaultSeverity: 'hint',
    description: '跨年度：一段较长的文字与上年报告逐字相同',
    descriptionEn: "Across years: a long passage is word for word the same as in last year's report",
    fixable: false,
    acrossReports: true,
  },
  {
    id: 'subordinates-sum-mismatch',
    defaultSeverity: 'warning',
    description: '跨报告：正文所述各县区、乡镇（街道）或部门的合计数小于文件夹中这些下级机关报告统计表之和',
    descriptionEn: "Across reports: a region's prose figure for all its subordinates is below the sum of their own reports' tables in the folder",
    fixable: false,
    acrossReports: true,
  },
  {
    id: 'duplicate-report-year',
    defaultSeverity: 'hint',
    description: '跨年度：同一机关同一年度有两份不同的报告，均未做跨年度核对',
    descriptionEn: 'Across years: two different reports of one body for one year; neither is checked across years',
    fixable: false,
    acrossReports: true,
  },
];

/**
 * A finding's severity under the one configured for its rule (settings, configuration file, --rule):
 * it applies to the rule's findings at their default level, not to those it reports weaker (hints).
 */
export function configuredSeverity(meta: RuleMeta, own: Severity | undefined, configured: Severity | undefined): Severity {
  const found = own ?? meta.defaultSeverity;
  return configured && found === meta.defaultSeverity ? configured : found;
}

export function ruleMeta(id: string): RuleMeta | undefined {
  return RULE_METAS.find((m) => m.id === id);
}
