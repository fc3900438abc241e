// The outline: sections nested by heading level, with the recognised statistical tables inside
// the section that holds them.
import type { DocumentModel } from './document';
import type { Translator } from './messages/translate';
import { tableTitle } from './tables/tableTitle';
import type { Heading } from './structure/headings';
import type { OutlineNode, Span } from './types';

export function buildOutline(doc: DocumentModel, span: (start: number, end: number) => Span, tr: Translator): OutlineNode[] {
  const end = doc.norm.text.length;
  const root: OutlineNode = { kind: 'section', name: '', level: 0, span: { start: 0, end }, selection: { start: 0, end: 0 }, children: [] };
  const stack: { node: OutlineNode; normEnd: number; normStart: number }[] = [{ node: root, normStart: 0, normEnd: end }];
  const items = [
    ...doc.headings.map((h) => ({ at: h.start, heading: h, table: undefined })),
    ...doc.tables.map((t) => ({ at: t.block.start, heading: undefined, table: t })),
  ].sort((a, b) => a.at - b.at);
  // a section ends where the next heading of the same or a higher level starts (one backward pass)
  const sectionEnds = new Map<Heading, number>();
  const nextAtLevel = [end, end, end, end, end]; // start of the next heading of level ≤ k, k = 1…4
  for (const h of [...doc.headings].reverse()) {
    sectionEnds.set(h, nextAtLevel[h.level]);
    for (let k = h.level; k <= 4; k++) nextAtLevel[k] = h.start;
  }
  for (const item of items) {
    while (stack.length > 1 && item.at >= stack[stack.length - 1].normEnd) stack.pop();
    const parent = stack[stack.length - 1].node;
    if (item.heading) {
      const h = item.heading;
      while (stack.length > 1 && stack[stack.length - 1].node.level >= h.level) stack.pop();
      const normEnd = sectionEnds.get(h)!;
      const selection = span(h.start, h.end);
      // the heading as written (full-width brackets, traditional characters)
      const name = doc.original.slice(selection.start, selection.end);
      const node: OutlineNode = { kind: 'section', name, level: h.level, span: span(h.start, normEnd), selection, children: [] };
      stack[stack.length - 1].node.children.push(node);
      stack.push({ node, normStart: h.start, normEnd });
    } else if (item.table) {
      const t = item.table;
      parent.children.push({ kind: 'table', name: tableTitle(tr, t.def), level: 0, span: span(t.block.start, t.block.end), selection: span(t.captionStart, t.captionEnd), children: [] });
    }
  }
  return root.children;
}
