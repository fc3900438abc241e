// Node decodes the command line as UTF-8, turning bytes that are not UTF-8 into U+FFFD, so a file
// name in GBK could not be opened. On Linux /proc/self/cmdline keeps the bytes of each argument.
import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import type { FsPath } from './fsPath';

/**
 * `args`, the end of process.argv, with the raw bytes of those that are not valid UTF-8, taken
 * from `cmdline` (NUL-terminated arguments) when its end matches `args`.
 */
export function rawArgs(args: readonly string[], cmdline = procCmdline()): FsPath[] {
  // latin1 keeps every byte as it is.
  const all = cmdline?.toString('latin1').split('\0').slice(0, -1).map((arg) => Buffer.from(arg, 'latin1')) ?? [];
  const raw = all.slice(all.length - args.length);
  // Anything unexpected (no /proc, the command line rewritten): keep Node's strings.
  if (raw.length !== args.length || raw.some((bytes, i) => bytes.toString() !== args[i])) return [...args];
  return raw.map((bytes, i) => (isUtf8(bytes) ? args[i] : bytes));
}

function procCmdline(): Buffer | undefined {
  try {
    return readFileSync('/proc/self/cmdline');
  } catch {
    return undefined;
  }
}
