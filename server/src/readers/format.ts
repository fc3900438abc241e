// The format a file is read in: its extension's, or what its content shows (a web page saved as text).

export type SourceFormat = 'text' | 'html' | 'pdf' | 'docx';
/** The formats read from bytes into an extracted text (not edited in place). */
export type DocumentFormat = 'pdf' | 'docx';

export const isDocumentFormat = (format: SourceFormat): format is DocumentFormat => format === 'pdf' || format === 'docx';

/** The extensions of the files read as reports where files are searched for (folders, the workspace). */
export const REPORT_EXTENSIONS = ['txt', 'md', 'html', 'htm', 'pdf', 'docx'] as const;

const EXTENSIONS: Readonly<Record<string, SourceFormat>> = { html: 'html', htm: 'html', pdf: 'pdf', docx: 'docx' };

/** The format a file name says (its extension); text for anything else. */
export function formatOf(name: string): SourceFormat {
  const m = /\.([A-Za-z]+)$/.exec(name);
  return (m && EXTENSIONS[m[1].toLowerCase()]) || 'text';
}

/** Markup a saved web page shows (a crawler's `.txt` of an article's HTML); plain reports have none. */
const BLOCK_TAG = /<(p|div|table|tr|td|th|h[1-6]|span|br|body|section|article|li|strong)\b[^>]*>/gi;
const CLOSING_TAG = /<\/(p|div|table|tr|td|h[1-6]|span|body|html)>/i;
/** How much of a text to look at, and how many tags make it a page. */
const SNIFF_CHARS = 65536;
const MIN_TAGS = 8;

/** Whether a text file is in fact a web page's source. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, SNIFF_CHARS);
  if (/^\s*(<!doctype html|<html)/i.test(head)) return true;
  return CLOSING_TAG.test(head) && (head.match(BLOCK_TAG)?.length ?? 0) >= MIN_TAGS;
}

/** The format to read a text file in: its extension's, or HTML when a `.txt` holds a page's source. */
export function textFormatOf(name: string, text: string): 'text' | 'html' {
  const format = formatOf(name);
  return format === 'html' || (format === 'text' && looksLikeHtml(text)) ? 'html' : 'text';
}
