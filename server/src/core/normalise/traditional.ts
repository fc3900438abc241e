// Traditional → simplified with opencc-js (TSPhrases + TSCharacters: the `t` → `cn` chain,
// never the twp/hkp presets, which rewrite mainland vocabulary). The converter is built lazily
// and only when the text has traditional characters; a 64K lookup table decides that quickly.
import { ConverterFactory, type ConverterFunction } from 'opencc-js/core';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';

/** Below this many traditional characters a text is treated as simplified (stray characters such as 於 occur in simplified text). */
const MIN_TRADITIONAL = 3;

let table: Uint8Array | undefined;
let converter: ConverterFunction | undefined;

function traditionalTable(): Uint8Array {
  if (table) return table;
  table = new Uint8Array(65536);
  for (const entry of TSCharacters.split('|')) {
    const [from, to] = entry.split(' ');
    if (from && to && from !== to && from.length === 1) table[from.charCodeAt(0)] = 1;
  }
  return table;
}

export function hasTraditional(text: string): boolean {
  const t = traditionalTable();
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    if (t[text.charCodeAt(i)] && ++count >= MIN_TRADITIONAL) return true;
  }
  return false;
}

/** Converts to simplified. The result has the same number of code points as the input. */
export function toSimplified(text: string): string {
  converter ??= ConverterFactory([TSPhrases, TSCharacters]);
  return converter(text);
}
