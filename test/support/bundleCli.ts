// Bundles the CLI entry as scripts/build.mjs does, for tests that run it as a process (a fresh
// bundle, so that a stale dist/ cannot mislead them).
import { build } from 'esbuild';

export async function bundleCli(outfile: string): Promise<void> {
  await build({
    entryPoints: ['server/src/cli/main.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    charset: 'utf8',
    logLevel: 'error',
    alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
  });
}
