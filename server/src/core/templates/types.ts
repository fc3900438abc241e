// The shape of template data: tables, their rows and columns, and the identities between cells.
import type { MessageId } from '../messages/translate';
import type { ConceptId } from '../prose/vocabulary';
import type { TemplateId } from '../types';

/** Explanations in template data are message ids (`template.…`), so that they are read in the user's language. */
export type TemplateText = Extract<MessageId, `template.${string}`>;

/** A cell of a template table: [row key, column key]. */
export type CellRef = readonly [row: string, column: string];

export interface RowDef {
  key: string;
  /** Labels as printed, numbering included (`（一）予以公开`); matched loosely (see labels.ts). */
  labels: readonly string[];
  /** Number of figures in the row; 0 for a caption or group row. Defaults to the table's column count. */
  values?: number;
  /** Column keys of the figures when they are not the table's columns (table 二's blocks). */
  columns?: readonly string[];
}

export interface SumIdentity {
  kind: 'sum';
  total: CellRef;
  parts: readonly CellRef[];
}

export interface BalanceIdentity {
  kind: 'balance';
  left: readonly CellRef[];
  right: readonly CellRef[];
  /** The printed statement of the identity, e.g. `第一项加第二项之和，等于第三项加第四项之和`. */
  statement: TemplateText;
}

/** Σ part ≤ Σ whole: a 其中 row and its parent (an error), or a soft bound (`severity: 'warning'`). */
export interface AtMostIdentity {
  kind: 'atMost';
  part: readonly CellRef[];
  whole: readonly CellRef[];
  /** Soft bounds that may legitimately fail are warnings, with the reason in `note`. */
  severity?: 'warning';
  note?: TemplateText;
  /** `whole` lists rows that only some variants of the form have (a province's extra channel row). */
  wholeMayLackRows?: boolean;
}

export type Identity = SumIdentity | BalanceIdentity | AtMostIdentity;

export interface ColumnDef {
  key: string;
  label: string;
}

export interface TableDef {
  id: string;
  /** Outline name, e.g. `表三 收到和处理政府信息公开申请情况`. */
  name: string;
  /** Labels whose presence identifies the table (header cells or row labels). */
  signature: readonly string[];
  columns: readonly ColumnDef[];
  rows: readonly RowDef[];
  /** Cells that are not figures in the unit column (pre-2019 统计表). */
  unitColumn?: boolean;
  /** The table's only data row has no label: its figures follow the header (table 四). */
  headerlessRow?: string;
  /** Local variants of the same table (row keys shared): a reading that fits one better is read as it. */
  variants?: readonly TableDef[];
  identities: readonly Identity[];
  /** A table that matches no template (`name` is its caption): its title says so, in the message's language (tableTitle). */
  free?: true;
}

/** A prose phrase that states the same quantity as a table cell (or the sum of some cells). */
export interface ProseAlias {
  /** Chinese name of the quantity, e.g. `行政复议数量`. */
  name: string;
  /** Key phrases; the first count figure after one of them (same clause, within a few characters) is the prose figure. */
  phrases: readonly string[];
  /** Phrases that, right before the key phrase, mean a narrower quantity (`复议后` before 行政诉讼). */
  notAfter?: readonly string[];
  /** The paragraph must mention one of these (scope: disclosure cases, not all cases). */
  paragraphMentions?: readonly string[];
  /** The sentence must mention one of these (`维持` in a sentence about 行政复议, not 行政诉讼). */
  sentenceMentions?: readonly string[];
  /** The sentence must mention none of these. */
  sentenceExcludes?: readonly string[];
  /** Only when the figure is followed by one of these (`(含上年结转`: the figure counts carried-over ones too). */
  followedBy?: readonly string[];
  /** Never when the figure is followed by one of these. */
  notFollowedBy?: readonly string[];
  table: string;
  cells: readonly CellRef[];
}

/** Where the tables hold a concept prose may name (`办结总数` → table 三 （七）总计): the sum of `cells`. */
export interface ConceptCells {
  table: string;
  cells: readonly CellRef[];
}

/** A section of the form: `三、收到和处理政府信息公开申请情况`. */
export interface SectionDef {
  numeral: string;
  /** The heading as the form writes it. */
  title: string;
  /** Matched against the text right after `三、`: what still names the section when it is reworded. */
  words: RegExp;
  /** The table the section holds, which the form requires. */
  table?: string;
  /** A section that must say something: `无` is no answer (section 五's problems and improvements). */
  substantive?: boolean;
}

export interface TemplateDef {
  id: TemplateId;
  name: string;
  /** The sections the form prescribes, in order (none for forms that prescribe only a table). */
  sections?: readonly SectionDef[];
  /** Labels that tell this template from the others. */
  distinctive: readonly string[];
  tables: readonly TableDef[];
  prose: readonly ProseAlias[];
  /** Each concept's readings in the tables; several when the words are ambiguous (申请总数: with or without last year's). */
  concepts: Partial<Record<ConceptId, readonly ConceptCells[]>>;
}

/** Expands `total = Σ parts` over every row (parts and total are column keys). */
export function eachRowSum(rows: readonly string[], total: string, parts: readonly string[]): SumIdentity[] {
  return rows.map((row) => ({ kind: 'sum', total: [row, total], parts: parts.map((c): CellRef => [row, c]) }));
}

/** Expands `total = Σ parts` over every column (parts and total are row keys). */
export function eachColumnSum(columns: readonly string[], total: string, parts: readonly string[]): SumIdentity[] {
  return columns.map((col) => ({ kind: 'sum', total: [total, col], parts: parts.map((r): CellRef => [r, col]) }));
}
