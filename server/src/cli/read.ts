// Reading a file to check: regular files only, at most `maxBytes` of them, never blocking.
import type { Stats } from 'node:fs';
import { constants, open } from 'node:fs/promises';
import { buffer } from 'node:stream/consumers';
import bytes from 'bytes';
import { decode, type Decoded } from './decode';
import type { FsPath } from './fsPath';

export const NOT_FOUND = '不存在 (not found)';

export function readError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return NOT_FOUND;
  return `无法读取 (cannot read): ${(err as Error).message}`;
}

/** Why a file that is not a regular one is not read; undefined for a regular file. */
export function notRegular(stats: Stats): string | undefined {
  if (stats.isFile()) return undefined;
  const [zh, en] = kindOf(stats);
  return `不是普通文件，而是${zh} (not a regular file but a ${en})`;
}

function kindOf(stats: Stats): [zh: string, en: string] {
  if (stats.isDirectory()) return ['文件夹', 'directory'];
  if (stats.isFIFO()) return ['命名管道', 'FIFO'];
  if (stats.isSocket()) return ['套接字', 'socket'];
  if (stats.isCharacterDevice()) return ['字符设备', 'character device'];
  return ['块设备', 'block device'];
}

/** `size` undefined: the file turned out larger than its stat said. */
export function tooLarge(size: number | undefined, maxBytes: number): string {
  const limit = bytes.format(maxBytes);
  return size === undefined
    ? `文件过大：超过上限 ${limit}，可用 --max-file-size 调高 (file too large: over the limit of ${limit}; raise it with --max-file-size)`
    : `文件过大：${bytes.format(size)}（${size} 字节），上限 ${limit}，可用 --max-file-size 调高 (file too large: ${bytes.format(size)} (${size} bytes), limit ${limit}; raise it with --max-file-size)`;
}

export async function readText(path: FsPath, maxBytes: number): Promise<Decoded> {
  const read = await readBytes(path, maxBytes);
  return 'error' in read ? read : decode(read.bytes);
}

/** The bytes of a regular file of at most `maxBytes`, or why it was not read. */
export async function readBytes(path: FsPath, maxBytes: number): Promise<{ bytes: Buffer } | { error: string }> {
  try {
    // O_NONBLOCK (not on Windows): a FIFO swapped in after the caller's stat opens at once, and
    // is refused below.
    const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      const stats = await handle.stat();
      const refusal = notRegular(stats) ?? (stats.size > maxBytes ? tooLarge(stats.size, maxBytes) : undefined);
      if (refusal) return { error: refusal };
      // The size can be wrong (a growing file, /proc): read one byte past the limit at most.
      const content = await buffer(handle.createReadStream({ start: 0, end: maxBytes, autoClose: false }));
      return content.length > maxBytes ? { error: tooLarge(undefined, maxBytes) } : { bytes: content };
    } finally {
      await handle.close();
    }
  } catch (err) {
    return { error: readError(err) };
  }
}
