import assert from 'node:assert/strict';
import { symlinkSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { discover, splitGlob } from '../../server/src/cli/discover';
import { NOT_FOUND } from '../../server/src/cli/read';
import { tempDir } from './helpers';

const splitCases: [pattern: string, base: string, glob: string][] = [
  ['reports/**/*.txt', 'reports', '**/*.txt'],
  ['*.txt', '.', '*.txt'],
  ['a/b?/c.md', 'a', 'b?/c.md'],
  ['/srv/x/*.md', '/srv/x', '*.md'],
  ['/*.md', '/', '*.md'],
  ['{2023,2024}/*.html', '.', '{2023,2024}/*.html'],
  ['年报/00[34]*.txt', '年报', '00[34]*.txt'],
];

for (const [pattern, base, glob] of splitCases) {
  test(`splitGlob ${pattern} → base ${base}, glob ${glob}`, () => {
    assert.deepEqual(splitGlob(pattern), { base, glob });
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
    'years/2022/a.html',
    'years/2023/a.html',
    'years/2024/b.html',
    'years/2024/c.txt',
    'years/0031.txt',
    'years/0041.txt',
    'years/0051.txt',
    '(1)+x.txt',
    '年报-2019.txt',
    'git/草稿/a.txt',
    'git/定稿/a.txt',
    'git/定稿/a.bak.txt',
    'git/定稿/b.txt',
  ]) {
    tree.write(path, '共12件');
  }
  tree.write('git/.git/HEAD', 'ref: refs/heads/main');
  tree.write('git/.gitignore', '草稿/\n*.bak.txt\n');
  tree.write('git/定稿/.gitignore', 'b.txt\n');
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
  ['a path found twice is checked once', ['reports/a.txt', 'reports', '**/a.txt'], ['reports/a.txt', 'reports/b.md', 'reports/c.pdf', 'reports/sub/d.TXT', 'reports/sub/deeper/e.txt', 'git/定稿/a.txt'], []],
  ['a glob with braces', ['years/{2023,2024}/*.html'], ['years/2023/a.html', 'years/2024/b.html'], []],
  ['a glob with a class', ['years/00[34]*.txt'], ['years/0031.txt', 'years/0041.txt'], []],
  ['a glob with ? in a Chinese name', ['年报-20??.txt'], ['年报-2019.txt'], []],
  ['parentheses escaped in a glob', ['\\(1\\)+*.txt'], ['(1)+x.txt'], []],
  ['a folder skips what its .gitignore files ignore, nested ones too', ['git'], ['git/定稿/a.txt'], []],
  ['a glob skips what .gitignore ignores', ['git/**/*.txt'], ['git/定稿/a.txt'], []],
  ['a file named on the command line is checked even when .gitignore ignores it', ['git/草稿/a.txt'], ['git/草稿/a.txt'], []],
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
