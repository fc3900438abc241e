// The pages of a PDF (runs of text, ruling lines) → the text the core analyses: prose one paragraph
// per line, each table row one line of tab-separated cells, the tables as grids, and where every
// stretch of the text lies on its page.
import type { Grid, GridCell } from '../../core/types';
import type { ExtractedDocument } from '../types';
import { isWide, type PageContent } from './geometry';
import { withoutFurniture } from './furniture';
import { cellChars, lineChars, linesOf, type Line } from './lines';
import { PdfTextBuilder } from './output';
import { continuesParagraph, paragraphStyle } from './paragraphs';
import { chainTable, continues, type Table } from './tableChain';
import { tableFragments, type TableFragment } from './tableFragments';

type PageBlock = { kind: 'line'; line: Line; top: number } | { kind: 'table'; fragment: TableFragment; top: number };
type Block = { kind: 'line'; line: Line } | { kind: 'table'; table: Table };

/** Lines and tables of every page, top to bottom, a table continued on the next pages as one. */
function blocksOf(pages: readonly PageContent[]): Block[] {
  const found = pages.map((p) => {
    const { tables, rest } = p.segments ? tableFragments(p.segments, p.runs, p.page) : { tables: [], rest: p.runs };
    return { page: p, tables, lines: linesOf(rest, p.page) };
  });
  const kept = withoutFurniture(found.map((f) => ({ height: f.page.height, lines: f.lines })));
  const flat = found.flatMap((f, i) => {
    const blocks = [
      ...kept[i].map((line): PageBlock => ({ kind: 'line', line, top: line.box[1] })),
      ...f.tables.map((fragment): PageBlock => ({ kind: 'table', fragment, top: fragment.box[1] })),
    ].sort((a, b) => a.top - b.top);
    return blocks.map((block, j) => ({ block, first: j === 0, last: j === blocks.length - 1 }));
  });
  const blocks: Block[] = [];
  for (let i = 0; i < flat.length; i++) {
    const { block } = flat[i];
    if (block.kind === 'line') {
      blocks.push(block);
      continue;
    }
    // a table last on its page goes on in a table first on the next page with the same edges
    const chain = [block.fragment];
    for (;;) {
      const next = flat[i + 1];
      if (!flat[i].last || !next?.first || next.block.kind !== 'table' || !continues(chain[chain.length - 1], next.block.fragment)) break;
      chain.push(next.block.fragment);
      i++;
    }
    // one row of cells is a table only as the rest of a table from the page before (or going on to the
    // next): a box ruled into columns alone holds lines, whose figures are no one cell
    if (chain.length === 1 && block.fragment.ys.length === 2) {
      for (const line of linesOf(block.fragment.cells.flatMap((c) => c.runs), block.fragment.page)) blocks.push({ kind: 'line', line });
      continue;
    }
    blocks.push({ kind: 'table', table: chainTable(chain) });
  }
  return blocks;
}

function writeTable(out: PdfTextBuilder, table: Table): Grid {
  const spans = new Map<(typeof table.cells)[number], GridCell>();
  for (let r = 0; r < table.rows; r++) {
    table.cells
      .filter((c) => c.row === r)
      .forEach((cell, i) => {
        if (i > 0) out.separator('\t');
        const start = out.offset;
        let last = '';
        for (const part of cell.parts) {
          const chars = cellChars(linesOf(part.runs, part.page));
          if (chars.text === '') continue;
          // a cell broken by a page (`（四）无` / `法提供`) is one text
          if (last !== '' && !isWide(last) && !isWide(chars.text[0])) out.write({ text: ' ', boxes: [null] }, part.page);
          out.write(chars, part.page);
          last = chars.text[chars.text.length - 1];
        }
        spans.set(cell, { start, end: out.offset });
      });
    out.separator('\n');
  }
  const rows: GridCell[][] = Array.from({ length: table.rows }, () => Array.from({ length: table.cols }, () => ({ start: out.offset, end: out.offset })));
  for (const cell of table.cells) {
    const own = spans.get(cell)!;
    for (let r = cell.row; r < cell.row + cell.rowSpan; r++) {
      for (let c = cell.col; c < cell.col + cell.colSpan; c++) {
        rows[r][c] = r === cell.row && c === cell.col ? own : { ...own, from: r > cell.row ? 'above' : 'left' };
      }
    }
  }
  return { rows };
}

export function layoutPdf(pages: readonly PageContent[]): ExtractedDocument {
  const blocks = blocksOf(pages);
  const style = paragraphStyle(blocks.flatMap((b) => (b.kind === 'line' ? [b.line] : [])));
  const out = new PdfTextBuilder();
  const grids: Grid[] = [];
  let previous: Line | null = null;
  for (const block of blocks) {
    if (block.kind === 'table') {
      if (previous) out.separator('\n');
      previous = null;
      grids.push(writeTable(out, block.table));
      continue;
    }
    const line = block.line;
    if (previous && !continuesParagraph(previous, line, style)) out.separator('\n');
    out.write(lineChars(line, true), line.page);
    previous = line;
  }
  if (previous) out.separator('\n');
  return {
    text: out.text(),
    grids,
    places: out.places,
    pages: pages.length,
    unread: {
      image: pages.filter((p) => p.runs.length === 0 && !p.slanted && p.unmapped === 0).map((p) => p.page),
      slanted: pages.filter((p) => p.slanted).map((p) => p.page),
      unmapped: pages.filter((p) => p.unmapped > 0).map((p) => p.page),
    },
  };
}
