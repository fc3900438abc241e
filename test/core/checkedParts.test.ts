// Every figure of a check points at it (Report.checked, the hovers): the total of a prose list and
// each of its parts, every written cell of a table identity, built once per check.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { analyze } from '../../server/src/core/analyze';
import { buildDocument } from '../../server/src/core/document';
import { translator } from '../../server/src/core/messages/translate';
import { identityLine } from '../../server/src/core/rules/identityText';
import { evaluateTable } from '../../server/src/core/tables/evaluate';
import type { CheckedFigure, Span } from '../../server/src/core/types';

const TEXT = readFileSync('samples/synthetic-2019.txt', 'utf8');
const report = analyze(TEXT, { explain: true });
const covers = (c: CheckedFigure, s: Span) => [c.span, ...c.parts].some((x) => x.start === s.start && x.end === s.end);

test('each part of a prose list points at the list’s sum, as its total does', () => {
  const list = '全年公开重点领域信息共750条';
  const total = TEXT.indexOf('750', TEXT.indexOf(list));
  const check = report.checked.find((c) => c.span.start === total)!;
  assert.match(check.markdown, /^\*\*合计核对\*\*：全年公开重点领域信息共 750 = 371\+21\+181\+177 = 750$/);
  assert.deepEqual(check.parts.map((p) => TEXT.slice(p.start, p.end)), ['371', '21', '181', '177']);
  assert.match(check.table, /^\| 项目 \| 数值 \|/);
});

test('every written cell of every table identity points at that identity', () => {
  const doc = buildDocument({ text: TEXT });
  let identities = 0;
  for (const table of doc.tables) {
    for (const result of evaluateTable(table.def.identities, table.cells, table.rowsSeen, table.unknownAfter)) {
      identities++;
      const line = identityLine(translator(), table, result);
      const checks = report.checked.filter((c) => c.markdown.includes(line));
      assert.equal(checks.length, 1, line);
      for (const cell of [...result.stated, ...result.others].filter((c) => c.end > c.start)) {
        const span = doc.norm.map.toOriginal({ start: cell.start, end: cell.end });
        assert.ok(covers(checks[0], span), `${cell.name} ${cell.text} does not point at ${line}`);
      }
    }
  }
  assert.ok(identities > 20, `only ${identities} identities read`);
});

test('without explain nothing is built', () => {
  assert.deepEqual(analyze(TEXT).checked, []);
});
