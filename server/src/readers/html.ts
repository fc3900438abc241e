// HTML (a report's web page as published) → the text the core analyses and the tables as grids,
// with a map back to the characters of the HTML source, so that findings point into the page itself.
// parse5 parses as browsers do and keeps source locations; entities decode with the `entities`
// package (parse5's own decoder). Only the article body is read, not the site's menus and footers:
// the deepest element that holds most of the page's text outside links. Tables nested in a layout
// table are read as tables; the layout table itself is read as blocks.
//
// Speed: parse5 gives each element a copy of its start tag's location with every attribute's
// (object spreads of many shapes, 2/3 of a Word-exported page's parse); here each node keeps one small
// location of a single shape instead, taken before parse5 would copy it (OffsetParser). The tree is
// parse5's own: htmlparser2, as fast, builds another one from malformed markup (an unclosed `<p>` or
// `<span>` in a cell whose `</td>` is left out nests the next cell inside it; text inside `<table>`
// outside its cells is dropped; a `<b>` across paragraphs splits one).
import { decodeHTML } from 'entities';
import { defaultTreeAdapter, Parser, type DefaultTreeAdapterMap, type Token, type TreeAdapter } from 'parse5';
import type { OffsetMap } from '../core/normalise/offsetMap';
import type { Grid, GridCell } from '../core/types';
import { TextBuilder } from './textBuilder';
import { maxOf } from '../core/extent';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type TextNode = DefaultTreeAdapterMap['textNode'];

export interface ReadHtml {
  text: string;
  grids: Grid[];
  /** Offsets of `text` → offsets of the HTML source. */
  toSource: OffsetMap;
}

const SKIPPED = new Set(['head', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'select', 'option', 'button', 'textarea', 'input']);
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'ul', 'caption',
]);
/** The article holds at least this share of the page's text outside links. */
const ARTICLE_SHARE = 0.8;
/** rowspan/colspan beyond this are malformed input, read as 1. */
const MAX_SPAN = 1000;

/** A node's location without its start tag's and attributes' (`endTag` kept: parse5 reads it at the end of the page). */
const located = (l: Token.ElementLocation): Token.ElementLocation => ({
  startLine: l.startLine, startCol: l.startCol, startOffset: l.startOffset, endLine: l.endLine, endCol: l.endCol, endOffset: l.endOffset, endTag: l.endTag,
});

const compactLocations: TreeAdapter<DefaultTreeAdapterMap> = {
  ...defaultTreeAdapter,
  setNodeSourceCodeLocation: (node, location) => {
    node.sourceCodeLocation = location && located(location);
  },
  updateNodeSourceCodeLocation: (node, end) => {
    const l = node.sourceCodeLocation as Token.ElementLocation; // made by located()
    l.endLine = end.endLine ?? l.endLine;
    l.endCol = end.endCol ?? l.endCol;
    l.endOffset = end.endOffset ?? l.endOffset;
    l.endTag = end.endTag ?? l.endTag;
  },
};

/** An element's location taken before parse5 copies it (were the hook gone in a later parse5, it would copy: slower, the same tree). */
class OffsetParser extends Parser<DefaultTreeAdapterMap> {
  override _attachElementToTree(...[element, location, insertion]: Parameters<Parser<DefaultTreeAdapterMap>['_attachElementToTree']>): void {
    super._attachElementToTree(element, null, insertion);
    compactLocations.setNodeSourceCodeLocation(element, location);
  }
}

const isElement = (n: Node): n is Element => 'tagName' in n;
const isText = (n: Node): n is TextNode => n.nodeName === '#text';
const children = (n: Node): Node[] => ('childNodes' in n ? n.childNodes : []);

function cjkCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i); // (a surrogate is never in the range)
    if (c >= 0x3400 && c <= 0x9fff) n++;
  }
  return n;
}

/** Chinese characters in each element's text outside links and skipped elements. */
function textWeights(root: Node): Map<Node, number> {
  const weights = new Map<Node, number>();
  const visit = (n: Node, inLink: boolean): number => {
    if (isText(n)) return inLink ? 0 : cjkCount(n.value);
    if (isElement(n) && SKIPPED.has(n.tagName)) return 0;
    const link = inLink || (isElement(n) && n.tagName === 'a');
    let sum = 0;
    for (const c of children(n)) sum += visit(c, link);
    weights.set(n, sum);
    return sum;
  };
  visit(root, false);
  return weights;
}

/** The deepest element holding ARTICLE_SHARE of the text: the article body inside the site's chrome. */
function articleOf(body: Element): Element {
  const weights = textWeights(body);
  const total = weights.get(body) ?? 0;
  let article = body;
  for (;;) {
    const next = children(article).find((c): c is Element => isElement(c) && (weights.get(c) ?? 0) >= ARTICLE_SHARE * total);
    if (!next || next.tagName === 'table' || next.tagName === 'tr' || next.tagName === 'td') return article;
    article = next;
  }
}

