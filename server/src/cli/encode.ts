// Text → bytes in the encoding the file was read in (decode.ts), so that --fix changes the figures
// it fixes and nothing else: a GBK report stays GBK. Node encodes UTF-8 and UTF-16LE itself;
// GB18030 and Big5 need iconv-lite (TextEncoder only writes UTF-8).
import iconv from 'iconv-lite';
import type { Encoding } from './decode';

export function encode(text: string, encoding: Encoding): Buffer {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf-16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    case 'gb18030':
    case 'big5':
      return iconv.encode(text, encoding);
  }
}
