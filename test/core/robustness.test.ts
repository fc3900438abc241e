// Any text yields a Report: random Unicode, lone surrogates, NUL bytes, half-typed tables,
// report-like noise and megabyte-long lines.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Report, Span } from '../../server/src/core/types';
import { analyze } from './expect';

function assertWellFormed(report: Report, text: string): void {
  const inside = (s: Span) => 0 <= s.start && s.start <= s.end && s.end <= text.length;
  for (const f of report.findings) {
    assert.ok(inside(f.span), `${f.rule} span ${JSON.stringify(f.span)} outside 0..${text.length}`);
    for (const r of f.related) assert.ok(inside(r.span));
    for (const e of f.fixes.flatMap((x) => x.edits)) assert.ok(inside(e.span));
  }
  for (const c of report.checked) assert.ok(inside(c.span));
}

const REPORTISH = ['共', '其中', '其他', '件', '条', '%', '占', '约', '总数的', '，', '。', '；', '|', ' |', '\t', '\n', '\r\n', '一、', '（一）', '1.', '-', '—', '予以公开', '总计', '自然人', '行政复议', '统计指标', '收到申请数', '0', '7', '12', '596', '23.2', '１２', '(jù)', '據', '鋗'];
const reportish = fc.array(fc.constantFrom(...REPORTISH), { maxLength: 300 }).map((parts) => parts.join(''));

test('random Unicode, lone surrogates and NUL bytes never throw', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 400 }), fc.string({ maxLength: 400 })), (text) => {
      assertWellFormed(analyze(text), text);
    }),
    { numRuns: 400 },
  );
});

test('report-like noise never throws and keeps every span inside the text', () => {
  fc.assert(
    fc.property(reportish, (text) => assertWellFormed(analyze(text), text)),
    { numRuns: 400 },
  );
});

const SEEDS = join(__dirname, '..', '..', '..', 'shared', 'seeds');

test('every prefix of a seed report (a table being typed) yields a well-formed report', { skip: !existsSync(SEEDS) && 'no seeds' }, () => {
  for (const name of readdirSync(SEEDS)) {
    const text = readFileSync(join(SEEDS, name), 'utf8');
    for (let end = 0; end <= text.length; end += 97) {
      const prefix = text.slice(0, end);
      assertWellFormed(analyze(prefix), prefix);
    }
  }
});

const STATS_TABLE = ['统计指标\t单位\t统计数', '四、行政复议数量\t件\t3', '（一）维持具体行政行为数\t件\t1', '（二）被依法纠错数\t件\t1', '（三）其他情形数\t件\t1', '五、行政诉讼数量\t件\t0', '六、举报投诉数量\t件\t0', ''].join('\n');

/** Far above the ~1 s these take: only a quadratic (or worse) analysis could exceed it. */
const GENEROUS_MS = 60_000;

for (const [what, head, unit] of [
  ['one line of figures, 其中 lists and shares', '', '共100件，其中其他50件，A类50件，占50%；'],
  ['one line of table cells', '', '一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1\t|'],
  ['one line of digits', '', '1234567890'],
  ['headings at four levels', '', '一、总体情况\n（一）主动公开\n1.专栏\n（1）细化\n'],
  ['tables split by caption lines', '', '信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量\n规章\t0\t0\t0\n第二十条第（一）项\n'],
  ['hard-wrapped lines that never end a sentence', '', '共收到申请10件，其中网上申请5件、其他申请6件，占总数的55%且未完\n'],
  ['restated figures after a 统计表, in a sentence that never ends', STATS_TABLE, '因政府信息公开申请的行政复议共3件，其中维持具体行政行为1件，被依法纠错1件，其他情形1件且'],
] as const) {
  test(`5 MB of ${what} is analysed in time linear in its length`, () => {
    const text = head + unit.repeat(Math.ceil(5_000_000 / unit.length));
    const started = performance.now();
    assertWellFormed(analyze(text), text);
    const ms = performance.now() - started;
    assert.ok(ms < GENEROUS_MS, `${ms.toFixed(0)} ms`);
  });
}
