// A statistical table published only as a picture: an image file name under 附表/统计表/附件.
import type { DocumentModel } from '../document';

export interface ImageTable {
  start: number;
  end: number;
  fileName: string;
}

const IMAGE_EXTENSION = /\.(png|jpe?g|gif|bmp|webp)$/i;
/** How many lines above the file name may hold the caption. */
const CAPTION_WINDOW = 8;

export function findImageTables(doc: DocumentModel): ImageTable[] {
  const found: ImageTable[] = [];
  for (const p of doc.paragraphs) {
    const text = p.line.text.trim();
    if (!IMAGE_EXTENSION.test(text)) continue;
    const fileName = text.split(/\s+/).pop()!;
    const from = Math.max(0, p.line.index - CAPTION_WINDOW);
    const caption = doc.lines.slice(from, p.line.index).some((l) => /统计表|附表/.test(l.text)) || /统计表|附表/.test(text);
    if (!caption) continue;
    const start = p.line.start + p.line.text.lastIndexOf(fileName);
    found.push({ start, end: start + fileName.length, fileName });
  }
  return found;
}
