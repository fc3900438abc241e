// Bytes → text. Detection order: BOM (UTF-8, UTF-16LE/BE) → a NUL byte means binary → UTF-8
// when it reads as Chinese → of the UTF-8, GB18030 and Big5 readings that decode without error,
// the one that reads most like Chinese (chineseScore); without a UTF-8 reading it must also read
// convincingly. The BOM is never part of the returned text, so offsets from the core refer to the
// decoded text.
import { isUtf8 } from 'node:buffer';
import { chineseScore } from './chineseText';

/** How the bytes were read: what --fix writes the fixed text back in. */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

export type Decoded = { text: string; encoding: Encoding } | { error: string };

export const EMPTY_FILE = '空文件 (empty file)';
export const BINARY_FILE = '二进制文件，含 NUL 字节 (binary file (NUL bytes))';
/** Not valid in the encoding its BOM names. */
export const UNKNOWN_ENCODING = '无法识别的编码 (unknown encoding)';
export const NOT_CHINESE =
  '无法识别的编码：不是 UTF-8，按 GB18030 或 Big5 解码也不像中文 (unknown encoding: not UTF-8, and neither GB18030 nor Big5 gives Chinese text)';

/** Reports score 0.84–0.96; Big5 read as GB18030, GBK read as Big5 0.26–0.46, Shift-JIS and EUC-KR up to 0.55. */
const CONVINCING = 0.6;
const READINGS: readonly Encoding[] = ['utf-8', 'gb18030', 'big5'];

const BOMS: readonly [bytes: readonly number[], label: string, encoding: Encoding][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8', 'utf-8-bom'],
  [[0xff, 0xfe], 'utf-16le', 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be', 'utf-16be'],
];

export function decode(bytes: Uint8Array): Decoded {
  const bom = BOMS.find(([prefix]) => prefix.every((b, i) => bytes[i] === b));
  if (bom) return nonEmpty(strictDecode(bom[1], bytes), bom[2]);
  if (bytes.length === 0) return { error: EMPTY_FILE };
  if (bytes.subarray(0, 8192).includes(0)) return { error: BINARY_FILE };
  let best: { text: string; score: number; encoding: Encoding } | undefined;
  for (const label of READINGS) {
    const text = strictDecode(label, bytes);
    if (text === undefined) continue;
    const score = chineseScore(text);
    // Bytes that are not UTF-8 hardly ever decode as UTF-8 Chinese: no need to try the others.
    if (label === 'utf-8' && score >= CONVINCING) return { text, encoding: label };
    if (!best || score > best.score) best = { text, score, encoding: label };
  }
  // Valid UTF-8 is text (and short GBK can be valid UTF-8 by accident: 食品药品 → ʳƷҩƷ); other
  // bytes may be another encoding or no text at all.
  return best && (isUtf8(bytes) || best.score >= CONVINCING) ? { text: best.text, encoding: best.encoding } : { error: NOT_CHINESE };
}

function strictDecode(label: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function nonEmpty(text: string | undefined, encoding: Encoding): Decoded {
  if (text === undefined) return { error: UNKNOWN_ENCODING };
  return text === '' ? { error: EMPTY_FILE } : { text, encoding };
}
