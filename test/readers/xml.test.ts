// The XML reader of word/document.xml (xml.ts, over saxen): on well-formed documents it gives the
// events a strict parser gives (saxes, jsdom's, the reference here), namespaces included — each
// element and attribute in a namespace asked for under the prefix asked for, whatever prefix the file
// binds, and never another; damaged documents are refused with a reason and a position.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { parseXml, type XmlHandler } from '../../server/src/readers/xml';

const WORD = 'urn:word';
const STRICT = 'urn:word-strict';
const PREFIXES: Record<string, string> = { [WORD]: 'w', [STRICT]: 'w' };
const URIS = [WORD, STRICT, 'urn:other', 'urn:more'];

/** What a reader sees: elements (asked-for namespace or not, local name, the attribute `w:val`), closes, and the text inside the root between tags. */
function eventsOf(parse: (handler: XmlHandler) => { error: string } | null): string[] | { error: string } {
  const events: string[] = [];
  let depth = 0;
  const text = (t: string) => {
    const last = events.length - 1;
    if (depth === 0) return;
    if (last >= 0 && events[last].startsWith('"')) events[last] = JSON.stringify(JSON.parse(events[last]) + t);
    else events.push(JSON.stringify(t));
  };
  const failure = parse({
    open: (tag) => {
      depth++;
      const asked = tag.name.startsWith('w:');
      events.push(`<${asked ? 'w:' : ''}${tag.name.slice(tag.name.indexOf(':') + 1)} val=${tag.attribute('w:val')}`);
    },
    close: () => {
      depth--;
      events.push('>');
    },
    text: (decode) => text(decode()),
  });
  return failure ?? events;
}

/** The same events from saxes (strict, namespaces resolved by it). */
function saxesEvents(xml: string): string[] | { error: string } {
  return eventsOf((handler) => {
    const parser = new SaxesParser({ xmlns: true });
    parser.on('opentag', (tag) => {
      const val = Object.values(tag.attributes).find((a) => a.local === 'val' && a.uri in PREFIXES);
      handler.open({ name: `${tag.uri in PREFIXES ? 'w:' : 'other:'}${tag.local}`, attribute: (name) => (name === 'w:val' ? (val?.value ?? null) : null) });
    });
    parser.on('closetag', () => handler.close());
    parser.on('text', (t) => handler.text(() => t));
    parser.on('cdata', (t) => handler.text(() => t));
    try {
      parser.write(xml).close();
      return null;
    } catch (error) {
      return { error: (error as Error).message };
    }
  });
}

/** Text that needs escaping, CJK, characters beyond the BMP as references and as written, CDATA. */
const textArb = fc
  .array(fc.constantFrom('年报', '公开', ' ', '\t', '\n', '&amp;', '&lt;', '&gt;', '&quot;', "'", '&#x20BB7;', '&#12298;', '𠮷', '<![CDATA[a<b&c]]>', '12.5%', '<!-- note -->'), { maxLength: 6 })
  .map((parts) => parts.join(''));

/**
 * A well-formed document: elements under random prefixes (or none), each maybe declaring namespaces
 * — a prefix rebound inside, the default namespace set or changed — and using only prefixes in scope,
 * with a `val` attribute under a bound prefix or none.
 */
const documentArb = fc.letrec<{ element: string }>((tie) => ({
  element: fc
    .record({
      declare: fc.uniqueArray(fc.tuple(fc.constantFrom('', 'w', 'x', 'a'), fc.constantFrom(...URIS)), { maxLength: 2, selector: ([prefix]) => prefix }),
      prefix: fc.constantFrom('', 'w', 'x', 'a'),
      local: fc.constantFrom('p', 'r', 't', 'tbl', 'tc', 'gridSpan', 'body'),
      valPrefix: fc.option(fc.constantFrom('', 'w', 'x', 'a')),
      val: fc.constantFrom('2', 'restart', '&amp;1', "a'b", '&#50;'),
      quote: fc.constantFrom('"', "'"),
      children: fc.array(fc.oneof({ maxDepth: 5, depthIdentifier: 'element' }, textArb, tie('element')), { maxLength: 3 }),
    })
    .map((e) => JSON.stringify(e)),
}));

/**
 * Writes the generated element, dropping a use of a prefix not bound in scope (the default namespace
 * may stay unset). Left out, saxen's one known divergence from the namespaces spec: an attribute
 * whose prefix names the same namespace as the default one in scope loses its prefix (`w:val` reads as
 * `val` under `xmlns` and `xmlns:w` both WordprocessingML); no writer of Word files binds it both ways.
 */
