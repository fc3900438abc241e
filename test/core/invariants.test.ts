// Architecture invariants: the core is pure, and every rule is documented and tested.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { RULES } from '../../server/src/core/rules';

const ROOT = join(__dirname, '..', '..');

function files(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p, ext) : p.endsWith(ext) ? [p] : [];
  });
}

const FORBIDDEN = /from ['"](vscode[^'"]*|node:[^'"]+|fs|path|os|child_process|worker_threads)['"]|\bprocess\.|require\(/;

test('the core and the configuration reader import no vscode, LSP or node modules and touch no process state', () => {
  const pure = [join(ROOT, 'server', 'src', 'core'), join(ROOT, 'server', 'src', 'config')];
  const offenders = pure.flatMap((dir) => files(dir, '.ts')).filter((f) => FORBIDDEN.test(readFileSync(f, 'utf8')));
  assert.deepEqual(offenders.map((f) => relative(ROOT, f)), []);
});

test('every rule has a module, a documentation page, a README entry and a test', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const tests = files(join(ROOT, 'test'), '.ts').map((f) => readFileSync(f, 'utf8')).join('\n');
  for (const rule of RULES) {
    const id = rule.meta.id;
    assert.ok(statSync(join(ROOT, 'docs', 'rules', `${id}.md`)).isFile(), `docs/rules/${id}.md`);
    assert.ok(readme.includes(`\`${id}\``), `README lists ${id}`);
    assert.ok(tests.includes(`'${id}'`), `a test names ${id}`);
    assert.match(rule.meta.description, /[\u4e00-\u9fff]/, `${id} has a Chinese description`);
  }
});
