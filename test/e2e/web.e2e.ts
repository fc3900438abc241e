// The web extension in a real VS Code for the web: code-server 4.100.3 (VS Code 1.100.3, installed by
// scripts/e2e-setup.sh) with the extension unpacked WITHOUT its `main` entry, so that VS Code can only
// run it from `browser` in the web worker extension host inside Chromium: the client of
// dist/web/extension.js starts dist/web/server.js as a Web Worker. The editor runs in English; the
// test opens the bundled sample and waits for its finding in the Problems panel, in English.
//
//   npm run test:web      (builds, installs what is missing with scripts/e2e-setup.sh, runs this file;
//                          exits non-zero on failure)
//
// Environment: GOVREPORT_E2E_CACHE as for vscode.e2e.ts; the run's folder is removed at the end.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const REPO = resolve(__dirname, '..', '..');
const CACHE = process.env.GOVREPORT_E2E_CACHE || '/var/cache/govreport-e2e';
const CODE_SERVER = join(CACHE, 'code-server-4.100.3', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const RUN = join(CACHE, 'runs', `web-${process.pid}`);
const EXPECTED = 'Total 464 ≠ 177+81+24+192 = 474 (off by 10)';
const env = {
  ...process.env,
  ...Object.fromEntries(['CONFIG', 'DATA', 'CACHE', 'STATE'].map((kind) => [`XDG_${kind}_HOME`, join(RUN, 'xdg', kind.toLowerCase())])),
  TMPDIR: join(RUN, 'tmp'),
};

/** The extension as a web-only extension: the manifest without `main`, the web bundles and static files. */
function unpackWebExtension(into: string): void {
  const manifest = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
  delete manifest.main;
  mkdirSync(join(into, 'dist'), { recursive: true });
  writeFileSync(join(into, 'package.json'), JSON.stringify(manifest));
  for (const path of ['dist/web', 'package.nls.json', 'package.nls.zh-cn.json', 'syntaxes', 'language-configuration.json', 'docs/rules']) {
    cpSync(join(REPO, path), join(into, path), { recursive: true });
  }
}

const consoleLines: string[] = [];
let failed = async () => {};

async function main(): Promise<void> {
  for (const dir of ['tmp', 'workspace', 'user-data/User', 'extensions']) mkdirSync(join(RUN, dir), { recursive: true });
  unpackWebExtension(join(RUN, 'extensions', 'govreport.govreport-0.1.0'));
  cpSync(join(REPO, 'samples', 'synthetic-pre2019.txt'), join(RUN, 'workspace', 'sample.txt'));
  writeFileSync(join(RUN, 'user-data', 'User', 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false, 'files.autoSave': 'off', 'git.enabled': false,
  }));
  let server: ChildProcess | undefined;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    env,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    server = spawn(process.execPath, [
      CODE_SERVER, '--auth', 'none', '--bind-addr', '127.0.0.1:0', '--extensions-dir', join(RUN, 'extensions'),
      '--user-data-dir', join(RUN, 'user-data'), '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
      '--locale', 'en', join(RUN, 'workspace'),
    ], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    server.stdout!.on('data', (chunk) => (output += chunk));
    server.stderr!.on('data', (chunk) => (output += chunk));
    const url = await new Promise<string>((resolveUrl, reject) => {
      const timer = setTimeout(() => reject(new Error(`code-server did not start:\n${output}`)), 60_000);
      const poll = setInterval(() => {
        const listening = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
        if (listening) {
          clearInterval(poll);
          clearTimeout(timer);
          resolveUrl(listening[1]);
        }
      }, 100);
    });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('console', (message) => consoleLines.push(message.text()));
    page.on('pageerror', (error) => consoleLines.push(`page error: ${error.message}`));
    failed = () => page.screenshot({ path: join(REPO, 'test-output', 'web-e2e-failed.png') }).then(() => undefined, () => undefined);
    await page.goto(`${url}/?folder=${join(RUN, 'workspace')}`);
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'sample.txt' }).first().click({ timeout: 60_000 });
    await page.locator('.monaco-editor .squiggly-error').first().waitFor({ state: 'attached', timeout: 90_000 });
    await page.keyboard.press('Control+Shift+M');
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: EXPECTED });
    await row.first().waitFor({ timeout: 30_000 });
    mkdirSync(join(REPO, 'test-output'), { recursive: true });
    await page.screenshot({ path: join(REPO, 'test-output', 'web-e2e.png') });
    process.stdout.write(`web e2e: passed: "${EXPECTED}" in the Problems panel, from the web worker extension host (screenshot test-output/web-e2e.png)\n`);
  } catch (error) {
    await failed();
    process.stderr.write(`browser console:\n${consoleLines.join('\n')}\n`);
    throw error;
  } finally {
    await browser.close();
    if (server?.pid) process.kill(-server.pid, 'SIGTERM');
    await new Promise((r) => setTimeout(r, 2000));
    rmSync(RUN, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`web e2e: failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
