// XML → events (element opened with its namespace resolved, element closed, text), for
// word/document.xml. saxes (the strict XML parser jsdom uses) checks well-formedness and stops at the
// first error, so a damaged file is refused with saxes's reason and never half read; it resolves each
// prefix from the xmlns declarations in scope, expands only XML's predefined entities and character
// references (an entity a DTD declares is an error: no billion laughs), fetches nothing, and parses
// about 7× faster than @xmldom/xmldom did. No tree is built: the reader keeps only what it reads.
import { SaxesParser, type SaxesTagNS } from 'saxes';

/** An element as it opens: namespace URI ('' for none), local name and attributes (theirs resolved too). */
export type XmlTag = Pick<SaxesTagNS, 'uri' | 'local' | 'attributes'>;

export interface XmlHandler {
  open(tag: XmlTag): void;
  /** The innermost open element closes (a self-closing one right after it opens). */
  close(): void;
  /** Character data, CDATA sections included. */
  text(text: string): void;
}

/** Parses `xml` into `handler`'s calls; saxes's reason if the text is not well-formed XML. */
export function parseXml(xml: string, handler: XmlHandler): { error: string } | null {
  const parser = new SaxesParser({ xmlns: true });
  parser.on('opentag', (tag) => handler.open(tag));
  parser.on('closetag', () => handler.close());
  parser.on('text', (text) => handler.text(text));
  parser.on('cdata', (text) => handler.text(text));
  try {
    parser.write(xml).close();
  } catch (err) {
    return { error: (err as Error).message };
  }
  return null;
}
