// The reports of the format fixtures (test/fixtures/formats, written by scripts/make-format-fixtures.ts):
// each a generated report, consistent or with one error planted, and the same report as plain text.
import { generateReport, T3, type GeneratedReport, type ProseFact, type TemplateId } from './generate';
import { catchAllTotals, mutateCell, mutatePercent, mutateProseTotal, mutateRestated, restatedCells, type Mutation } from './mutate';
import type { HtmlStyle } from './renderHtml';

/** One planted error: the changed figure and the rule that must report it there. */
interface Plant {
  mutation: Mutation;
  rule: string;
}

export interface FormatFixtureReport {
  name: string;
  template: TemplateId;
  seed: number;
  style: HtmlStyle;
  plant?: (report: GeneratedReport) => Plant;
}

type Share = Extract<ProseFact, { kind: 'percent' }>;

const cell = (report: GeneratedReport, table: string, row: string, col: string) => {
  const found = report.cells.find((c) => c.table === table && c.row === row && c.col === col);
  if (!found) throw new Error(`no cell ${table} ${row} ${col}`);
  return found;
};

export const FORMAT_FIXTURES: FormatFixtureReport[] = [
  { name: '2019-consistent', template: '2019', seed: 101, style: 'word' },
  {
    name: '2019-table-cell',
    template: '2019',
    seed: 102,
    style: 'plain',
    plant: (r) => ({ mutation: mutateCell(r, cell(r, '三', T3.GRANTED, '自然人'), 2), rule: 'sum-mismatch' }),
  },
  {
    name: '2019-prose-figure',
    template: '2019',
    seed: 103,
    style: 'word',
    plant: (r) => ({ mutation: mutateRestated(r, restatedCells(r).find((f) => f.cells[0].row === '行政复议')!, 1), rule: 'prose-table-mismatch' }),
  },
  {
    name: '2021-prose-total',
    template: '2021',
    seed: 104,
    style: 'word',
    plant: (r) => ({ mutation: mutateProseTotal(r, catchAllTotals(r).find((t) => t.list === '网民留言')!, 3), rule: 'sum-mismatch' }),
  },
  {
    name: '2021-table-four',
    template: '2021',
    seed: 105,
    style: 'plain',
    plant: (r) => ({ mutation: mutateCell(r, cell(r, '四', '行政复议', '尚未审结'), 1), rule: 'sum-mismatch' }),
  },
  {
    name: 'pre2019-share',
    template: 'pre2019',
    seed: 106,
    style: 'word',
    plant: (r) => ({ mutation: mutatePercent(r, r.prose.find((f): f is Share => f.kind === 'percent' && !f.approximate)!), rule: 'percent-mismatch' }),
  },
  {
    name: 'pre2019-table-cell',
    template: 'pre2019',
    seed: 107,
    style: 'plain',
    plant: (r) => ({ mutation: mutateCell(r, cell(r, '统计表', '2.延期办结数', '统计数'), 2), rule: 'sum-mismatch' }),
  },
];

/** The fixture `name`'s report as plain text, its planted error included. */
export function fixtureText(name: string): string {
  const fixture = FORMAT_FIXTURES.find((f) => f.name === name);
  if (!fixture) throw new Error(`no format fixture ${name}`);
  const report = generateReport({ seed: fixture.seed, template: fixture.template, flattening: 'tsv' });
  return fixture.plant?.(report).mutation.text ?? report.text;
}
