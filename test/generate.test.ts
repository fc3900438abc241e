// The synthetic-report generator is itself an oracle, so it is checked here against its own key:
// spans, identities, prose arithmetic, surface options, flattenings, determinism, mutations.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import {
  generateReport,
  refKey,
  toAsciiDigits,
  type CellKey,
  type Flattening,
  type GeneratedReport,
  type GenerateOptions,
  type ProseFact,
} from './support/generate';
import { FLATTENINGS, SURFACES, TEMPLATES } from './support/matrix';
import { catchAllTotals, mutateCell, mutatePercent, plantedSamples } from './support/mutate';


const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const slice = (r: GeneratedReport, s: { start: number; end: number }) => toAsciiDigits(r.text.slice(s.start, s.end));
const escape = (s: string) => s.replace(/[.+*?^$()[\]{}|\\]/g, '\\$&');

function lineAround(text: string, start: number): { line: string; at: number } {
  const from = text.lastIndexOf('\n', start) + 1;
  const to = text.indexOf('\n', start);
  return { line: text.slice(from, to < 0 ? undefined : to).replace(/\r$/, ''), at: start - from };
}

/** How a data cell sits in its line, per flattening (`万元` may follow an amount). */
const CELL_SHAPE: Record<Flattening, (cell: string) => RegExp> = {
  'pipe-cells': (cell) => new RegExp(`^${cell}([万萬]元)? \\|$`),
  tsv: (cell) => new RegExp(`(^|\\t)${cell}([万萬]元)?\\t`),
  markdown: (cell) => new RegExp(`^\\|(.* \\|)? ${cell}([万萬]元)? \\|`),
  spaces: (cell) => new RegExp(`(^|  )${cell}([万萬]元)?(  |$)`),
};

