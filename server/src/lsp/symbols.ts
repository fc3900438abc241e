// The report outline → document symbols (sections nested by level, statistical tables named after
// their template) and folding ranges.
import { FoldingRangeKind, SymbolKind, type DocumentSymbol, type FoldingRange, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { OutlineNode } from '../core/types';
import { rangeOf } from './ranges';

export const SECTION_SYMBOL_KIND = SymbolKind.String;
export const TABLE_SYMBOL_KIND = SymbolKind.Array;

export function documentSymbols(document: TextDocument, outline: readonly OutlineNode[]): DocumentSymbol[] {
  return outline.map((node) => {
    const range = rangeOf(document, node.span);
    const selection = rangeOf(document, node.selection);
    return {
      name: node.name.trim() || '（无标题）',
      kind: node.kind === 'table' ? TABLE_SYMBOL_KIND : SECTION_SYMBOL_KIND,
      range,
      // Editors reject a selection range outside the full range.
      selectionRange: within(range, selection) ? selection : range,
      children: documentSymbols(document, node.children),
    };
  });
}

export function foldingRanges(document: TextDocument, outline: readonly OutlineNode[]): FoldingRange[] {
  return outline.flatMap((node) => {
    const { start, end } = rangeOf(document, node.span);
    // A span that ends with its line break ends on the line before.
    const endLine = end.character === 0 && end.line > start.line ? end.line - 1 : end.line;
    const own: FoldingRange[] = endLine > start.line ? [{ startLine: start.line, endLine, kind: FoldingRangeKind.Region }] : [];
    return [...own, ...foldingRanges(document, node.children)];
  });
}

function within(outer: Range, inner: Range): boolean {
  const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}
