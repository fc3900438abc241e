// An esbuild plugin for bundles in CommonJS: @embedpdf/pdfium's ESM build finds itself through
// import.meta.url, which a CommonJS bundle leaves undefined (the engine then fails to start), so its
// CommonJS build, which uses __dirname, is bundled instead.
import { createRequire } from 'node:module';

const cjs = createRequire(import.meta.url).resolve('@embedpdf/pdfium');

export const pdfiumCjs = {
  name: 'pdfium-cjs',
  setup(build) {
    build.onResolve({ filter: /^@embedpdf\/pdfium$/ }, () => ({ path: cjs }));
  },
};
