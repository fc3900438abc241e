// Builds the document model once per analysis: normalised text, lines, headings, table blocks
// read against the recognised template, and prose paragraphs with their figures.
import { normalise, type Normalised } from './normalise/normalise';
import { scanNumbers, type NumberToken } from './numbers/tokens';
import { lastAtOrBefore } from './search';
import { findTableBlocks, type GridPosition, type TableBlock } from './structure/blocks';
import { isFigureCell, type Cell } from './structure/cells';
import { findTitle, readHeading, type Heading } from './structure/headings';
import { PAGE_NUMBER_LINE, splitLines, type Line } from './structure/lines';
import { cellLabelKey, templateLabelKey } from './tables/labels';
import { readTable, type ParsedTable } from './tables/readTable';
import { readStream } from './tables/readStream';
import { readFreeTable } from './tables/freeTables';
import { LabelIndex } from './structure/anchors';
import { findRegions, WHOLE_REPORT_LINE } from './structure/regions';
import { TEMPLATES } from './templates';
import type { TableDef, TemplateDef } from './templates/types';
import { NO_UNREAD_PAGES, type AnalysisInput, type Grid, type GridCell, type UnreadPages } from './types';
import { translator, type Translator } from './messages/translate';
import { maxOf, minOf } from './extent';

export interface Paragraph {
  /** The paragraph's text; a hard-wrapped paragraph spans several lines. */
  line: Line;
  numbers: NumberToken[];
}

export interface DocumentModel {
  original: string;
  norm: Normalised;
  lines: Line[];
  title: { start: number; end: number } | null;
  headings: Heading[];
  blocks: TableBlock[];
  template: TemplateDef | null;
  tables: ParsedTable[];
  paragraphs: Paragraph[];
  /** A paged source's page count, and its pages whose content was not (all) read. */
  pages: number;
  unread: UnreadPages;
}

/** Every label of every template's tables: what anchors a table in text. */
const TEMPLATE_LABELS = new LabelIndex(
  TEMPLATES.flatMap((t) => [
    ...t.distinctive,
    ...t.tables.flatMap((def) => [...def.signature, ...def.rows.flatMap((r) => r.labels), ...def.columns.flatMap((c) => c.label.split('·'))]),
  ]).map((label) => templateLabelKey(label).core),
);

/** A sentence end, or a figure with its unit after it (`5 件`): table cells write neither. */
const PROSE_LINE = /。|\d\s?[件条项次篇]/;

/** A row label opens its line right after a numbering such as `（一）` or `一、`. */
const HEADING_NUMBERING = 4;

/** A table must show at least this many of its signature labels to be read as that table. */
const MIN_SIGNATURE = 2;

/** The label cores of a block's text cells, joined, computed once per block. */
const blockLabels = new WeakMap<TableBlock, string>();

function labelsOf(block: TableBlock): string {
  let joined = blockLabels.get(block);
  if (joined === undefined) {
    joined = block.cells.filter((c) => c.text !== '' && !isFigureCell(c.text)).map((c) => cellLabelKey(c).core).join('\u0001');
    blockLabels.set(block, joined);
  }
  return joined;
}

function countMentioned(blocks: readonly TableBlock[], labels: readonly string[]): number {
  return labels.filter((label) => {
    const core = templateLabelKey(label).core;
    return core.length > 0 && blocks.some((b) => labelsOf(b).includes(core));
  }).length;
}

const signatureScore = (block: TableBlock, def: TableDef): number => countMentioned([block], def.signature);

function chooseTemplate(blocks: readonly TableBlock[]): TemplateDef | null {
  let best: { template: TemplateDef; score: number } | null = null;
  for (const template of TEMPLATES) {
    const tableScore = blocks.reduce((acc, b) => acc + Math.max(0, ...template.tables.map((t) => signatureScore(b, t))), 0);
    if (tableScore < MIN_SIGNATURE) continue;
    const distinctive = countMentioned(blocks, template.distinctive);
    const score = tableScore + 10 * distinctive;
    if (!best || score > best.score) best = { template, score };
  }
  return best?.template ?? null;
}

/** Lines between two blocks that can only be captions of one table (`第二十条第（一）项`). */
const MAX_CAPTION = 40;

function onlyCaptionsBetween(lines: readonly Line[], a: TableBlock, b: TableBlock): boolean {
  return lines.slice(a.lastLine + 1, b.firstLine).every((l) => l.text.trim().length <= MAX_CAPTION && !l.text.includes('。'));
}

function captionCells(lines: readonly Line[], a: TableBlock, b: TableBlock): Cell[] {
  return lines
    .slice(a.lastLine + 1, b.firstLine)
    .filter((l) => l.text.trim() !== '')
    .map((l) => {
      const start = l.start + (l.text.length - l.text.trimStart().length);
      const text = l.text.trim();
      return { text, start, end: start + text.length, line: l.index };
    });
}

