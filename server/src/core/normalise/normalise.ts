// Original text → normalised text + offset map. Normalisation keeps every character the checks
// look at on the same line and never merges lines:
//  - traditional → simplified (only when the text has traditional characters);
//  - pinyin glosses left by conversion tools (`據(jù)`) are removed;
//  - full-width digits, letters and punctuation become ASCII (`１２％` → `12%`, `（一）` → `(一)`);
//  - CRLF and CR become LF; NBSP and the ideographic space become spaces;
//  - directive comments (`<!-- govreport-… -->`) are removed, with their line when they stand alone on
//    it, so that a directive between two table rows or cells does not split the table.
import { directiveComments } from '../directives';
import { OffsetMap } from './offsetMap';
import { hasTraditional, toSimplified } from './traditional';

export interface Normalised {
  text: string;
  map: OffsetMap;
  traditional: boolean;
}

const FULLWIDTH_PUNCT: Record<string, string> = {
  '，': ',', '；': ';', '：': ':', '（': '(', '）': ')', '％': '%', '．': '.', '／': '/',
  '＋': '+', '－': '-', '｜': '|', '\u3000': ' ', '\u00a0': ' ', '﹪': '%', '︰': ':',
};

const TONE_MARKS = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ';

function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

/**
 * Length of a pinyin gloss starting at `i` (an opening parenthesis right after a Han character):
 * lowercase latin letters with at least one tone mark, then a closing parenthesis. 0 if none.
 */
function pinyinGlossLength(text: string, i: number): number {
  let j = i + 1;
  let toned = false;
  while (j < text.length && j - i <= 8) {
    const c = text[j];
    if (c >= 'a' && c <= 'z') j++;
    else if (TONE_MARKS.includes(c)) {
      toned = true;
      j++;
    } else break;
  }
  const close = text[j];
  return toned && j > i + 1 && (close === ')' || close === '）') ? j + 1 - i : 0;
}

function normaliseChar(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) {
    const mapped = FULLWIDTH_PUNCT[c];
    if (mapped) return mapped;
    // full-width digits and letters
    if ((code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) {
      return String.fromCharCode(code - 0xfee0);
    }
    return c;
  }
  return FULLWIDTH_PUNCT[c] ?? c;
}

export function normalise(original: string): Normalised {
  const traditional = hasTraditional(original);
  const source = traditional ? toSimplified(original) : original;
  // `source` has the same code points as `original`, though not always the same UTF-16 length.
  const aligned = source.length === original.length;
  if (traditional && !aligned && [...source].length !== [...original].length) {
    return normalise_(original, original, false);
  }
  return normalise_(original, source, traditional);
}

/** UTF-16 length of the code point at `i`: 2 for a surrogate pair, 1 otherwise (a lone surrogate too). */
function unitLength(text: string, i: number): number {
  const high = text.charCodeAt(i);
  const low = text.charCodeAt(i + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
}

function isSpecial(code: number): boolean {
  return code === 13 || code === 40 || code === 0xff08 || (code >= 0xff01 && code <= 0xff5e) || code === 0x3000 || code === 0xa0 || code === 0xfe6a || code === 0xfe30;
}

const LINE_REST = /[ \t]*(\r\n|\r|\n|$)/y;

/**
 * What to remove for a directive comment: its whole line with the line break when nothing but spaces
 * and tabs stand beside it (the line would otherwise be an empty row or cell), else the comment alone.
 */
function lineOfDirective(text: string, comment: { start: number; end: number }): { start: number; end: number } {
  let start = comment.start;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  LINE_REST.lastIndex = comment.end;
  const after = LINE_REST.exec(text);
  const alone = (start === 0 || text[start - 1] === '\n' || text[start - 1] === '\r') && after;
  return alone ? { start, end: comment.end + after[0].length } : comment;
}

function normalise_(original: string, source: string, traditional: boolean): Normalised {
  const map = new OffsetMap();
  const out: string[] = [];
  let o = 0; // offset in original
  let s = 0; // offset in source (converted)
  let runS = 0; // start of the pending run of unchanged characters
  let runO = 0;
  const flush = (until = s): void => {
    if (until > runS) {
      out.push(source.slice(runS, until));
      map.push(runO, until - runS, until - runS);
    }
  };
  const comments = directiveComments(source);
  let next = 0; // the next directive comment
  while (s < source.length) {
    while (next < comments.length && comments[next].start < s) next++;
    if (next < comments.length && comments[next].start === s) {
      // Its characters are ASCII, in the source as in the original: both advance alike.
      const { start, end } = lineOfDirective(source, comments[next]);
      flush(start);
      o += end - s;
      s = end;
      runS = s;
      runO = o;
      continue;
    }
    const code = source.charCodeAt(s);
    const sLen = unitLength(source, s);
    const oLen = unitLength(original, o);
    if (sLen === oLen && !isSpecial(code)) {
      s += sLen;
      o += oLen;
      continue;
    }
    if (sLen !== oLen) {
      // A conversion that changed the UTF-16 length of one character (e.g. 鋗 → 𫓶).
      flush();
      out.push(source.slice(s, s + sLen));
      map.push(o, oLen, sLen);
    } else if (code === 40 || code === 0xff08) {
      const gloss = s > 0 && isHan(source.charCodeAt(s - 1)) ? pinyinGlossLength(source, s) : 0;
      if (gloss > 0) {
        // A gloss is ASCII/BMP only, so source and original advance by the same amount.
        flush();
        s += gloss;
        o += gloss;
        runS = s;
        runO = o;
        continue;
      }
      if (code === 40) {
        s++;
        o++;
        continue;
      }
      flush();
      out.push('(');
      map.push(o, 1, 1);
    } else if (code === 13) {
      flush();
      if (source.charCodeAt(s + 1) !== 10) {
        out.push('\n');
        map.push(o, 1, 1);
      }
    } else {
      flush();
      const n = normaliseChar(source[s]);
      out.push(n);
      map.push(o, 1, n.length);
    }
    s += sLen;
    o += oLen;
    runS = s;
    runO = o;
  }
  flush();
  return { text: out.join(''), map, traditional };
}
