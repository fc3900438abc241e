// XML → events (element opened, element closed, text), for word/document.xml, over saxen (bpmn.io's
// namespace-aware SAX parser). Why saxen: it parses a tag's attributes, and decodes a text's
// references, only when they are asked for, and a Word file's body is mostly run properties the
// reader never asks about: word/document.xml is read in half the time saxes (the strict parser jsdom
// uses) took, which kept a Word file over twice the time of the same report as text.
//
// What it checks, and what this adds: it stops at the first error — a tag closed out of order, a file
// cut short, a prefix bound to no namespace, a malformed tag name — and its warnings (an attribute
// given twice or unquoted, text outside the root) are errors here too, as is a second root element.
// So a damaged file is refused with the parser's reason and position, not half read. It is lenient
// where a well-formed file never goes: a reference to an entity XML does not define is left as
// written, not refused (never expanded: a DTD is not read, so no billion laughs; nothing is
// fetched), and a prefix asked for (`w`) reads as its namespace even where the file forgot to bind it.
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

const at = (context: ParseContext) => `${context.line + 1}:${context.column + 1}`;

/**
 * Parses `xml` into `handler`'s calls, naming the namespaces in `prefixes` (URI → prefix) by their
 * prefix; the parser's reason and position if the text is not well-formed XML.
 */
export function parseXml(xml: string, prefixes: Readonly<Record<string, string>>, handler: XmlHandler): { error: string } | null {
  const parser = new Parser();
  parser.ns(prefixes);
  let failure: string | null = null;
  const fail = (reason: string, context: ParseContext) => {
    failure ??= `${at(context)}: ${reason}`;
    parser.stop();
  };

  let depth = 0;
  let rooted = false;
  let attributes: () => Record<string, string> | false = () => ({});
  const tag = {
    name: '',
    attribute(name: string): string | null {
      const all = attributes();
      return all && Object.hasOwn(all, name) ? decodeXML(all[name]) : null;
    },
  };
  parser.on('openTag', (name: string, getAttributes: () => Record<string, string> | false, _decode: unknown, _selfClosing: boolean, context: () => ParseContext) => {
    if (depth++ === 0 && rooted) return fail('more than one root element', context());
    rooted = true;
    tag.name = name;
    attributes = getAttributes;
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
