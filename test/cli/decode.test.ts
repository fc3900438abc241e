import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { BINARY_FILE, EMPTY_FILE, NOT_CHINESE, UNKNOWN_ENCODING, decode, type Encoding } from '../../server/src/cli/decode';
import { encode } from '../../server/src/cli/encode';
import { GB18030_BYTES, gb18030 } from './helpers';

const SNIPPET = '政府信息公开年度报告，共12件。';
const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();
// The sample report in traditional characters, as UTF-8 and as Big5 (fixtures/make-big5.sh).
const TRADITIONAL = readFileSync('test/cli/fixtures/traditional-2019.txt', 'utf8');
const BIG5 = readFileSync('test/cli/fixtures/traditional-2019.big5.txt');
const BIG5_TITLE = BIG5.subarray(0, BIG5.indexOf('\n'));
// 대한민국은 민주공화국이다. 대한민국의 주권은 국민에게 있고, 모든 권력은 국민으로부터 나온다. (iconv -t EUC-KR)
const EUC_KR =
  'b4ebc7d1b9ceb1b9c0ba20b9cec1d6b0f8c8adb1b9c0ccb4d92e20b4ebc7d1b9ceb1b9c0c720c1d6b1c7c0ba20b1b9b9cebfa1b0d420c0d6b0ed2c20b8f0b5e720b1c7b7c2c0ba20b1b9b9cec0b8b7cebacec5cd20b3aabfc2b4d92e';

test('the GB18030 byte table decodes to its words with the standard decoder', () => {
  for (const [word, hex] of Object.entries(GB18030_BYTES)) {
    assert.equal(new TextDecoder('gb18030', { fatal: true }).decode(Buffer.from(hex, 'hex')), word);
  }
});

const cases: [name: string, bytes: Uint8Array, expected: { text: string; encoding: Encoding } | { error: string }][] = [
  ['UTF-8 without BOM', Buffer.from(SNIPPET), { text: SNIPPET, encoding: 'utf-8' }],
  ['UTF-8 with BOM (the BOM is dropped)', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SNIPPET)]), { text: SNIPPET, encoding: 'utf-8-bom' }],
  ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SNIPPET, 'utf16le')]), { text: SNIPPET, encoding: 'utf-16le' }],
  ['UTF-16BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(SNIPPET)]), { text: SNIPPET, encoding: 'utf-16be' }],
  ['GBK', gb18030(SNIPPET), { text: SNIPPET, encoding: 'gb18030' }],
  ['GB18030 four-byte sequence', gb18030('𠀀申请'), { text: '𠀀申请', encoding: 'gb18030' }],
  ['short GBK that is valid UTF-8 by accident', gb18030('食品药品'), { text: '食品药品', encoding: 'gb18030' }],
  ['a report in Big5 (valid GB18030 too, as gibberish)', BIG5, { text: TRADITIONAL, encoding: 'big5' }],
  ['a title line in Big5', BIG5_TITLE, { text: '南屏區2019年政府信息公開工作年度報告', encoding: 'big5' }],
  ['Latin-1 text, which GB18030 and Big5 both decode as rare Han characters', Buffer.from('Données reçues et traitées', 'latin1'), { error: NOT_CHINESE }],
  ['EUC-KR text, which GB18030 decodes as common Han characters', Buffer.from(EUC_KR, 'hex'), { error: NOT_CHINESE }],
  ['GBK line with ASCII around a word valid as UTF-8', gb18030('1. 食品药品 12'), { text: '1. 食品药品 12', encoding: 'gb18030' }],
  ['UTF-8 with punctuation stays UTF-8', Buffer.from('“共”— ①·×'), { text: '“共”— ①·×', encoding: 'utf-8' }],
  ['ASCII', Buffer.from('total 12\n'), { text: 'total 12\n', encoding: 'utf-8' }],
  ['empty file', Buffer.alloc(0), { error: EMPTY_FILE }],
  ['UTF-8 BOM only', Buffer.from([0xef, 0xbb, 0xbf]), { error: EMPTY_FILE }],
  ['UTF-16LE BOM only', Buffer.from([0xff, 0xfe]), { error: EMPTY_FILE }],
  ['NUL byte (PNG header)', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), { error: BINARY_FILE }],
  ['neither UTF-8 nor GB18030 nor Big5', Buffer.from([0x41, 0xff, 0xff, 0x42]), { error: NOT_CHINESE }],
  ['UTF-16LE with an odd byte count', Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x42]), { error: UNKNOWN_ENCODING }],
  ['invalid UTF-8 after a UTF-8 BOM', Buffer.from([0xef, 0xbb, 0xbf, 0xc3, 0x28]), { error: UNKNOWN_ENCODING }],
];

for (const [name, bytes, expected] of cases) {
  test(`decode: ${name}`, () => {
    assert.deepEqual(decode(bytes), expected);
  });
  if ('text' in expected) {
    test(`encode: ${name} is written back byte for byte (--fix)`, () => assert.deepEqual(encode(expected.text, expected.encoding), Buffer.from(bytes)));
  }
}

test('decode: a NUL byte after the first 8 KB does not make the file binary', () => {
  const bytes = Buffer.concat([Buffer.from('共'.repeat(3000)), Buffer.from([0])]);
  assert.ok(bytes.indexOf(0) >= 8192);
  assert.ok('text' in decode(bytes));
});
