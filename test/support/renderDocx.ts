// A generated report (its blocks, generate.ts) as a Word document written by the `docx` library: the
// lines as paragraphs, each run of the report a run of its own (as Word splits runs around figures),
// the tables with merged cells as Word stores them: `w:gridSpan` for columns, and for rows
// `w:vMerge` restart on the first cell and continue on a cell of its own in each row below. Header
// labels wrap with a line break where renderHtml puts `<br />`. Every run's location (its body
// paragraph, or its table, row and grid column) is recorded for the answer keys.
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun as DocxRun, VerticalMergeType } from 'docx';
import { unzipSync, zipSync } from 'fflate';
import type { Location } from '../../server/src/readers/types';
import type { BlockCell, ReportBlock, TextRun } from './generate';
import { headerBreak } from './renderHtml';

export type DocxLocation = Exclude<Location, { page: number }>;

export interface RenderedDocx {
  bytes: Uint8Array;
  locations: Map<TextRun, DocxLocation>;
}

/** Twips of text width on an A4 page with Word's default margins. */
const TEXT_WIDTH = 9026;
/** Fixed timestamps, so that the same report gives the same bytes. */
const FIXED_DATE = new Date('2024-01-01T00:00:00Z');

function cellRuns(row: readonly BlockCell[], cell: BlockCell): DocxRun[] {
  const breakAt = headerBreak(row, cell);
  if (breakAt === null) return cell.runs.map((r) => new DocxRun(r.text));
  const [{ text }] = cell.runs;
  return [new DocxRun(text.slice(0, breakAt)), new DocxRun({ text: text.slice(breakAt), break: 1 })];
}

function table(block: Extract<ReportBlock, { kind: 'table' }>, index: number, locations: Map<TextRun, DocxLocation>): Table {
  const covering = (r: number, c: number): BlockCell | undefined =>
    block.rows.slice(0, r + 1).flat().find((cell) => cell.row + cell.rowspan > r && cell.col <= c && c < cell.col + cell.colspan);
  const rows = block.rows.map((own, r) => {
    const cells: TableCell[] = [];
    for (let c = 0; c < block.width; ) {
      const cell = covering(r, c);
      if (!cell) throw new Error(`table ${index}: no cell at row ${r}, column ${c}`);
      const columnSpan = cell.colspan > 1 ? cell.colspan : undefined;
      if (cell.row === r) {
        cell.runs.forEach((run) => locations.set(run, { table: index, row: r, cell: c }));
        const verticalMerge = cell.rowspan > 1 ? VerticalMergeType.RESTART : undefined;
        cells.push(new TableCell({ children: [new Paragraph({ children: cellRuns(own, cell) })], columnSpan, verticalMerge }));
      } else cells.push(new TableCell({ children: [new Paragraph({})], columnSpan, verticalMerge: VerticalMergeType.CONTINUE }));
      c += cell.colspan;
    }
    return new TableRow({ children: cells });
  });
  return new Table({ rows, columnWidths: Array(block.width).fill(Math.floor(TEXT_WIDTH / block.width)) });
}

/** The package with fixed timestamps in its core properties and its ZIP entries. */
function withFixedDates(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  const core = 'docProps/core.xml';
  const stamp = FIXED_DATE.toISOString().replace(/\.\d+Z$/, 'Z');
  files[core] = new TextEncoder().encode(new TextDecoder().decode(files[core]).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${stamp}`));
  return zipSync(files, { mtime: FIXED_DATE });
}

export async function renderDocx(blocks: readonly ReportBlock[], title: string): Promise<RenderedDocx> {
  const locations = new Map<TextRun, DocxLocation>();
  let paragraphs = 0;
  let tables = 0;
  const children = blocks.map((block) => {
    if (block.kind === 'table') return table(block, tables++, locations);
    const location = { paragraph: paragraphs++ };
    block.runs.forEach((run) => locations.set(run, location));
    return new Paragraph({ children: block.runs.map((r) => new DocxRun(r.text)) });
  });
  const document = new Document({ creator: 'GovReport', title, sections: [{ children }] });
  return { bytes: withFixedDates(await Packer.toBuffer(document)), locations };
}
