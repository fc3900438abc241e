// The client's own user-facing text: Chinese, or English when VS Code runs in English.
import * as vscode from 'vscode';

/** The templates a report's tables follow (DocumentStatus.template). */
const TEMPLATES_ZH: Readonly<Record<string, string>> = { '2019': '2019 年版表格', '2021': '2021 年版表格', pre2019: '2019 年以前的表格' };
const TEMPLATES_EN: Readonly<Record<string, string>> = { '2019': '2019 tables', '2021': '2021 tables', pre2019: 'pre-2019 tables' };
const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

const chinese = {
  statusName: 'GovReport 政务公开年报校验',
  statusCounts: (errors: number, warnings: number) => `年报：${errors} 个错误${warnings > 0 ? `，${warnings} 个警告` : ''}`,
  statusPassed: (template: string | null) => `✓ 年报校验通过${template ? `（${TEMPLATES_ZH[template] ?? template}）` : ''}`,
  statusNotChecked: '年报：未检查（原因见“问题”面板）',
  statusNotRecognised: '未识别为年报（没有报告标题、章节标题或统计表），只核对了正文中的数字',
  statusChecking: '年报：检查中…',
  statusTooltip: '当前年报的检查结果，点击在“问题”面板中查看本文件的问题',
  noEditor: '没有打开的文件。',
  nothingToFix: '本文件没有可自动修复的问题。',
  pickRule: '选择一条规则查看说明',
  fixable: '可自动修复',
  defaultSeverity: '默认级别',
  pdfOrWord: 'PDF 或 Word 文件',
  check: '检查',
  reading: (name: string) => `正在读取并检查 ${name}…`,
  noWorkspace: '没有打开的工作区文件夹。',
  workspaceChecked: (reports: number, withFindings: number) => `工作区检查完成：${reports} 份年报，其中 ${withFindings} 份有问题（见“问题”面板）。`,
  workspaceFailed: '工作区检查失败',
  restarting: '正在重启语言服务器…',
};

const english: typeof chinese = {
  statusName: 'GovReport',
  statusCounts: (errors: number, warnings: number) =>
    `Report: ${plural(errors, 'error')}${warnings > 0 ? `, ${plural(warnings, 'warning')}` : ''}`,
  statusPassed: (template: string | null) => `✓ Report passed${template ? ` (${TEMPLATES_EN[template] ?? template})` : ''}`,
  statusNotChecked: 'Report: not checked (see Problems for why)',
  statusNotRecognised: 'Not recognised as a report (no title, section headings or tables): only the prose figures were checked',
  statusChecking: 'Report: checking…',
  statusTooltip: 'The checks of the current report; click to see its problems in the Problems panel',
  noEditor: 'No file is open.',
  nothingToFix: 'Nothing in this file can be fixed automatically.',
  pickRule: 'Pick a rule to read its documentation',
  fixable: 'auto-fixable',
  defaultSeverity: 'default severity',
  pdfOrWord: 'PDF or Word files',
  check: 'Check',
  reading: (name: string) => `Reading and checking ${name}…`,
  noWorkspace: 'No workspace folder is open.',
  workspaceChecked: (reports: number, withFindings: number) =>
    `Workspace checked: ${plural(reports, 'report')}, ${withFindings} with problems (see the Problems panel).`,
  workspaceFailed: 'The workspace check failed',
  restarting: 'Restarting the language server…',
};

export const inEnglish = vscode.env.language.toLowerCase().startsWith('en');
export const messages = inEnglish ? english : chinese;