let seed = 100;
for (const template of TEMPLATES)
  for (const flattening of FLATTENINGS)
    for (const [surface, options] of SURFACES) {
      const name = `${template} ${flattening}${surface}`;
      const opts: GenerateOptions = { seed: seed++, template, flattening, ...options };
      const report = generateReport(opts);
      const values = new Map(report.cells.map((c) => [refKey(c), c.value]));

      describe(`generator ${name}`, () => {
        test('the same options give the same text; another seed another text', () => {
          assert.equal(generateReport(opts).text, report.text);
          assert.notEqual(generateReport({ ...opts, seed: opts.seed + 1000 }).text, report.text);
        });

        test('every span in the key slices to its figure', () => {
          for (const c of report.cells) assert.equal(slice(report, c.span), c.text, `${c.col} of ${c.row}`);
          for (const f of report.prose) assert.equal(slice(report, f.span), f.text, `${f.kind} ${f.text}`);
          assert.ok(report.cells.length > 30 && report.prose.length > 15);
        });

        test('every identity holds in the key values', () => {
          for (const id of report.identities) {
            const of = (refs: typeof id.lhs) => sum(refs.map((r) => values.get(refKey(r))!));
            assert.equal(of(id.lhs), of(id.rhs), id.id);
          }
          const ids = new Set(report.identities.map((i) => i.id));
          for (const c of report.cells) c.identities.forEach((id) => assert.ok(ids.has(id), id));
          for (const c of report.cells.filter((c) => c.identities.length)) assert.ok(c.value >= 0, `${c.col} of ${c.row} = ${c.value}`);
        });

        test('the identities are those of the template', () => {
          const count = (prefix: string) => report.identities.filter((i) => i.id.startsWith(prefix)).length;
          if (template === 'pre2019') assert.deepEqual([count('P-SUM'), count('P-EQ')], [7, 2]);
          else assert.deepEqual([count('T3-ROW'), count('T3-SUM'), count('T3-BAL'), count('T4-SUM')], [template === '2019' ? 23 : 25, 7, 7, 3]);
        });

        test('prose figures agree with the table and with each other', () => {
          const lists = new Map<string, ProseFact[]>();
          for (const f of report.prose) {
            if (f.kind === 'restated-cell') assert.equal(f.value, sum(f.cells.map((c) => values.get(refKey(c))!)), `restated ${f.text}`);
            if (f.kind === 'total' || f.kind === 'part') lists.set(f.list, [...(lists.get(f.list) ?? []), f]);
            if (f.kind === 'percent') {
              // |100·count/base − stated| ≤ half a unit (exact) or < one unit, truncated (约占), in integers.
              const diff = BigInt(f.count) * 100n * 10n ** BigInt(f.decimals) - BigInt(f.value) * BigInt(f.base);
              if (f.approximate) assert.ok(diff >= 0n && diff < BigInt(f.base), `约占 ${f.text}% of ${f.count}/${f.base}`);
              else assert.ok(2n * (diff < 0n ? -diff : diff) <= BigInt(f.base), `${f.text}% of ${f.count}/${f.base}`);
            }
          }
          for (const [id, facts] of lists) {
            const [total, ...parts] = facts;
            assert.equal(total.kind, 'total', id);
            if (total.kind !== 'total') continue;
            const partsSum = sum(parts.map((p) => p.value));
            const expected = partsSum === total.value ? 'partition' : partsSum < total.value ? 'incomplete' : 'overlapping';
            assert.equal(total.listKind, expected, id);
            parts.forEach((p) => assert.ok(p.value <= total.value, `${id}: part ${p.text} ≤ ${total.text}`));
          }
          const kinds = Object.fromEntries([...lists].map(([id, [t]]) => [id, t.kind === 'total' ? t.listKind : '']));
          assert.deepEqual([kinds.重点领域, kinds.网民留言, kinds.政务动态, kinds.四办], ['partition', 'partition', 'incomplete', 'overlapping']);
          assert.deepEqual(catchAllTotals(report).map((t) => t.list), ['重点领域', '网民留言']);
          assert.ok(report.prose.some((f) => f.kind === 'percent' && f.approximate));
          assert.deepEqual(new Set(report.prose.flatMap((f) => (f.kind === 'percent' && !f.approximate ? [f.decimals] : []))).size > 1, true);
          assert.deepEqual(report.prose.filter((f) => f.kind === 'approximate').map((f) => f.kind === 'approximate' && f.qualifier), ['超', '余']);
        });

        test('surface options shape the whole text', () => {
          const { text } = report;
          assert.equal(/[0-9]/.test(text), !options.fullWidthDigits);
          assert.equal(/[０-９]/.test(text), !!options.fullWidthDigits);
          assert.equal(/(^|[^\r])\n/.test(text), !options.crlf);
          assert.equal(text.includes('\r'), !!options.crlf);
          const glosses = text.match(/\p{Script=Han}\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/gu) ?? [];
          assert.equal(glosses.length > 0, !!options.traditional);
          assert.equal(text.includes('開'), !!options.traditional);
          assert.equal(text.includes('开'), !options.traditional);
          for (const c of report.cells) assert.ok(!/[()]/.test(lineAround(text, c.span.start).line), 'no gloss in table lines');
        });

        test(`table cells are flattened as ${flattening}`, () => {
          const shape = (c: CellKey) => {
            const { line } = lineAround(report.text, c.span.start);
            return CELL_SHAPE[flattening](escape(c.text)).test(toAsciiDigits(line));
          };
          for (const c of report.cells) assert.ok(shape(c), `${c.col} of ${c.row}: ${lineAround(report.text, c.span.start).line}`);
          const lines = report.text.split(/\r?\n/);
          if (flattening === 'pipe-cells' && template !== 'pre2019') assert.ok(lines.includes('||') && lines.includes('|'.repeat(13)));
          if (flattening === 'markdown') assert.ok(lines.some((l) => /^\|( --- \|)+$/.test(l)));
          if (flattening === 'spaces') assert.ok(!/[\t|]/.test(report.text));
          if (flattening === 'tsv') assert.ok(lines.some((l) => /^\t\t\S/.test(l)) === (template !== 'pre2019'), 'row-spanned labels leave leading empty cells');
        });

        test('the blocks (for HTML and DOCX) hold every figure once, and each table cell covers its own grid positions', () => {
          const runs = report.blocks.flatMap((b) => (b.kind === 'paragraph' ? b.runs : b.rows.flat().flatMap((c) => c.runs)));
          for (const r of runs) assert.equal(report.text.slice(r.span.start, r.span.end), r.text);
          const starts = new Set(runs.map((r) => r.span.start));
          for (const f of [...report.cells, ...report.prose]) assert.ok(starts.has(f.span.start), `${f.text} at ${f.span.start}`);
          const tables = report.blocks.filter((b) => b.kind === 'table');
          assert.equal(tables.length, template === 'pre2019' ? 1 : 3);
          for (const t of tables) {
            const covered = t.rows.map(() => Array<number>(t.width).fill(0));
            for (const c of t.rows.flat()) for (let r = c.row; r < c.row + c.rowspan; r++) for (let col = c.col; col < c.col + c.colspan; col++) covered[r][col]++;
            assert.ok(covered.every((row) => row.every((n) => n === 1)), JSON.stringify(covered));
          }
        });

        test('a mutation changes exactly the figure it reports', () => {
          const cell = report.cells.find((c) => c.identities.length)!;
          const m = mutateCell(report, cell, 7);
          const { start, end } = m.expected.span;
          assert.equal(m.text.slice(0, start), report.text.slice(0, cell.span.start));
          assert.equal(m.text.slice(end), report.text.slice(cell.span.end));
          assert.equal(toAsciiDigits(m.text.slice(start, end)), String(cell.value + 7));
          const share = report.prose.find((f): f is Extract<ProseFact, { kind: 'percent' }> => f.kind === 'percent')!;
          const p = mutatePercent(report, share);
          const moved = Number(toAsciiDigits(p.text.slice(p.expected.span.start, p.expected.span.end)).replace('.', ''));
          assert.equal(Math.abs(moved - share.value), 2);
        });
      });
    }

describe('bundled samples', () => {
  for (const { path, mutation } of plantedSamples())
    test(`${path} is what scripts/write-samples.ts writes, under 12 KB`, () => {
      assert.equal(readFileSync(path, 'utf8'), mutation.text, 'run: node --import tsx scripts/write-samples.ts');
      assert.ok(Buffer.byteLength(mutation.text) <= 12 * 1024);
    });
});
