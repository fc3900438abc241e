// The client's own user-facing text: Chinese, or English when VS Code runs in English.
import * as vscode from 'vscode';

const chinese = {
  statusName: 'GovReport 政务公开年报校验',
  statusErrors: (count: number) => `年报：${count} 个错误`,
  statusNoErrors: '年报：无错误',
  statusTooltip: '当前年报的错误数，点击打开“问题”面板',
  noEditor: '没有打开的文件。',
  nothingToFix: '本文件没有可自动修复的问题。',
  pickRule: '选择一条规则查看说明',
  fixable: '可自动修复',
  defaultSeverity: '默认级别',
  pdfOrWord: 'PDF 或 Word 文件',
  check: '检查',
  reading: (name: string) => `正在读取并检查 ${name}…`,
};

const english: typeof chinese = {
  statusName: 'GovReport',
  statusErrors: (count: number) => `Report: ${count} error${count === 1 ? '' : 's'}`,
  statusNoErrors: 'Report: no errors',
  statusTooltip: 'Errors in the current report; click to open the Problems panel',
  noEditor: 'No file is open.',
  nothingToFix: 'Nothing in this file can be fixed automatically.',
  pickRule: 'Pick a rule to read its documentation',
  fixable: 'auto-fixable',
  defaultSeverity: 'default severity',
  pdfOrWord: 'PDF or Word files',
  check: 'Check',
  reading: (name: string) => `Reading and checking ${name}…`,
};

export const inEnglish = vscode.env.language.toLowerCase().startsWith('en');
export const messages = inEnglish ? english : chinese;
