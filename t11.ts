import { readFileSync } from 'node:fs';
import { analyze } from './server/src/core/analyze';
for (const f of process.argv.slice(2)) {
  const t = readFileSync(f, 'utf8');
  const r = analyze(t);
  console.log(f.split('/').pop(), r.template, r.tables.map(x => `${x.id} ${x.rowsRead}/${x.rowsExpected} c${x.cellsRead}`).join(', '), '| loud', r.findings.filter(x => x.severity === 'error' || x.severity === 'warning').map(x => x.rule + ':' + t.slice(x.span.start, x.span.end).slice(0, 12)).join(' '));
}
