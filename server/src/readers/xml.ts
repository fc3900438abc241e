// XML → events (element opened, element closed, text), for word/document.xml, over saxen (bpmn.io's
// namespace-aware SAX parser). Why saxen: it is fast where saxes (the strict parser jsdom uses, used
// before) kept a Word file over twice the time of the same report as text — saxen finds a tag's end
// and its namespace by indexOf and decodes a text's references only when asked for.
//
// What it checks, and what this adds: it stops at the first error — a tag closed out of order, a file
// cut short, a prefix bound to no namespace, a malformed name — and its warnings (an attribute given
// twice or unquoted, text outside the root) are errors here too, as are a second root element and a
// `<` in an attribute value. Every tag's attributes are parsed, not only those the reader asks for:
// saxen ends a tag at the `>` after its last quote, so a quote lost in a skipped tag would take the
// elements after it into an attribute value, and the file would be read short without a word. So a
// damaged file is refused with the parser's reason and line:column, not half read. It is lenient
// where files Word opens never go: a reference to an entity XML does not define is left as written
// (never expanded: no DTD is read, so no billion laughs; nothing is fetched), and the prefix `w`
// reads as WordprocessingML even where a file forgets to bind it; it refuses some XML no Word writer
// produces (spaces around an attribute's `=`, names in letters beyond ASCII).
//
// Names: every element and attribute in a namespace asked for carries the prefix asked for, whatever
// prefix the file binds to it (`<x:tc xmlns:x="…wordprocessingml…">` opens as `w:tc`); other
// namespaces get prefixes of their own, never one asked for.
import { decodeXML } from 'entities';
import { Parser, type ParseContext } from 'saxen';

/** An element as it opens. */
export interface XmlTag {
  /** Its name, prefixed as asked for when in one of the namespaces asked for (`w:tc`). */
  readonly name: string;
  /** An attribute's value by its name, prefixed likewise (`w:val`), its references decoded; null if absent. */
  attribute(name: string): string | null;
}

export interface XmlHandler {
  open(tag: XmlTag): void;
  /** The innermost open element closes (a self-closing one right after it opens). */
  close(): void;
  /** Character data (CDATA sections included): `decode()` gives it with its references replaced. */
  text(decode: () => string): void;
}

const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

const at = (context: ParseContext) => `${context.line + 1}:${context.column + 1}`;

/**
 * Parses `xml` into `handler`'s calls, naming the namespaces in `prefixes` (URI → prefix) by their
 * prefix; the parser's reason and position if the text is not well-formed XML.
 */
export function parseXml(xml: string, prefixes: Readonly<Record<string, string>>, handler: XmlHandler): { error: string } | null {
  const parser = new Parser();
  parser.ns({ ...prefixes, [XML_NAMESPACE]: 'xml' }); // the `xml` prefix is bound in every document (xml:space)
  let failure: string | null = null;
  const fail = (reason: string, context: ParseContext) => {
    failure ??= `${at(context)}: ${reason}`;
    parser.stop();
  };

  let depth = 0;
  let rooted = false;
  let attributes: Record<string, string> = {};
  const tag = {
    name: '',
    attribute: (name: string): string | null => (Object.hasOwn(attributes, name) ? decodeXML(attributes[name]) : null),
  };
  parser.on('openTag', (name: string, getAttributes: () => Record<string, string> | false, _decode: unknown, _selfClosing: boolean, context: () => ParseContext) => {
    if (depth++ === 0 && rooted) return fail('more than one root element', context());
    rooted = true;
    // every tag's attributes, not only those asked for: a quote lost in a skipped tag would otherwise
    // take the elements after it into an attribute value, and the file be read short without a word
    const all = getAttributes();
    if (all === false || failure !== null) return fail('malformed attributes', context());
    for (const key in all) if (all[key].includes('<')) return fail(`'<' in the value of attribute ${key}`, context());
    tag.name = name;
    attributes = all;
    handler.open(tag);
  });
  parser.on('closeTag', () => {
    depth--;
    handler.close();
  });
  parser.on('text', (raw: string) => handler.text(() => decodeXML(raw)));
  parser.on('cdata', (raw: string) => handler.text(() => raw));
  parser.on('error', (error: Error, context: () => ParseContext) => fail(error.message, context()));
  parser.on('warn', (warning: Error, context: () => ParseContext) => fail(warning.message, context()));
  parser.parse(xml);
  return failure === null ? null : { error: failure };
}
