// Spans of an older version of a document carried to its current text, through the edits received
// since, each kept as the replacement of a UTF-16 range. Outline, folding and hover requests are
// answered this way from the latest completed analysis while a newer one runs.
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { OutlineNode, Span } from '../core/types';

/** `[start, end)` of the text before the edit became `length` UTF-16 units. */
export interface Replacement {
  start: number;
  end: number;
  length: number;
}

/** Applies one content change to the document (in place, as TextDocument.update does) and returns it. */
export function applyChange(document: TextDocument, change: TextDocumentContentChangeEvent, version: number): Replacement {
  if ('range' in change) {
    // TextDocument.update swaps a range whose end comes before its start.
    const [start, end] = [document.offsetAt(change.range.start), document.offsetAt(change.range.end)].sort((a, b) => a - b);
    TextDocument.update(document, [change], version);
    return { start, end, length: change.text.length };
  }
  const before = document.getText();
  TextDocument.update(document, [change], version);
  return replacementBetween(before, document.getText());
}

/** A whole-text change as one replacement: what lies between the common prefix and suffix. */
function replacementBetween(before: string, after: string): Replacement {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < shorter - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { start, end: before.length - tail, length: after.length - start - tail };
}

/**
 * A span of the text before the replacements in the text after them. Text inserted at a span's start
 * belongs to it, text inserted at its end does not; a boundary inside replaced text moves to the
 * edge of the new text (a start to its start, an end to its end).
 */
export function carrySpan(span: Span, replacements: readonly Replacement[]): Span {
  let { start, end } = span;
  for (const r of replacements) {
    const shift = r.length - (r.end - r.start);
    start = start <= r.start ? start : start >= r.end ? start + shift : r.start;
    end = end <= r.start ? end : end >= r.end ? end + shift : r.start + r.length;
  }
  return { start, end };
}

/** An offset of the text after the replacements in the text before them; undefined in inserted text. */
export function offsetBefore(offset: number, replacements: readonly Replacement[]): number | undefined {
  for (let i = replacements.length - 1; i >= 0; i--) {
    const r = replacements[i];
    if (offset >= r.start + r.length) offset -= r.length - (r.end - r.start);
    else if (offset >= r.start) return undefined;
  }
  return offset;
}

export function carryOutline(nodes: readonly OutlineNode[], replacements: readonly Replacement[]): OutlineNode[] {
  return nodes.map((node) => ({
    ...node,
    span: carrySpan(node.span, replacements),
    selection: carrySpan(node.selection, replacements),
    children: carryOutline(node.children, replacements),
  }));
}
