// The Report contract shared by the CLI and the language server.
// All offsets are UTF-16 code-unit offsets into the ORIGINAL text given to `analyze`.
import type { Directives } from './directives';
import type { CrossSummary } from './cross/types';
import type { Locale } from './messages/translate';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export interface Span {
  start: number;
  end: number;
}

export interface RelatedSpan {
  span: Span;
  /** The part it names, alone: `（一）予以公开 · 自然人 = 10`, `上年 39`, `基数 办结总数 360`. */
  message: string;
}

export interface TextEdit {
  span: Span;
  newText: string;
}

export interface Fix {
  /** Title of the quick fix, e.g. `将 7025 改为 7235`. */
  title: string;
  edits: TextEdit[];
  /** The one clearly best correction: safe to apply in a "fix all" run. Alternatives are never preferred. */
  preferred: boolean;
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  /** The exact characters of the wrong figure in the original text. */
  span: Span;
  related: RelatedSpan[];
  /** Markdown that spells out the arithmetic (for hovers). */
  computation?: string;
  /**
   * Corrections proven by the core: each was applied and the text analysed again; it removes this
   * finding and adds none. At most one is preferred; several mean competing corrections.
   */
  fixes: Fix[];
}

/** A check spelled out: the verdict and the arithmetic first, the figures by name after. */
export interface Explanation {
  /** Markdown: the verdict and the arithmetic (`**合计核对**：合计 10 = 3+7 = 10`). */
  markdown: string;
  /** A Markdown table of the figures by name; empty when there is none. */
  table: string;
}

/** A check and the figures that took part in it, with the check spelled out (hover on a correct number too). */
export interface CheckedFigure extends Explanation {
  /** The figure checked: a total, a share, a figure the prose restates. */
  span: Span;
  /** The other figures of the same computation (the parts of a sum, the cells of an identity): hovering one shows it too. */
  parts: Span[];
  ok: boolean;
}

export type OutlineKind = 'section' | 'table';

export interface OutlineNode {
  kind: OutlineKind;
  name: string;
  /** Heading level 1–4 for sections; 0 for tables. */
  level: number;
  /** The whole section or table. */
  span: Span;
  /** The heading line or table caption. */
  selection: Span;
  children: OutlineNode[];
}

export type TemplateId = '2019' | '2021' | 'pre2019';

/** What was read of one statistical table: how many of its template's data rows, and their figures. */
export interface TableSummary {
  /** Template table id: `t2`, `t3`, `t4`, `stats`. */
  id: string;
  name: string;
  span: Span;
  /** Data rows of the template found and read in full. */
  rowsRead: number;
  /** Data rows the template has. */
  rowsExpected: number;
  /** Figures read (a missing value counts: it was read as missing). */
  cellsRead: number;
}

export interface Report {
  /** The report's title line, e.g. `XX区2020年政府信息公开工作年度报告`, if it has one. */
  title: { text: string; span: Span } | null;
  /** Which official format the statistical tables follow, if any was recognised. */
  template: TemplateId | null;
  /** Whether the text was converted from traditional characters. */
  traditional: boolean;
  findings: Finding[];
  /** What "fix all" applies to this text: preferred fixes whose combination is proven (sorted edits). */
  fixAll: TextEdit[];
  /** Filled when `explain` is asked for. */
  checked: CheckedFigure[];
  outline: OutlineNode[];
  /** The statistical tables read, in text order. */
  tables: TableSummary[];
  /** What the checks across years need of this report (absent when `summary: false` was asked). */
  crossYear?: CrossSummary;
  /** A paged source's (a PDF's) pages whose content was not (all) read; absent for other sources. */
  unread?: UnreadPages;
}

/**
 * A cell of a table as the source's own structure gives it (an HTML `<td>`, a DOCX `w:tc`, a cell
 * rebuilt from PDF geometry). `start`/`end`: the cell's text in the analysed text (equal for an empty
 * cell). A position covered by a cell that spans from an earlier row (rowspan, vMerge) or column
 * (colspan, gridSpan) has `from` set and the offsets of that cell.
 */
export interface GridCell {
  start: number;
  end: number;
  from?: 'above' | 'left';
}

/** A table's rows, every row as wide as the table once spans are expanded. */
export interface Grid {
  rows: GridCell[][];
}

/** A paged source's pages (1-based) whose content was not read, or not all of it, by why. */
export interface UnreadPages {
  /** No text layer: scanned images. */
  image: readonly number[];
  /** Most of the text set at a slant (a page turned a quarter is read upright). */
  slanted: readonly number[];
  /** Characters whose font maps them to no Unicode text: they are left out, the rest of the page is read. */
  unmapped: readonly number[];
}

export const NO_UNREAD_PAGES: UnreadPages = { image: [], slanted: [], unmapped: [] };

/** Whether any page was not (all) read, whatever the reason. */
export const anyUnread = (unread: UnreadPages): boolean => unread.image.length > 0 || unread.slanted.length > 0 || unread.unmapped.length > 0;

/** What the core analyses: a text, and the tables its source gives as grids (their cells lie in the text). */
export interface AnalysisInput {
  text: string;
  grids?: readonly Grid[];
  /** A paged source (PDF): how many pages it has, and those whose content was not (all) read. */
  pages?: number;
  unread?: UnreadPages;
  /**
   * The directives that apply, in the text's offsets, when they are not in the text itself (an HTML
   * page's comments, which its text does not keep); else they are read from the text.
   */
  directives?: Directives;
}

export type SeverityOverride = Severity | 'off';

export interface AnalyzeOptions {
  /** Rule ids to switch off. */
  disable?: readonly string[];
  /** Per-rule severity overrides. */
  severity?: Readonly<Record<string, SeverityOverride>>;
  /** Also list every checked figure with its computation (`Report.checked`, for hovers). */
  explain?: boolean;
  /** Prove each fix by analysing the fixed text (default true); unproven fixes are dropped. */
  proveFixes?: boolean;
  /** Summarise the report for the checks across years (`Report.crossYear`, default true). */
  summary?: boolean;
  /** The language of messages, fix titles and hovers (default `zh-CN`). */
  locale?: Locale;
}

export interface RuleMeta {
  id: string;
  defaultSeverity: Severity;
  /** One-line Chinese description. */
  description: string;
  /** One-line English description. */
  descriptionEn: string;
  fixable: boolean;
  /** A check across several reports (one body's consecutive years), run by `checkAcrossReports`. */
  acrossReports?: boolean;
}
