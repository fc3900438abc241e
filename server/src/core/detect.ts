// Whether a plain-text or Markdown document looks like a 政府信息公开工作年度报告, judged from its text
// (never from the file name). Simplified and traditional forms both count.
import { anyUnread, type Report } from './types';

const SUBJECT = ['政府信息公开', '政府信息公開'];
const REPORT_MARKERS = ['年度报告', '工作报告', '依申请公开', '年度報告', '工作報告', '依申請公開'];

export function looksLikeAnnualReport(text: string): boolean {
  return SUBJECT.some((s) => text.includes(s)) && REPORT_MARKERS.some((m) => text.includes(m));
}

/**
 * Whether the analysis read the text as a report: a report title, section headings or statistical
 * tables. Otherwise only figures in its prose were checked, and no finding is no clean verdict.
 */
export function isRecognisedReport(report: Pick<Report, 'title' | 'template' | 'tables' | 'outline'>): boolean {
  return report.title !== null || report.template !== null || report.tables.length > 0 || report.outline.length > 0;
}

/**
 * What to say of a report not recognised, as a message key; null when it is recognised. A PDF with
 * pages not (all) read (a scan, slanted text, fonts without Unicode maps) is not said to be no report:
 * what could not be read is what is not known.
 */
export function unrecognisedNotice(report: Pick<Report, 'title' | 'template' | 'tables' | 'outline' | 'unread'>): 'cli.notRecognised' | 'cli.notRecognisedUnread' | null {
  if (isRecognisedReport(report)) return null;
  return report.unread !== undefined && anyUnread(report.unread) ? 'cli.notRecognisedUnread' : 'cli.notRecognised';
}
