// Command-line paths → the files to check: files as given, folders searched recursively for
// .txt/.md, globs with `*`, `**` and `?`. Only paths are collected here; texts are read later,
// one file at a time.
import { readdir, stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { readError } from './decode';

/** `path` is what the user gave or what was found under it (relative stays relative). */
export type Target = { path: string; abs: string } | { path: string; error: string };

const SEARCHED_EXTENSIONS = /\.(txt|md)$/i;
const GLOB_CHARS = /[*?]/;

export async function discover(inputs: readonly string[], cwd: string, warn: (message: string) => void): Promise<Target[]> {
  const seen = new Set<string>();
  const targets: Target[] = [];
  const add = (path: string) => {
    const abs = resolve(cwd, path);
    if (seen.has(abs)) return;
    seen.add(abs);
    targets.push({ path, abs });
  };
  /** Returns how many files matched, including those already listed. */
  const addAll = async (root: string, maxDepth: number, accept: (rel: string) => boolean): Promise<number> => {
    let matched = 0;
    for await (const rel of walk(resolve(cwd, root), maxDepth, warn)) {
      if (!accept(rel)) continue;
      matched++;
      add(join(root, rel));
    }
    return matched;
  };

  for (const input of inputs) {
    const info = await stat(resolve(cwd, input)).catch((err: unknown) => err as NodeJS.ErrnoException);
    if (!(info instanceof Error)) {
      if (!info.isDirectory()) add(input);
      else if ((await addAll(input, Infinity, (rel) => SEARCHED_EXTENSIONS.test(rel))) === 0) {
        warn(`${input}: 文件夹中没有 .txt/.md 文件 (no .txt or .md files in folder)`);
      }
    } else if (info.code === 'ENOENT' && GLOB_CHARS.test(input)) {
      const { base, rest } = splitGlob(sep === '\\' ? input.replaceAll('\\', '/') : input);
      const pattern = globToRegExp(rest);
      if ((await addAll(base, rest.includes('**') ? Infinity : rest.split('/').length, (rel) => pattern.test(rel))) === 0) {
        warn(`${input}: 没有匹配的文件 (no files matched)`);
      }
    } else {
      targets.push({ path: input, error: readError(info) });
    }
  }
  return targets;
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

/** Files below `root` as '/'-separated relative paths, depth first in name order; skips dot entries and node_modules. */
async function* walk(root: string, maxDepth: number, warn: (message: string) => void, rel = ''): AsyncGenerator<string> {
  const dir = rel ? join(root, rel) : root;
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') warn(`${dir}: ${readError(err)}`);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const child = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (maxDepth > 1) yield* walk(root, maxDepth - 1, warn, child);
    } else if (entry.isFile() || entry.isSymbolicLink()) {
      yield child;
    }
  }
}