/** The template tables read from the blocks, and the tables that match no template (checked for what they state themselves). */
function readTables(blocks: readonly TableBlock[], lines: readonly Line[], template: TemplateDef | null, t: Translator): ParsedTable[] {
  const claimed = new Set<TableBlock>();
  const tables = template ? readTemplateTables(blocks, lines, template, claimed) : [];
  const free = blocks.filter((b) => !claimed.has(b)).flatMap((b, i) => readFreeTable(b, i + 1, t) ?? []);
  return [...tables, ...free];
}

function readTemplateTables(blocks: readonly TableBlock[], lines: readonly Line[], template: TemplateDef, claimed: Set<TableBlock>): ParsedTable[] {
  // blocks of the same table separated only by caption lines are one table (a grid stays a grid)
  const merged: { block: TableBlock; cells: Cell[][]; def: TableDef }[] = [];
  for (const block of blocks) {
    const scored = template.tables.map((def) => ({ def, score: signatureScore(block, def) })).sort((a, b) => b.score - a.score);
    const last = merged[merged.length - 1];
    const def = scored[0].score >= MIN_SIGNATURE ? scored[0].def : last && scored[0].score > 0 ? last.def : null;
    if (!def) continue;
    claimed.add(block);
    if (last && last.def === def && !last.block.grid === !block.grid && onlyCaptionsBetween(lines, last.block, block)) {
      const captions = captionCells(lines, last.block, block);
      last.cells.push(captions, block.cells);
      const grid = last.block.grid && block.grid ? [...last.block.grid, ...captions.map((cell) => [{ cell }]), ...block.grid] : undefined;
      last.block = { ...last.block, lastLine: block.lastLine, end: block.end, grid };
    } else if (scored[0].score >= MIN_SIGNATURE) merged.push({ block, cells: [block.cells], def });
    else claimed.delete(block);
  }
  return merged.map(({ block, cells, def }) => readTable(cells.length === 1 ? block : { ...block, cells: cells.flat() }, def));
}

/** A grid given by the source, as a table block over the normalised text. */
function gridBlock(grid: Grid, norm: Normalised, lines: readonly Line[]): TableBlock | null {
  const lineAt = (offset: number): number => lastAtOrBefore(lines, offset, (l) => l.start);
  const cellOf = (g: GridCell): Cell => {
    let start = norm.map.toNormalised(g.start);
    let end = Math.max(start, norm.map.toNormalised(g.end));
    while (start < end && /\s/.test(norm.text[start])) start++;
    while (end > start && /\s/.test(norm.text[end - 1])) end--;
    return { text: norm.text.slice(start, end), start, end, line: lineAt(start) };
  };
  const rows = grid.rows.map((row) => row.map((g): GridPosition => ({ cell: cellOf(g), ...(g.from ? { from: g.from } : {}) })));
  const own = rows.flat().filter((p) => !p.from);
  if (own.length === 0) return null;
  const start = minOf(own, (p) => p.cell.start);
  const end = maxOf(own, (p) => p.cell.end);
  return { format: 'grid', firstLine: lineAt(start), lastLine: lineAt(end), start, end, cells: own.map((p) => p.cell).filter((c) => c.text !== ''), grid: rows };
}

