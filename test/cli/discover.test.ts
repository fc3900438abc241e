import assert from 'node:assert/strict';
import { symlinkSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { discover, globToRegExp, splitGlob } from '../../server/src/cli/discover';
import { NOT_FOUND } from '../../server/src/cli/read';
import { tempDir } from './helpers';

const globCases: [pattern: string, path: string, matches: boolean][] = [
  ['*.txt', 'a.txt', true],
  ['*.txt', 'd/a.txt', false],
  ['*.txt', 'a.txt.bak', false],
  ['**/*.txt', 'a.txt', true],
  ['**/*.txt', 'x/y/a.txt', true],
  ['a/**/b.md', 'a/b.md', true],
  ['a/**/b.md', 'a/x/y/b.md', true],
  ['a/**/b.md', 'ab.md', false],
  ['a/**', 'a/x/y', true],
  ['?.md', 'a.md', true],
  ['?.md', 'ab.md', false],
  ['?.md', '/.md', false],
  ['a.b', 'axb', false],
  ['(1)+*.txt', '(1)+x.txt', true],
  ['年报-20??.txt', '年报-2019.txt', true],
];

for (const [pattern, path, matches] of globCases) {
  test(`glob ${pattern} ${matches ? 'matches' : 'does not match'} ${path}`, () => {
    assert.equal(globToRegExp(pattern).test(path), matches);
  });
}

const splitCases: [pattern: string, base: string, rest: string][] = [
  ['reports/**/*.txt', 'reports', '**/*.txt'],
  ['*.txt', '.', '*.txt'],
  ['a/b?/c.md', 'a', 'b?/c.md'],
  ['/srv/x/*.md', '/srv/x', '*.md'],
  ['/*.md', '/', '*.md'],
];

for (const [pattern, base, rest] of splitCases) {
  test(`splitGlob ${pattern} → base ${base}, pattern ${rest}`, () => {
    assert.deepEqual(splitGlob(pattern), { base, rest });
  });
}

const tree = tempDir();
before(() => {
  for (const path of [
    'reports/a.txt',
    'reports/b.md',
    'reports/c.pdf',
    'reports/c.xlsx',
    'reports/sub/d.TXT',
    'reports/sub/deeper/e.txt',
    'reports/.hidden/f.txt',
    'reports/node_modules/g.txt',
    'empty-folder/readme.xlsx',
    'top.txt',
  ]) {
    tree.write(path, '共12件');
  }
});
after(() => tree.remove());

const discoverCases: [name: string, inputs: string[], paths: string[], warnings: RegExp[]][] = [
  ['a file as given', ['top.txt'], ['top.txt'], []],
  [
    'a folder recursively, report files only (.txt .md .html .htm .pdf .docx), without dot entries and node_modules',
    ['reports'],
    ['reports/a.txt', 'reports/b.md', 'reports/c.pdf', 'reports/sub/d.TXT', 'reports/sub/deeper/e.txt'],
    [],
  ],
  ['a glob with * stays in its folder', ['reports/*.txt'], ['reports/a.txt'], []],
  ['a glob with ** descends', ['reports/**/*.txt'], ['reports/a.txt', 'reports/sub/deeper/e.txt'], []],
  ['a glob with ?', ['reports/?.*'], ['reports/a.txt', 'reports/b.md', 'reports/c.pdf', 'reports/c.xlsx'], []],
  ['a glob from the working directory', ['**/d.TXT'], ['reports/sub/d.TXT'], []],
  ['a path found twice is checked once', ['reports/a.txt', 'reports', '**/a.txt'], ['reports/a.txt', 'reports/b.md', 'reports/c.pdf', 'reports/sub/d.TXT', 'reports/sub/deeper/e.txt'], []],
  ['a glob without matches warns', ['reports/*.docx'], [], [/reports\/\*\.docx: 没有匹配的文件 \(no files matched\)/]],
  ['a folder without report files warns', ['empty-folder'], [], [/empty-folder: 文件夹中没有可检查的文件/]],
];

for (const [name, inputs, paths, warnings] of discoverCases) {
  test(`discover: ${name}`, async () => {
    const messages: string[] = [];
    const { targets } = await discover(inputs, tree.dir, (m) => messages.push(m));
    assert.deepEqual(
      targets.map((t) => t.path),
      paths,
    );
    assert.equal(messages.length, warnings.length, messages.join('\n'));
    warnings.forEach((w, i) => assert.match(messages[i], w));
  });
}

test('discover: a missing path becomes an entry with "not found", in the order given', async () => {
  const { targets } = await discover(['missing.txt', 'top.txt'], tree.dir, () => {});
  assert.deepEqual(targets, [
    { path: 'missing.txt', error: NOT_FOUND },
    { path: 'top.txt', abs: `${tree.dir}/top.txt` },
  ]);
});

test('discover: a symlink loop is listed, to fail when it is read', async () => {
  const loop = tempDir();
  try {
    symlinkSync('loop.txt', `${loop.dir}/loop.txt`);
    const { targets } = await discover(['loop.txt'], loop.dir, () => {});
    assert.equal(targets.length, 1);
    assert.match((targets[0] as { error: string }).error, /^无法读取 \(cannot read\): ELOOP/);
  } finally {
    loop.remove();
  }
});
