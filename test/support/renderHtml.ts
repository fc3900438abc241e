// A generated report (its blocks, generate.ts) as a web page: the lines as `<p>`s, the tables in the
// form's merged-cell layout (rowspan/colspan). Two styles: `plain` (bare cells), and `word`, as a
// site publishes a Word export: the article inside the site's menus and footer, `<p><span>` in
// every cell, figures in spans of their own, `&nbsp;` in empty cells, `<br />` in header cells,
// curly quotes as entities. Every run's characters in the page are recorded, so an answer key
// can name the exact source range of a figure.
import type { Span } from '../../server/src/core/types';
import type { BlockCell, ReportBlock, TextRun } from './generate';

export type HtmlStyle = 'plain' | 'word';

export interface RenderedHtml {
  html: string;
  /** Where each run's text lies in `html` (UTF-16 offsets). */
  ranges: Map<TextRun, Span>;
}

export const isFigure = (s: string): boolean => /^[+-]?[0-9０-９]+(?:\.[0-9０-９]+)?$/.test(s);

const cellText = (cell: BlockCell): string => cell.runs.map((r) => r.text).join('');

/** Where a header cell's label wraps (Word writes a line break there): after the third character
 * of a 6–8 character label in a row without figures (`本年新制作数量` → `本年新` / `制作数量`). */
export function headerBreak(row: readonly BlockCell[], cell: BlockCell): number | null {
  const text = cellText(cell);
  const headerRow = row.every((c) => !c.runs.some((r) => isFigure(r.text)));
  return headerRow && cell.runs.length === 1 && text.length >= 6 && text.length <= 8 ? 3 : null;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const WORD_ENTITIES: Record<string, string> = { ...ESCAPES, '“': '&ldquo;', '”': '&rdquo;' };

class HtmlWriter {
  private readonly parts: string[] = [];
  private length = 0;
  readonly ranges = new Map<TextRun, Span>();
  constructor(private readonly entities: Record<string, string>) {}

  raw(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }
  /** Escaped text; `breakAt` puts a `<br />` after that many characters. */
  text(s: string, breakAt: number | null = null): void {
    const escape = (t: string) => t.replace(/[&<>“”]/g, (c) => this.entities[c] ?? c);
    this.raw(breakAt === null ? escape(s) : `${escape(s.slice(0, breakAt))}<br />${escape(s.slice(breakAt))}`);
  }
  run(run: TextRun, breakAt: number | null = null): void {
    const start = this.length;
    this.text(run.text, breakAt);
    this.ranges.set(run, { start, end: this.length });
  }
  html(): string {
    return this.parts.join('');
  }
}

// one font for all text (the spans' 仿宋 too), so that a printed PDF embeds a single font subset
const PAGE_STYLE =
  '*{font-family:"WenQuanYi Micro Hei",sans-serif!important}body{font-size:10.5pt}p{margin:0.3em 0}table{border-collapse:collapse;margin:0.5em 0;font-size:9pt}td{border:1px solid #000;padding:1px 3px}';

function plainBody(w: HtmlWriter, blocks: readonly ReportBlock[]): void {
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      w.raw('<p>');
      block.runs.forEach((r) => w.run(r));
      w.raw('</p>\n');
      continue;
    }
    w.raw('<table>\n');
    for (const row of block.rows) {
      w.raw('<tr>');
      for (const cell of row) {
        w.raw(`<td${spans(cell)}>`);
        cell.runs.forEach((r) => w.run(r));
        w.raw('</td>');
      }
      w.raw('</tr>\n');
    }
    w.raw('</table>\n');
  }
}

function wordBody(w: HtmlWriter, blocks: readonly ReportBlock[]): void {
  const span = (r: TextRun, breakAt: number | null = null) => {
    w.raw(isFigure(r.text) ? '<span lang="EN-US">' : '<span style="font-family:仿宋_GB2312">');
    w.run(r, breakAt);
    w.raw('</span>');
  };
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      w.raw('<p class="MsoNormal" style="text-indent:21pt">');
      block.runs.forEach((r) => span(r));
      w.raw('</p>\n');
      continue;
    }
    w.raw('<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n<tbody>\n');
    for (const row of block.rows) {
      w.raw('<tr>\n');
      for (const cell of row) {
        w.raw(`<td${spans(cell)} valign="center"><p class="MsoNormal" align="center">`);
        if (cell.runs.length === 0) w.raw('<span lang="EN-US">&nbsp;</span>');
        const breakAt = headerBreak(row, cell);
        cell.runs.forEach((r) => span(r, breakAt));
        w.raw('</p></td>\n');
      }
      w.raw('</tr>\n');
    }
    w.raw('</tbody>\n</table>\n');
  }
}

const spans = (cell: BlockCell): string => (cell.rowspan > 1 ? ` rowspan="${cell.rowspan}"` : '') + (cell.colspan > 1 ? ` colspan="${cell.colspan}"` : '');

export function renderHtml(blocks: readonly ReportBlock[], style: HtmlStyle, title: string): RenderedHtml {
  const w = new HtmlWriter(style === 'word' ? WORD_ENTITIES : ESCAPES);
  w.raw(`<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title>`);
  w.text(title);
  w.raw(`</title>\n<style>${PAGE_STYLE}</style>\n</head>\n<body>\n`);
  if (style === 'plain') plainBody(w, blocks);
  else {
    w.raw('<div class="header"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/hdjl/">互动交流</a></div>\n');
    w.raw('<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/ndbg/">政府信息公开年报</a></div>\n');
    w.raw('<div class="article"><div class="TRS_Editor">\n');
    wordBody(w, blocks);
    w.raw('</div></div>\n<div class="footer"><p>主办单位：区人民政府办公室</p><p>网站标识码：5001090001</p></div>\n');
  }
  w.raw('</body>\n</html>\n');
  return { html: w.html(), ranges: w.ranges };
}
