// Whether a plain-text or Markdown document looks like a 政府信息公开工作年度报告, judged from its text
// (never from the file name). Simplified and traditional forms both count.
const SUBJECT = ['政府信息公开', '政府信息公開'];
const REPORT_MARKERS = ['年度报告', '工作报告', '依申请公开', '年度報告', '工作報告', '依申請公開'];

export function looksLikeAnnualReport(text: string): boolean {
  return SUBJECT.some((s) => text.includes(s)) && REPORT_MARKERS.some((m) => text.includes(m));
}
