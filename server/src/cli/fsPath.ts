// File names are bytes on Linux. A path is kept as a string while it is valid UTF-8, and as its
// raw bytes otherwise (as a string, its invalid bytes would become U+FFFD and name another file).
import { isUtf8 } from 'node:buffer';
import { join, resolve, sep } from 'node:path';

export type FsPath = string | Buffer;

/** For output: invalid bytes shown as U+FFFD. */
export function displayPath(path: FsPath): string {
  return typeof path === 'string' ? path : path.toString();
}

export function joinPath(dir: FsPath, name: Buffer): FsPath {
  if (typeof dir === 'string' && isUtf8(name)) return join(dir, name.toString());
  return Buffer.concat([typeof dir === 'string' ? Buffer.from(dir) : dir, Buffer.from(sep), name]);
}

export function resolvePath(cwd: string, path: FsPath): FsPath {
  if (typeof path === 'string') return resolve(cwd, path);
  return path[0] === sep.charCodeAt(0) ? path : joinPath(resolve(cwd), path);
}

/** The same bytes give the same key, whichever form the path has. */
export function pathKey(path: FsPath): string {
  return (typeof path === 'string' ? Buffer.from(path) : path).toString('latin1');
}
