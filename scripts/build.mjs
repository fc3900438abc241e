// Bundles the CLI, the language server and the VS Code client into dist/ with esbuild (and, for the
// web extension, the client and the language server for a browser into dist/web/), and copies
// PDFium's WebAssembly binary (the PDF reader's engine) into dist/.
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { pdfiumCjs } from './pdfiumCjs.mjs';

mkdirSync('dist', { recursive: true });
rmSync('dist/cmaps', { recursive: true, force: true }); // what the PDF reader needed before PDFium
copyFileSync(createRequire(import.meta.url).resolve('@embedpdf/pdfium/pdfium.wasm'), 'dist/pdfium.wasm');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  charset: 'utf8',
  sourcemap: true,
  minify: process.argv.includes('--minify'),
  logLevel: 'warning',
  plugins: [pdfiumCjs],
  // jsonc-parser's `main` is a UMD build whose require() calls esbuild cannot follow
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
};

/** For a browser: no Node built-ins may be reached (the build fails if one is). */
const web = { ...common, platform: 'browser', target: 'es2022', define: { 'process.env.NODE_ENV': '"production"' } };

await Promise.all([
  build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' }),
  build({ ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' }),
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  // the web extension host loads a CommonJS module; the server is a classic worker script
  build({ ...web, entryPoints: ['client/src/browserExtension.ts'], outfile: 'dist/web/extension.js', format: 'cjs', external: ['vscode'] }),
  build({ ...web, entryPoints: ['server/src/lsp/browserMain.ts'], outfile: 'dist/web/server.js', format: 'iife' }),
]);
