// What a user should see in a real editor, shared by the code-server test (test/e2e/vscode.e2e.ts)
// and the @vscode/test-electron suite (test/vscode/suite.ts). Seed 000's line 12 states 7025 items
// for parts that add up to 7235; the bundled synthetic 2019 report has one error, at line 39.

export const SEED_NAME = '000_75db285d8e423f19.txt';
export const SAMPLE_NAME = 'synthetic-2019.txt';

/** Seed 000, from the repository root. */
export const SEED_PATH = ['..', 'shared', 'seeds', SEED_NAME];
/** The synthetic report, from the repository root. */
export const SAMPLE_PATH = ['samples', SAMPLE_NAME];

export const SEED_FIRST_WORDS = '根据《中华人民共和国政府信息公开条例》';
export const TOTAL = { line: 12, column: 22, text: '7025', fixed: '7235', context: '信息7025条', fixedContext: '信息7235条' };
export const TOTAL_MESSAGE = '合计 7025 ≠ 1325+130+97+113+160+326+367+4717 = 7235（差 210）';
export const RULE = 'sum-mismatch';
export const SOURCE = 'govreport';
/** The hover's explanation: its heading and the arithmetic. */
export const HOVER_HEADING = '合计核对';
export const ARITHMETIC = '1325+130+97+113+160+326+367+4717 = 7235';
export const FIX_TITLE = '将 7025 改为 7235';
export const SECTIONS = ['一、概述', '二、政府信息公开情况', '三、主要问题及改进措施'];
export const TABLE_SYMBOL = '统计表 政府信息公开情况统计表';
/** Errors in seed 000 before and after the fix, and in the synthetic report. */
export const SEED_ERRORS = 2;
export const SAMPLE_ERRORS = 1;
export const SAMPLE_ERROR_LINE = 39;

/** The status bar item's text (client/src/messages.ts), in English or Chinese as VS Code runs. */
export const statusBarText = (errors: number): RegExp => new RegExp(`Report: ${errors} errors?(?![\\w])|年报：${errors} 个错误`);
/** The status bar on a clean report whose tables follow the 2019 template. */
export const PASSED_TEXT = /✓ 年报校验通过（2019 年版表格）|✓ Report passed \(2019 tables\)/;

/** A report the e2e test never opens: the workspace check puts its error in the Problems panel. */
export const CLOSED_NAME = 'synthetic-pre2019.txt';
export const CLOSED_PATH = ['samples', CLOSED_NAME];
export const CLOSED_ERROR_LINE = 11;
/** A part of seed 000's sum (`1325` in `信息1325条`): its hover shows the same computation. */
export const PART = { text: '1325', context: '信息1325条' };
/** The workspace check's command as the palette lists it in English, and what it says when done. */
export const CHECK_WORKSPACE_TITLE = 'GovReport: Check All Reports in the Workspace';
export const WORKSPACE_CHECKED = /Workspace checked: \d+ reports?, \d+ with problems/;
export const RESTART_TITLE = 'GovReport: Restart the Language Server';
/** The quick fix that switches a rule off for one line, and the directive it writes above the line. */
export const DISABLE_LINE_TITLE = /Disable sum-mismatch for this line|在本行停用规则 sum-mismatch/;
export const DISABLE_LINE_DIRECTIVE = '<!-- govreport-disable-next-line sum-mismatch -->';

/**
 * A report as a PDF (a format fixture printed by Chromium), checked from the explorer's context menu:
 * its extracted text opens read-only, and its one error is in Problems with the page it is on.
 */
export const PDF_NAME = '2021-table-four.pdf';
export const PDF_PATH = ['test', 'fixtures', 'formats', PDF_NAME];
export const CHECK_PDF_TITLE = 'Check a PDF or Word file';
export const PDF_ERROR = '行政复议·总计 3 ≠ 0+0+0+4 = 4（差 1）（第 2 页）';
/** A section of its outline that the text reports the test opens before have not. */
export const PDF_SECTION = '三、收到和处理政府信息公开申请情况';
