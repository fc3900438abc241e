// Command-line paths → the files to check: files as given, folders searched recursively for
// reports (.txt, .md, .html, .htm, .pdf, .docx), globs with `*`, `**` and `?`. Only paths are collected here; texts are read later,
// one file at a time. Inputs that name no file to check are counted: they make exit code 2.
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { displayPath, joinPath, pathKey, resolvePath, type FsPath } from './fsPath';
import { NOT_FOUND, notRegular, readError } from './read';

/** `path`, for output, is what the user gave or what was found under it (relative stays relative); `abs` opens it. */
export type Target = { path: string; abs: FsPath } | { path: string; error: string };

export interface Discovered {
  targets: Target[];
  /** Inputs that named no file to check: missing, or a glob or folder without matches. */
  unmatched: number;
}

const SEARCHED_EXTENSIONS = /\.(txt|md|html?|pdf|docx)$/i;
const GLOB_CHARS = /[*?]/;

export async function discover(inputs: readonly FsPath[], cwd: string, warn: (message: string) => void): Promise<Discovered> {
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
    for await (const { rel, abs } of walk(resolvePath(cwd, root), maxDepth, warn)) {
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
    } else if (info.code === 'ENOENT' && GLOB_CHARS.test(path)) {
      // Matched against the names as displayed: a literal folder whose name is not UTF-8 is not found.
      const { base, rest } = splitGlob(sep === '\\' ? path.replaceAll('\\', '/') : path);
      const pattern = globToRegExp(rest);
      if ((await addAll(base, rest.includes('**') ? Infinity : rest.split('/').length, (rel) => pattern.test(rel))) === 0) {
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

/** The literal directory before the first segment with a wildcard, and the pattern below it. */
export function splitGlob(pattern: string): { base: string; rest: string } {
  const segments = pattern.split('/');
  const first = segments.findIndex((s) => GLOB_CHARS.test(s));
  const base = segments.slice(0, first).join('/') || (pattern.startsWith('/') ? '/' : '.');
  return { base, rest: segments.slice(first).join('/') };
}

// `*` and `?` stay within one path segment; `**` spans any number of segments, and followed by a
// slash also none (`a/**/b` matches `a/b`).
export function globToRegExp(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*' && pattern[i + 1] === '*') {
      i++;
      if (pattern[i + 1] === '/') {
        i++;
        source += '(?:[^/]*/)*';
      } else {
        source += '.*';
      }
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/** A link that cannot be followed counts too, to fail when it is read. */
const linksToFile = (path: FsPath) => stat(path).then((s) => s.isFile(), () => true);
const DOT = 0x2e;
const NODE_MODULES = Buffer.from('node_modules');

/**
 * Files below `dir`, depth first in byte order of their names, with their '/'-separated relative
 * paths as displayed; skips dot entries, node_modules and what is not a regular file.
 */
async function* walk(dir: FsPath, maxDepth: number, warn: (message: string) => void, rel = ''): AsyncGenerator<{ rel: string; abs: FsPath }> {
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
      if (maxDepth > 1) yield* walk(child.abs, maxDepth - 1, warn, child.rel);
    } else if (entry.isFile() || (entry.isSymbolicLink() && (await linksToFile(child.abs)))) {
      yield child;
    }
  }
}