function render(json: string, scope: ReadonlyMap<string, string> = new Map()): string {
  const e = JSON.parse(json) as { declare: [string, string][]; prefix: string; local: string; valPrefix: string | null; val: string; quote: string; children: string[] };
  const inScope = new Map([...scope, ...e.declare]);
  const prefix = e.prefix === '' || inScope.has(e.prefix) ? e.prefix : '';
  const name = prefix ? `${prefix}:${e.local}` : e.local;
  const q = e.quote;
  const attrs = e.declare.map(([p, uri]) => (p ? ` xmlns:${p}=${q}${uri}${q}` : ` xmlns=${q}${uri}${q}`));
  const valPrefix = e.valPrefix;
  const alias = (uri: string | undefined) => (uri === undefined ? undefined : (PREFIXES[uri] ?? uri));
  if (valPrefix === '' || (valPrefix && inScope.has(valPrefix) && alias(inScope.get(valPrefix)) !== alias(inScope.get('')))) {
    attrs.push(` ${valPrefix ? `${valPrefix}:` : ''}val=${q}${e.val.replaceAll(q, q === '"' ? '&quot;' : '&apos;')}${q}`);
  }
  const inner = e.children.map((c) => (c.startsWith('{') ? render(c, inScope) : c)).join('');
  return inner ? `<${name}${attrs.join('')}>${inner}</${name}>` : `<${name}${attrs.join('')}/>`;
}

const readEvents = (xml: string) => eventsOf((handler) => parseXml(xml, PREFIXES, handler));

describe('XML reader', () => {
  test('well-formed documents: the same elements, namespaces, attributes and text as a strict parser reads', () => {
    fc.assert(
      fc.property(documentArb.element, (element) => {
        const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${render(element)}\n`;
        const reference = saxesEvents(xml);
        assert.ok(Array.isArray(reference), `the generator wrote malformed XML: ${JSON.stringify(reference)}\n${xml}`);
        assert.deepEqual(readEvents(xml), reference, xml);
      }),
      { numRuns: 500 },
    );
  });

  test('a namespace asked for keeps its prefix; another namespace bound to that prefix is named otherwise', () => {
    const events = readEvents(`<x:document xmlns:x="${WORD}" xmlns:w="urn:other"><w:body x:val="1" w:val="2"><x:p/></w:body></x:document>`);
    assert.deepEqual(events, ['<w:document val=null', '<body val=1', '<w:p val=null', '>', '>', '>']);
  });

  const refused: [string, string, RegExp][] = [
    ['a tag closed out of order', '<a><b></a></b>', /^1:7: closing tag mismatch$/],
    ['a file cut short', '<a><b>text', /^1:\d+: unexpected end of file$/],
    ['a prefix bound to no namespace', '<a><x:b/></a>', /^1:4: missing namespace on <x:b>$/],
    ['an attribute given twice', '<a v="1" v="2"/>', /attribute <v> already defined$/],
    ['an attribute without quotes', '<a v=1/>', /missing attribute value quotes$/],
    ['text after the root', '<a/>tail', /non-whitespace outside of root node$/],
    ['a second root element', '<a/>\n<b/>', /^2:1: more than one root element$/],
    ['no element at all', '', /missing start tag$/],
    // a quote lost in a tag the reader skips: the elements after it would become an attribute's value
    ['a quote lost in a skipped tag', '<a><b v="x/><c>第一段</c></a><a2><b v="y"/></a2>', /illegal character after attribute end|'<' in the value/],
    ['a `>` lost between two tags', '<a><b v="1"/<c/></a>', /illegal character after attribute end|'<' in the value/],
  ];

  test('the xml prefix is bound in every document: xml:space and xml:lang read, on any tag', () => {
    assert.deepEqual(readEvents(`<w:p xmlns:w="${WORD}" xmlns:v="urn:v" xml:space="preserve"><w:t xml:lang="zh" w:val="2"> a </w:t></w:p>`), ['<w:p val=null', '<w:t val=2', '" a "', '>', '>']);
  });
  for (const [what, xml, reason] of refused) {
    test(`refused with the reason and its line:column: ${what}`, () => {
      const result = readEvents(xml);
      assert.ok(!Array.isArray(result), `read: ${JSON.stringify(result)}`);
      assert.match(result.error, reason);
    });
  }
});
