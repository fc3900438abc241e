// What the PDF reader needs from disk, served by the adapters (the reader itself does no IO): PDFium's
// WebAssembly binary, copied next to the bundles by scripts/build.mjs; from the package when run
// from the sources (tests, benches).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PdfEngine } from '../readers/pdf';

const WASM = 'pdfium.wasm';

/** `dir`: where the bundles are (dist/). */
export function pdfEngine(dir = __dirname): PdfEngine {
  return {
    wasm: () => {
      const beside = join(dir, WASM);
      return readFileSync(existsSync(beside) ? beside : require.resolve(`@embedpdf/pdfium/${WASM}`));
    },
  };
}
