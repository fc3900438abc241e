// Core spans (UTF-16 offsets into the analysed text) → LSP ranges of the same document version.
import type { Range, TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Span, TextEdit as SpanEdit } from '../core/types';

export function rangeOf(document: TextDocument, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

export function textEditOf(document: TextDocument, edit: SpanEdit): TextEdit {
  return { range: rangeOf(document, edit.span), newText: edit.newText };
}
