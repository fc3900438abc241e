// What the checks across reports see of each report: a small summary computed with its analysis
// (so that an adapter need not keep any report's text), and what they report.
import type { Decimal } from '../numbers/decimal';
import type { Severity, Span, TemplateId } from '../types';

/** A table cell another year's report may have to agree with. */
export interface SummaryCell {
  /** Template table id (`t2`, `t3`) and the cell's row and column keys. */
  table: string;
  row: string;
  column: string;
  /** Display name, e.g. `二、上年结转政府信息公开申请数量 · 自然人`. */
  name: string;
  /** Null for a blank cell (`-`, `/`, empty): not a stated value. */
  value: Decimal | null;
  /** The figure as written. */
  text: string;
  span: Span;
}

/** A prose figure that restates last year's value of table cells (`较上年（63件）`, `上年为63件`). */
export interface PriorFigure {
  value: Decimal;
  text: string;
  span: Span;
  /** What it states, e.g. `本年新收政府信息公开申请数量`, and the table cells of last year that hold it. */
  quantity: string;
  cells: readonly { table: string; row: string; column: string }[];
}

/** Subordinates a region's prose may state figures of as a whole. */
export type SubordinateKind = 'counties' | 'townships' | 'departments';

/** A prose figure about the body's subordinates as a whole (`各县区共收到申请120件`): what their own reports' tables add up to. */
export interface SubordinateFigure {
  value: Decimal;
  text: string;
  span: Span;
  /** Which subordinates (`各县区`, `各乡镇`), and what of them the figure states. */
  kind: SubordinateKind;
  quantity: string;
  cells: readonly { table: string; row: string; column: string }[];
}

/** A long sentence of prose, by a hash of its compact text: what may be copied from last year's report. */
export interface SentenceKey {
  hash: string;
  /** Characters of compact text. */
  length: number;
  span: Span;
  /** Index of its paragraph in the report (runs of copied sentences stay within one). */
  paragraph: number;
}

export interface CrossSummary {
  /** The title as written, and where (null when the report has none). */
  title: { text: string; span: Span } | null;
  template: TemplateId | null;
  /** The cells of table 三 and table 二 that carry over from one year to the next. */
  cells: SummaryCell[];
  priorFigures: PriorFigure[];
  subordinateFigures: SubordinateFigure[];
  sentences: SentenceKey[];
  /** Rules switched off for this report (`<!-- govreport-disable … -->` in it): no finding across years lands in it. */
  disabled: string[];
  /** Severities this report's settings give the checks across reports (a configuration file, --rule): its findings get them. */
  severity: Record<string, Severity>;
}

/** One report as the checks across reports take it: where it came from and its summary. */
export interface ReportEntry {
  /** The file's path as the adapter names it (also used for the year and body when the title lacks them). */
  path: string;
  summary: CrossSummary;
}

export interface CrossRelated {
  path: string;
  span: Span;
  message: string;
}

export interface CrossFinding {
  rule: string;
  severity: Severity;
  message: string;
  /** The report the finding is in, and where. */
  path: string;
  span: Span;
  /** Places in this report and in the other year's (each with its path). */
  related: CrossRelated[];
}
