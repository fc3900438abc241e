// The words around a finding's figure, for a reader: the figure's own line, at most CONTEXT characters
// either side. A web page's spans point into its source, so there the markup between is dropped and
// character references decoded (the figure itself is always text between tags).
import { decodeHTML } from 'entities';
import type { Span } from '../../core/types';

export interface Snippet {
  before: string;
  figure: string;
  after: string;
}

export const CONTEXT = 48;
/** Source characters read either side of a figure in a page, before its markup is dropped. */
const SOURCE_WINDOW = 2000;

export function snippetOf(text: string, span: Span, markup: boolean): Snippet {
  const figure = text.slice(span.start, span.end);
  if (!markup) {
    const lineStart = Math.max(text.lastIndexOf('\n', span.start - 1), text.lastIndexOf('\r', span.start - 1)) + 1;
    const lineEnd = firstOf(text, ['\n', '\r'], span.end);
    return clip(text.slice(Math.max(lineStart, span.start - CONTEXT - 1), span.start), figure, text.slice(span.end, Math.min(lineEnd, span.end + CONTEXT + 1)));
  }
  const before = text.slice(Math.max(0, span.start - SOURCE_WINDOW), span.start);
  const after = text.slice(span.end, span.end + SOURCE_WINDOW);
  // a tag cut by the window: its tail at the start of `before`, its head at the end of `after`
  const [close, open] = [before.indexOf('>'), before.indexOf('<')];
  const tail = close >= 0 && (open < 0 || close < open) ? close + 1 : 0;
  const head = after.lastIndexOf('<') > after.lastIndexOf('>') ? after.lastIndexOf('<') : after.length;
  return clip(pageText(before.slice(tail)), figure, pageText(after.slice(0, head)));
}

/** Visible text of a stretch of markup on one line: tags are word breaks, references decoded. */
function pageText(source: string): string {
  return decodeHTML(source.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<(?:[^>"']|"[^"]*"|'[^']*')*>/gi, ' ')).replace(/\s+/g, ' ');
}

function clip(before: string, figure: string, after: string): Snippet {
  const b = before.replace(/\s+/g, ' ');
  const a = after.replace(/\s+/g, ' ');
  return {
    before: b.length > CONTEXT ? `…${b.slice(b.length - CONTEXT)}` : b,
    figure,
    after: a.length > CONTEXT ? `${a.slice(0, CONTEXT)}…` : a,
  };
}

function firstOf(text: string, needles: string[], from: number): number {
  const found = needles.map((n) => text.indexOf(n, from)).filter((i) => i >= 0);
  return found.length ? Math.min(...found) : text.length;
}
