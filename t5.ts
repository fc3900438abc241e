import { readFileSync } from 'node:fs';
import { analyze } from './server/src/core/analyze';
for (const f of process.argv.slice(2)) {
  const t = readFileSync(f, 'utf8');
  const s = performance.now();
  const r = analyze(t);
  console.log(`== ${f} ${r.template} ${(performance.now()-s).toFixed(1)}ms`);
  for (const x of r.findings) console.log(x.severity, x.rule, JSON.stringify(t.slice(x.span.start, x.span.end)), x.message, '\n   FIXES:', x.fixes.map(g => (g.preferred?'*':'') + g.title).join(' || '));
}
