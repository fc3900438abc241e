// Reading a file as text. Detection order: BOM (UTF-8, UTF-16LE/BE) → a NUL byte means binary →
// UTF-8 → GB18030 → unknown. The BOM is never part of the returned text, so offsets from the core
// refer to the decoded text.
import { isUtf8 } from 'node:buffer';
import { readFile } from 'node:fs/promises';

export type Decoded = { text: string } | { error: string };

export const EMPTY_FILE = '空文件 (empty file)';
export const BINARY_FILE = '二进制文件，含 NUL 字节 (binary file (NUL bytes))';
export const UNKNOWN_ENCODING = '无法识别的编码 (unknown encoding)';
export const NOT_FOUND = '不存在 (not found)';

export function readError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return NOT_FOUND;
  return `无法读取 (cannot read): ${(err as Error).message}`;
}

export async function readText(path: string): Promise<Decoded> {
  try {
    return decode(await readFile(path));
  } catch (err) {
    return { error: readError(err) };
  }
}

const BOMS: readonly [bytes: readonly number[], label: string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

export function decode(bytes: Uint8Array): Decoded {
  const bom = BOMS.find(([prefix]) => prefix.every((b, i) => bytes[i] === b));
  if (bom) return nonEmpty(strictDecode(bom[1], bytes));
  if (bytes.length === 0) return { error: EMPTY_FILE };
  if (bytes.subarray(0, 8192).includes(0)) return { error: BINARY_FILE };
  if (!isUtf8(bytes)) return nonEmpty(strictDecode('gb18030', bytes));
  const utf8 = new TextDecoder('utf-8').decode(bytes);
  // Short GBK text can be valid UTF-8 by accident (食品药品 → ʳƷҩƷ): keep UTF-8 unless the
  // GB18030 reading looks more like Chinese prose.
  const share = chineseShare(utf8);
  if (share < 1) {
    const gb = strictDecode('gb18030', bytes);
    if (gb !== undefined && chineseShare(gb) > share) return { text: gb };
  }
  return { text: utf8 };
}

function strictDecode(label: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function nonEmpty(text: string | undefined): Decoded {
  if (text === undefined) return { error: UNKNOWN_ENCODING };
  return text === '' ? { error: EMPTY_FILE } : { text };
}

/** Share of the non-ASCII characters that are usual in Chinese prose (0 when there are none). */
function chineseShare(text: string): number {
  let nonAscii = 0;
  let chinese = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) continue;
    nonAscii++;
    if (
      c === 0xb7 || c === 0xd7 || // · ×
      (c >= 0x2000 && c <= 0x206f) || // general punctuation: — “ ” …
      (c >= 0x2460 && c <= 0x24ff) || // ① ⑴
      (c >= 0x3000 && c <= 0x303f) || // 、。《》【】
      (c >= 0x3400 && c <= 0x9fff) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xff00 && c <= 0xffef) || // full-width forms
      (c >= 0x20000 && c <= 0x3134f)
    ) {
      chinese++;
    }
  }
  return nonAscii === 0 ? 0 : chinese / nonAscii;
}