/** Source offsets of each UTF-16 unit of a text node's decoded value (entities, CRLF). */
function unitOffsets(source: string, node: TextNode): { from: number[]; to: number[] } {
  const value = node.value;
  const from: number[] = [];
  const to: number[] = [];
  const loc = node.sourceCodeLocation;
  if (!loc) {
    for (let j = 0; j < value.length; j++) {
      from.push(0);
      to.push(0);
    }
    return { from, to };
  }
  let i = loc.startOffset;
  let j = 0;
  const put = (units: number, start: number, end: number) => {
    for (let k = 0; k < units; k++) {
      from.push(start);
      to.push(end);
    }
    j += units;
  };
  while (j < value.length) {
    const c = source[i];
    if (c === '&') {
      const entity = /^&(?:#[xX][0-9a-fA-F]+|#\d+|[A-Za-z][A-Za-z0-9]*);?/.exec(source.slice(i, i + 40));
      const decoded = entity ? decodeHTML(entity[0]) : '';
      if (entity && decoded !== entity[0] && value.startsWith(decoded, j)) {
        put(decoded.length, i, i + entity[0].length);
        i += entity[0].length;
        continue;
      }
    }
    if (c === '\r' && value[j] === '\n') {
      const end = source[i + 1] === '\n' ? i + 2 : i + 1;
      put(1, i, end);
      i = end;
      continue;
    }
    put(1, i, i + 1);
    i++;
  }
  return { from, to };
}

const spanOf = (e: Element, name: 'rowspan' | 'colspan'): number => {
  const n = Number(e.attrs.find((a) => a.name === name)?.value);
  return Number.isInteger(n) && n >= 1 && n <= MAX_SPAN ? n : 1;
};

const hasTable = (n: Node): boolean => children(n).some((c) => isElement(c) && (c.tagName === 'table' || hasTable(c)));

function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  const visit = (n: Node) => {
    for (const c of children(n)) {
      if (!isElement(c)) continue;
      if (c.tagName === 'tr') rows.push(c);
      else if (c.tagName !== 'table') visit(c);
    }
  };
  visit(table);
  return rows;
}

const cellsOf = (row: Element): Element[] => children(row).filter((c): c is Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th'));

export function readHtml(source: string): ReadHtml {
  const document = OffsetParser.parse(source, { sourceCodeLocationInfo: true, treeAdapter: compactLocations });
  const html = children(document).find((c): c is Element => isElement(c) && c.tagName === 'html');
  const body = html && children(html).find((c): c is Element => isElement(c) && c.tagName === 'body');
  const out = new TextBuilder();
  const grids: Grid[] = [];
  const startOf = (n: Node): number => n.sourceCodeLocation?.startOffset ?? 0;
  const endOf = (n: Node): number => n.sourceCodeLocation?.endOffset ?? startOf(n);

  const inline = (n: Node, inCell: boolean): void => {
    if (isText(n)) {
      const { from, to } = unitOffsets(source, n);
      out.addSource(n.value, from, to);
      return;
    }
    if (!isElement(n) || SKIPPED.has(n.tagName)) return;
    if (n.tagName === 'table' && !inCell) return table(n);
    if (n.tagName === 'br') return inCell ? out.softBreak(startOf(n)) : out.lineBreak(startOf(n));
    const block = BLOCKS.has(n.tagName) || n.tagName === 'table' || n.tagName === 'tr' || n.tagName === 'td' || n.tagName === 'th';
    if (block) inCell ? out.softBreak(startOf(n)) : out.lineBreak(startOf(n));
    for (const c of children(n)) inline(c, inCell);
    if (block) inCell ? out.softBreak(endOf(n)) : out.lineBreak(endOf(n));
  };

  const table = (t: Element): void => {
    const rows = rowsOf(t);
    // a layout table (it holds tables) or a table of one column is read as blocks
    if (hasTable(t) || rows.every((r) => cellsOf(r).length < 2)) {
      for (const c of children(t)) inline(c, false);
      return;
    }
    out.lineBreak(startOf(t));
    const grid: (GridCell | undefined)[][] = [];
    rows.forEach((row, r) => {
      grid[r] ??= [];
      let col = 0;
      cellsOf(row).forEach((cell, index) => {
        while (grid[r][col]) col++;
        if (index > 0) out.tab(startOf(cell));
        const start = out.offset;
        for (const c of children(cell)) inline(c, true);
        const origin: GridCell = { start, end: out.offset };
        const rowSpan = Math.min(spanOf(cell, 'rowspan'), rows.length - r);
        const colSpan = spanOf(cell, 'colspan');
        for (let i = 0; i < rowSpan; i++) {
          grid[r + i] ??= [];
          for (let j = 0; j < colSpan; j++) grid[r + i][col + j] = i === 0 && j === 0 ? origin : { start, end: origin.end, from: i > 0 ? 'above' : 'left' };
        }
        col += colSpan;
      });
      out.lineBreak(endOf(row));
    });
    const width = maxOf(grid, (r) => r.length);
    const at = out.offset;
    grids.push({ rows: grid.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? { start: at, end: at })) });
  };

  if (body) for (const c of children(articleOf(body))) inline(c, false);
  return { text: out.text(), grids, toSource: out.map };
}
