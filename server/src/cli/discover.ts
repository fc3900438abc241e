// Command-line paths → the files to check: files as given, folders searched recursively for
// reports (.txt, .md, .html, .htm, .pdf, .docx), globs as picomatch reads them (`*`, `**`, `?`,
// classes `00[34]*.txt`, braces `{2023,2024}/*.html`). Folders and globs skip what the .gitignore
// files of their folders and those above (up to the repository) ignore, and what `skip` says (the
// ignore globs of --ignore-pattern and of configuration files). Only paths are collected here; texts
// are read later, one file at a time. Inputs that name no file to check are counted: they make exit code 2.
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import picomatch from 'picomatch';
import { GitIgnores } from './gitignore';
import { displayPath, joinPath, pathKey, resolvePath, type FsPath } from './fsPath';
import { NOT_FOUND, notRegular, readError } from './read';
import { REPORT_EXTENSIONS } from '../readers/format';

/** `path`, for output, is what the user gave or what was found under it (relative stays relative); `abs` opens it. */
export type Target = { path: string; abs: FsPath } | { path: string; error: string };

export interface Discovered {
  targets: Target[];
  /** Inputs that named no file to check: missing, or a glob or folder without matches. */
  unmatched: number;
}

const SEARCHED_EXTENSIONS = new RegExp(`\\.(${REPORT_EXTENSIONS.join('|')})$`, 'i');

/** `skip(abs)`: a file found in a folder or by a glob that is not to be checked (absolute path as displayed). */
export async function discover(inputs: readonly FsPath[], cwd: string, warn: (message: string) => void, skip: (abs: string) => boolean = () => false): Promise<Discovered> {
  const gitignores = new GitIgnores();
  const ignored = (abs: FsPath, folder: boolean) => {
    const path = displayPath(abs);
    return gitignores.ignores(path, folder) || (!folder && skip(path));
  };
  const seen = new Set<string>();
  const targets: Target[] = [];
  let unmatched = 0;
  const add = (path: string, abs: FsPath) => {
    const key = pathKey(abs);
    if (seen.has(key)) return;
    seen.add(key);
    targets.push({ path, abs });
  };
  /** Returns how many files matched, including those already listed. */
  const addAll = async (root: FsPath, maxDepth: number, accept: (rel: string) => boolean): Promise<number> => {
    let matched = 0;
    for await (const { rel, abs } of walk(resolvePath(cwd, root), maxDepth, warn, ignored)) {
      if (!accept(rel)) continue;
      matched++;
      add(join(displayPath(root), rel), abs);
    }
    return matched;
  };
  const noMatch = (message: string) => {
    unmatched++;
    warn(message);
  };

  for (const input of inputs) {
    const path = displayPath(input);
    const info = await stat(resolvePath(cwd, input)).catch((err: unknown) => err as NodeJS.ErrnoException);
    if (!(info instanceof Error)) {
      if (info.isDirectory()) {
        if ((await addAll(input, Infinity, (rel) => SEARCHED_EXTENSIONS.test(rel))) === 0) {
          noMatch(`${path}: 文件夹中没有可检查的文件（.txt/.md/.html/.htm/.pdf/.docx）(no report files in folder)`);
        }
      } else {
        const refusal = notRegular(info);
        if (refusal) targets.push({ path, error: refusal });
        else add(path, resolvePath(cwd, input));
      }
    } else if (info.code === 'ENOENT' && picomatch.scan(path).isGlob) {
      // Matched against the names as displayed: a literal folder whose name is not UTF-8 is not found.
      const { base, glob } = splitGlob(sep === '\\' ? path.replaceAll('\\', '/') : path);
      const matches = picomatch(glob);
      if ((await addAll(base, glob.includes('**') ? Infinity : glob.split('/').length, matches)) === 0) {
        noMatch(`${path}: 没有匹配的文件 (no files matched)`);
      }
    } else {
      const error = readError(info);
      if (error === NOT_FOUND) unmatched++;
      targets.push({ path, error });
    }
  }
  return { targets, unmatched };
}

/** The literal folder before the first segment with a wildcard (`.` for none), and the glob below it. */
export function splitGlob(pattern: string): { base: string; glob: string } {
  const { base, glob } = picomatch.scan(pattern);
  return { base: base || (pattern.startsWith('/') ? '/' : '.'), glob };
}

/** A link that cannot be followed counts too, to fail when it is read. */
const linksToFile = (path: FsPath) => stat(path).then((s) => s.isFile(), () => true);
const DOT = 0x2e;
const NODE_MODULES = Buffer.from('node_modules');

/**
 * Files below `dir`, depth first in byte order of their names, with their '/'-separated relative
 * paths as displayed; skips dot entries, node_modules, what is not a regular file and what `ignored` says.
 */
async function* walk(
  dir: FsPath,
  maxDepth: number,
  warn: (message: string) => void,
  ignored: (abs: FsPath, folder: boolean) => boolean,
  rel = '',
): AsyncGenerator<{ rel: string; abs: FsPath }> {
  let entries: Dirent<Buffer>[];
  try {
    entries = await readdir(dir, { withFileTypes: true, encoding: 'buffer' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') warn(`${displayPath(dir)}: ${readError(err)}`);
    return;
  }
  entries.sort((a, b) => Buffer.compare(a.name, b.name));
  for (const entry of entries) {
    if (entry.name[0] === DOT || entry.name.equals(NODE_MODULES)) continue;
    const name = displayPath(entry.name);
    const child = { rel: rel ? `${rel}/${name}` : name, abs: joinPath(dir, entry.name) };
    if (entry.isDirectory()) {
      if (maxDepth > 1 && !ignored(child.abs, true)) yield* walk(child.abs, maxDepth - 1, warn, ignored, child.rel);
    } else if ((entry.isFile() || (entry.isSymbolicLink() && (await linksToFile(child.abs)))) && !ignored(child.abs, false)) {
      yield child;
    }
  }
}
