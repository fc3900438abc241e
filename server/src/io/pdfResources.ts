// What the PDF reader may need from disk, served by the adapters (the reader itself does no IO):
// pdfjs-dist's packed CMaps of Chinese encodings, copied next to the bundles by scripts/build.mjs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PdfResources } from '../readers/pdf';

/** `dir`: where the .bcmap files are (dist/cmaps beside the bundle). */
export function pdfResources(dir = join(__dirname, 'cmaps')): PdfResources {
  return {
    cMap: (name) => {
      if (!/^[\w.-]+$/.test(name)) return undefined;
      try {
        return new Uint8Array(readFileSync(join(dir, `${name}.bcmap`))); // pdfjs refuses a Buffer
      } catch {
        return undefined;
      }
    },
  };
}