/** A line this long that stops mid-sentence was hard-wrapped (PDF text), not ended. */
const WRAPPED_LINE = 30;
const SENTENCE_END = /[。！？!?；;]\s*$/;
/** A line that ends inside a sentence however short it is (`主要类别有：`, `…件，`, a figure whose unit wrapped). */
const CLAUSE_CONTINUES = /[,:，：、(（\d]\s*$/;
/** Blank lines a wrapped paragraph may run across (a page break, its page number included). */
const MAX_GAP_LINES = 3;

/** Prose lines, with hard-wrapped paragraphs (`…政府信息公开案` / page break / `件。…`) joined. */
function proseParagraphs(text: string, lines: readonly Line[], tableLines: ReadonlySet<number>, headingLines: ReadonlySet<number>): Line[] {
  const ranges: { index: number; start: number; end: number }[] = [];
  let continues = false; // whether the next prose line continues the last paragraph
  let lastLine = -1;
  for (const line of lines) {
    if (tableLines.has(line.index)) continues = false;
    if (tableLines.has(line.index) || line.text.trim() === '' || (continues && PAGE_NUMBER_LINE.test(line.text))) continue;
    const heading = headingLines.has(line.index);
    if (continues && !heading && line.index - lastLine - 1 <= MAX_GAP_LINES) ranges[ranges.length - 1].end = line.end;
    else ranges.push({ index: line.index, start: line.start, end: line.end });
    lastLine = line.index;
    // a numbered paragraph opens like a heading (`1.加大公开力度。全年…`) and wraps like prose
    continues = (line.text.trim().length >= WRAPPED_LINE && !SENTENCE_END.test(line.text)) || CLAUSE_CONTINUES.test(line.text);
  }
  return ranges.map((r) => ({ ...r, text: text.slice(r.start, r.end) }));
}

const span = (first: number, last: number): number[] => Array.from({ length: last - first + 1 }, (_, i) => first + i);

/** Lines that stand for empty table cells, and how many: a browser's copy writes U+00A0 in each (tabs between). */
function blankCellLines(lines: readonly Line[], norm: Normalised, original: string): Map<number, number> {
  const blank = new Map<number, number>();
  for (const line of lines) {
    if (line.text.trim() !== '' || line.text.length === 0) continue;
    const { start, end } = norm.map.toOriginal({ start: line.start, end: line.end });
    const cells = original.slice(start, end).split('\u00a0').length - 1;
    if (cells > 0) blank.set(line.index, cells);
  }
  return blank;
}

/** The lines, with the stretches that tables found inside a line (a crawler's one-line report) cut out. */
function outsideRegions(lines: readonly Line[], regions: readonly { start: number; end: number }[]): Line[] {
  if (regions.length === 0) return [...lines];
  return lines.flatMap((line) => {
    const inside = regions.filter((r) => r.start < line.end && r.end > line.start);
    if (inside.length === 0) return [line];
    const pieces: Line[] = [];
    let from = line.start;
    for (const r of inside) {
      if (r.start > from) pieces.push({ ...line, start: from, end: r.start, text: line.text.slice(from - line.start, r.start - line.start) });
      from = Math.max(from, r.end);
    }
    if (from < line.end) pieces.push({ ...line, start: from, end: line.end, text: line.text.slice(from - line.start) });
    return pieces.filter((p) => p.text.trim() !== '');
  });
}

/** `t`: the language of the names the model gives what the report leaves unnamed (a free table's column without a header). */
export function buildDocument(input: AnalysisInput, t: Translator = translator()): DocumentModel {
  const original = input.text;
  const norm = normalise(original);
  const lines = splitLines(norm.text);
  const grids = (input.grids ?? []).flatMap((g) => gridBlock(g, norm, lines) ?? []);
  const gridLines = new Set(grids.flatMap((g) => span(g.firstLine, g.lastLine)));
  // tables in text, found around their labels; each is one stream of cells. A sentence naming
  // labels (`全年发生行政复议3件。`, `被提起行政诉讼 5 件`) is prose, unless its line is a whole report
  // (a crawler's), and so is a section heading (`四、政府信息公开行政复议、行政诉讼情况`), unless it
  // opens with a row label.
  const sectionHeadings = new Set<number>();
  const anchors = lines.flatMap((l) => {
    if (gridLines.has(l.index) || (l.text.length < WHOLE_REPORT_LINE && PROSE_LINE.test(l.text))) return [];
    const found = TEMPLATE_LABELS.find(norm.text, l.start, l.end);
    const heading = found.length > 0 && readHeading(l);
    if (heading && !found.some((a) => a.start - heading.start <= HEADING_NUMBERING)) {
      sectionHeadings.add(l.index);
      return [];
    }
    return found;
  });
  const regions = findRegions(norm.text, lines, anchors, blankCellLines(lines, norm, original), sectionHeadings);
  const regionBlocks = regions.map((r): TableBlock => {
    const first = lastAtOrBefore(lines, r.start, (l) => l.start);
    const last = lastAtOrBefore(lines, Math.max(r.start, r.end - 1), (l) => l.start);
    return { format: 'stream', firstLine: first, lastLine: last, start: r.start, end: r.end, cells: r.cells.filter((c) => c.text !== '') };
  });
  const regionLines = new Set(regionBlocks.flatMap((b) => span(b.firstLine, b.lastLine).filter((i) => lines[i].start >= b.start && lines[i].end <= b.end && !sectionHeadings.has(i))));
  const found = findTableBlocks(lines, new Set([...gridLines, ...regionLines, ...regionBlocks.flatMap((b) => span(b.firstLine, b.lastLine))]));
  const blocks = [...found.blocks, ...grids].sort((a, b) => a.start - b.start);
  const tableLines = new Set([...found.tableLines, ...gridLines, ...regionLines]);
  const prose = outsideRegions(lines, regions);
  const headings = prose.flatMap((line) => (tableLines.has(line.index) ? [] : readHeading(line) ?? []));
  const paragraphs = proseParagraphs(norm.text, prose, tableLines, new Set(headings.map((h) => h.line))).map(
    (line): Paragraph => ({ line, numbers: scanNumbers(norm.text, line.start, line.end) }),
  );
  const template = chooseTemplate([...blocks, ...regionBlocks]);
  const tables = [...readTables(blocks, lines, template, t), ...(template ? regions.flatMap((r) => readStream(r, template)) : [])].sort((a, b) => a.block.start - b.block.start);
  return { original, norm, lines, title: findTitle(lines), headings, blocks, template, tables, paragraphs, pages: input.pages ?? 0, unread: input.unread ?? NO_UNREAD_PAGES };
}
