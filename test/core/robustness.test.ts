// Any text yields a Report: random Unicode, lone surrogates, NUL bytes, half-typed tables,
// report-like noise and megabyte-long lines.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Report, Span } from '../../server/src/core/types';
import { analyze } from './expect';

const FIGURE = /^[+-]?[\d０-９][\d０-９,，.．]*$/;
/** Rules whose findings point at one figure. */
const AT_A_FIGURE = new Set(['sum-mismatch', 'percent-mismatch', 'prose-table-mismatch', 'table-identity']);

/** Every span lies inside the text, findings on figures cover a figure, and every fix edit replaces exactly the figure its title names. */
function assertWellFormed(report: Report, text: string): void {
  const inside = (s: Span) => 0 <= s.start && s.start <= s.end && s.end <= text.length;
  const nodes = (list: Report['outline']): Report['outline'] => list.flatMap((n) => [n, ...nodes(n.children)]);
  for (const n of nodes(report.outline)) assert.ok(inside(n.span) && inside(n.selection), `outline ${n.name} ${JSON.stringify(n.span)} outside 0..${text.length}`);
  for (const f of report.findings) {
    assert.ok(inside(f.span), `${f.rule} span ${JSON.stringify(f.span)} outside 0..${text.length}`);
    if (AT_A_FIGURE.has(f.rule)) assert.match(text.slice(f.span.start, f.span.end), FIGURE, `${f.rule}: ${f.message}`);
    for (const r of f.related) assert.ok(inside(r.span));
    for (const fix of f.fixes) {
      for (const e of fix.edits) {
        assert.ok(inside(e.span));
        const old = text.slice(e.span.start, e.span.end);
        assert.match(old, FIGURE, `${fix.title}: the edit replaces ${JSON.stringify(old)}, not a figure`);
        assert.ok(fix.title.includes(`${old} 改为 ${e.newText}`), `${fix.title}: the edit replaces ${JSON.stringify(old)} by ${e.newText}`);
      }
    }
  }
  for (const c of report.checked) assert.ok(inside(c.span) && c.parts.every(inside));
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

// characters whose simplified form has another UTF-16 length (錤 → 𬭛, 𧜵 → 䙊, 鋗 → 𫓶), lone surrogates
const SHIFTING = ['\ud87b錤', '\ud87b', '\udc00', '錤', '𧜵', '鋗', '會議', '條', '數(shù)', '（', '１０'];
const shifting = fc.array(fc.constantFrom(...REPORTISH, ...SHIFTING), { maxLength: 200 }).map((parts) => parts.join(''));

test('lone surrogates and characters that change length in conversion never shift a span or a fix', () => {
  fc.assert(
    fc.property(shifting, (text) => assertWellFormed(analyze(text), text)),
    { numRuns: 1500 },
  );
});

test('a lone surrogate before a character that changes length: the outline and the fix stay on their characters', () => {
  const heading = '一、\ud87b錤會議';
  assert.deepEqual(analyze(heading).outline.map((o) => o.span), [{ start: 0, end: heading.length }]);
  const list = '\ud87b錤會議共10件，其中A类3件、其他6件。';
  const [f] = analyze(list).findings;
  assert.equal(list.slice(f.span.start, f.span.end), '10');
  assert.deepEqual(f.fixes[0].edits.map((e) => list.slice(e.span.start, e.span.end)), ['10']);
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

const MB = 1_000_000;
for (const [what, head, unit, size] of [
  ['one line of figures, 其中 lists and shares', '', '共100件，其中其他50件，A类50件，占50%；', 5 * MB],
  ['one line of table cells', '', '一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1\t|', 5 * MB],
  ['one line of digits', '', '1234567890', 5 * MB],
  ['headings at four levels', '', '一、总体情况\n（一）主动公开\n1.专栏\n（1）细化\n', 5 * MB],
  ['tables split by caption lines', '', '信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量\n规章\t0\t0\t0\n第二十条第（一）项\n', 5 * MB],
  ['hard-wrapped lines that never end a sentence', '', '共收到申请10件，其中网上申请5件、其他申请6件，占总数的55%且未完\n', 5 * MB],
  ['restated figures after a 统计表, in a sentence that never ends', STATS_TABLE, '因政府信息公开申请的行政复议共3件，其中维持具体行政行为1件，被依法纠错1件，其他情形1件且', 5 * MB],
  ['其中 lists without any delimiter', '', '收到申请10件其中咨询3件', MB],
  ['其中 lists after a comma, never closed', '', '共100件，其中A类1件', MB],
  ['a table of no template with a 合计 row every third row, every one wrong', '', '甲\t1\t2\n乙\t3\t4\n合计\t4\t7\n', MB],
] as const) {
  test(`${size / MB} MB of ${what} is analysed in time linear in its length`, { timeout: GENEROUS_MS }, () => {
    const text = head + unit.repeat(Math.ceil(size / unit.length));
    const started = performance.now();
    assertWellFormed(analyze(text), text);
    const ms = performance.now() - started;
    assert.ok(ms < GENEROUS_MS, `${ms.toFixed(0)} ms`);
  });
}
