// End-to-end test of the packaged extension in a real VS Code: code-server 4.100.3 (VS Code 1.100.3)
// from the npm registry, driven through Debian's Chromium by playwright-core (the recipe is
// ../shared/docs/vscode-offline-e2e.md). It packages the .vsix, installs it with
// `--install-extension` into a fresh extensions folder, opens a fresh copy of a workspace holding
// seed 000, the two bundled synthetic reports and a report as a PDF, and checks what a user sees: the Problems panel,
// the hover (on a total and on a part of it), the quick fix, the Outline view, the status bar (counts,
// a click filtering Problems to the file, "passed" on a clean report), "disable for this line" and
// the workspace check (a report never opened gets its findings in Problems), a PDF checked from the
// explorer (its extracted text, its error with its page). Each step saves a
// screenshot under test-output/e2e/; a failed step says which screenshot shows it.
//
//   npm run test:e2e           installs what is missing (scripts/e2e-setup.sh), then runs this file
//   node --import tsx test/e2e/vscode.e2e.ts
//
// Environment: GOVREPORT_E2E_CACHE (where scripts/e2e-setup.sh put code-server; default
// /var/cache/govreport-e2e), GOVREPORT_E2E_WORK (the per-run folders; default $CACHE/runs),
// GOVREPORT_VSIX (test this .vsix instead of packaging one), GOVREPORT_E2E_TIMEOUT (seconds, default
// 480; then everything is stopped and the run fails), GOVREPORT_E2E_KEEP=1 (keep the run's folder),
// GOVREPORT_E2E_README_SCREENSHOT=docs/screenshot-editor.png (also write the README's picture, from
// a smaller window).
//
// It is a plain script, not a node:test file (scripts/run-tests.mjs skips test/e2e): it exits
// non-zero on any failure and closes with `e2e: N passed, N failed`.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, copyFileSync, cpSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import {
  ARITHMETIC,
  CHECK_PDF_TITLE,
  CHECK_WORKSPACE_TITLE,
  RESTART_TITLE,
  DISABLE_LINE_TITLE,
  DISABLE_LINE_DIRECTIVE,
  CLOSED_ERROR_LINE,
  CLOSED_NAME,
  CLOSED_PATH,
  FIX_TITLE,
  HOVER_HEADING,
  PART,
  PDF_ERROR,
  PDF_NAME,
  PDF_SECTION,
  PDF_PATH,
  PASSED_TEXT,
  RULE,
  SAMPLE_ERRORS,
  SAMPLE_ERROR_LINE,
  SAMPLE_NAME,
  SAMPLE_PATH,
  SECTIONS,
  SEED_ERRORS,
  SEED_FIRST_WORDS,
  SEED_NAME,
  SEED_PATH,
  SOURCE,
  TABLE_SYMBOL,
  TOTAL,
  TOTAL_MESSAGE,
  WORKSPACE_CHECKED,
  statusBarText,
} from './expected';

// ---------------------------------------------------------------------------------------------------
// Paths, limits and the environment of everything this test starts

const CODE_SERVER_VERSION = '4.100.3';
const REPO = resolve(__dirname, '..', '..');
const CACHE = process.env.GOVREPORT_E2E_CACHE || '/var/cache/govreport-e2e';
const CODE_SERVER = join(CACHE, `code-server-${CODE_SERVER_VERSION}`, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const CHROMIUM = '/usr/bin/chromium';
const OUT = join(REPO, 'test-output', 'e2e');
const WORK = process.env.GOVREPORT_E2E_WORK || join(CACHE, 'runs');
// Short on purpose: VS Code puts its IPC sockets in TMPDIR, and a socket path has at most 107 bytes.
const RUN = join(WORK, `run-${process.pid}`);
const TIMEOUT_S = Number(process.env.GOVREPORT_E2E_TIMEOUT || 480);
const README_SCREENSHOT = process.env.GOVREPORT_E2E_README_SCREENSHOT ? resolve(process.env.GOVREPORT_E2E_README_SCREENSHOT) : undefined;
// The README's picture comes from a smaller window, which keeps the file small.
const VIEWPORT = README_SCREENSHOT ? { width: 1120, height: 720 } : { width: 1400, height: 900 };
const WAIT = 30_000; // one wait for content in the page
const ACTIVATION_WAIT = 90_000; // the first diagnostics after a cold start

const dirs = {
  tmp: join(RUN, 'tmp'),
  userData: join(RUN, 'user-data'),
  extensions: join(RUN, 'extensions'),
  workspace: join(RUN, 'reports'),
};
// code-server, VS Code and Chromium write into the run's folder instead of $HOME and /tmp.
const childEnv: NodeJS.ProcessEnv = {
  ...process.env,
  XDG_CONFIG_HOME: join(RUN, 'xdg', 'config'),
  XDG_DATA_HOME: join(RUN, 'xdg', 'data'),
  XDG_CACHE_HOME: join(RUN, 'xdg', 'cache'),
  XDG_STATE_HOME: join(RUN, 'xdg', 'state'),
  TMPDIR: dirs.tmp,
  npm_config_logs_dir: join(RUN, 'npm-logs'),
  npm_config_update_notifier: 'false',
};

const SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  // VS Code for the web saves after a delay by default: the quick fix would rewrite the fixture.
  'files.autoSave': 'off',
  // The hover opens below the line, where it has room above the Problems panel.
  'editor.hover.above': false,
  'git.enabled': false,
  // the editor runs in English (--locale en); the expectations (expected.ts) are the Chinese messages
  'govreport.language': 'zh-CN',
  ...(README_SCREENSHOT ? { 'editor.minimap.enabled': false } : {}),
};

// ---------------------------------------------------------------------------------------------------
// Steps: each is reported with its time and a screenshot; a failure names its screenshot

const started = Date.now();
const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(1);
const results: { name: string; ok: boolean }[] = [];
let currentStep = 'setup';
let page: Page | undefined;
let browser: Browser | undefined;
let server: ChildProcess | undefined;
let aborted = false;

function log(line: string): void {
  process.stdout.write(`[e2e ${seconds(started).padStart(5)} s] ${line}\n`);
}

async function screenshot(name: string): Promise<string | undefined> {
  if (!page) return undefined;
  const path = join(OUT, `${name}.png`);
  try {
    await page.screenshot({ path, timeout: 10_000 });
    return relative(REPO, path);
  } catch {
    return undefined;
  }
}

/** Runs one check. A failure is reported with a screenshot; a `fatal` one skips the steps after it. */
async function step(name: string, shot: string, body: () => Promise<void>, fatal = false): Promise<boolean> {
  if (aborted) {
    results.push({ name, ok: false });
    log(`- ${name}: not run after the failure above`);
    return false;
  }
  currentStep = name;
  const t = Date.now();
  try {
    await body();
    const path = await screenshot(shot);
    results.push({ name, ok: true });
    log(`✓ ${name} (${seconds(t)} s)${path ? ` → ${path}` : ''}`);
    return true;
  } catch (error) {
    const path = await screenshot(`FAILED-${shot}`);
    results.push({ name, ok: false });
    const message = (error as Error).message.replace(/\x1b\[[0-9;]*m/g, ''); // no terminal colours
    log(`✗ ${name} (${seconds(t)} s): ${message.split('\n').slice(0, 8).join('\n    ')}`);
    log(`  screenshot: ${path ?? '(none)'}`);
    if (fatal) aborted = true;
    return false;
  }
}

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

// ---------------------------------------------------------------------------------------------------
// The run's folder: the workspace, the user settings and the installed .vsix, all fresh

function prepare(): void {
  check(existsSync(CODE_SERVER), `code-server is not installed at ${CODE_SERVER}: run scripts/e2e-setup.sh first`);
  check(existsSync(CHROMIUM), `${CHROMIUM} is missing: run scripts/e2e-setup.sh first`);
  // Folders of earlier runs whose process is gone (a run removes its own unless it was killed).
  mkdirSync(WORK, { recursive: true });
  for (const name of readdirSync(WORK)) {
    const pid = Number(/^run-(\d+)$/.exec(name)?.[1]);
    if (pid && pid !== process.pid && !alive(pid)) rmSync(join(WORK, name), { recursive: true, force: true });
  }
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });

  // Fresh copies of the fixtures, so that no run starts from another run's text.
  copyFileSync(join(REPO, ...SEED_PATH), join(dirs.workspace, SEED_NAME));
  copyFileSync(join(REPO, ...SAMPLE_PATH), join(dirs.workspace, SAMPLE_NAME));
  copyFileSync(join(REPO, ...CLOSED_PATH), join(dirs.workspace, CLOSED_NAME));
  copyFileSync(join(REPO, ...PDF_PATH), join(dirs.workspace, PDF_NAME));
  mkdirSync(join(dirs.userData, 'User'), { recursive: true });
  writeFileSync(join(dirs.userData, 'User', 'settings.json'), JSON.stringify(SETTINGS, null, 2));

  let vsix = process.env.GOVREPORT_VSIX;
  if (vsix) {
    vsix = resolve(vsix);
    check(existsSync(vsix), `GOVREPORT_VSIX=${vsix} does not exist`);
  } else {
    vsix = join(RUN, 'govreport.vsix');
    const t = Date.now();
    const packaged = spawnSync('npm', ['run', 'package', '--', '--out', vsix], {
      cwd: REPO,
      env: childEnv,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 180_000,
    });
    check(packaged.status === 0 && existsSync(vsix), `npm run package failed:\n${packaged.stdout}\n${packaged.stderr}`);
    log(`packaged the extension with npm run package (${seconds(t)} s)`);
  }

  const t = Date.now();
  const installed = spawnSync(
    process.execPath,
    [CODE_SERVER, '--extensions-dir', dirs.extensions, '--user-data-dir', dirs.userData, '--install-extension', vsix],
    { env: childEnv, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 },
  );
  check(
    installed.status === 0 && /was successfully installed/.test(installed.stdout),
    `code-server --install-extension failed:\n${installed.stdout}\n${installed.stderr}`,
  );
  log(`installed ${relative(REPO, vsix).startsWith('..') ? basename(vsix) : relative(REPO, vsix)} with code-server --install-extension (${seconds(t)} s)`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// ---------------------------------------------------------------------------------------------------
// code-server, in a process group of its own: stopping the group stops its extension hosts, its
// file watchers and the extension's language server with it

const serverLog = join(RUN, 'code-server.log');

async function startServer(): Promise<string> {
  const out = openSync(serverLog, 'w');
  server = spawn(
    process.execPath,
    [
      CODE_SERVER,
      '--auth', 'none',
      '--bind-addr', '127.0.0.1:0', // a free port: the log says which
      '--extensions-dir', dirs.extensions,
      '--user-data-dir', dirs.userData,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--locale', 'en',
      dirs.workspace,
    ],
    { env: childEnv, stdio: ['ignore', out, out], detached: true },
  );
  closeSync(out);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    check(server.exitCode === null, `code-server exited with ${server.exitCode}:\n${readFileSync(serverLog, 'utf8')}`);
    const listening = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(readFileSync(serverLog, 'utf8'));
    if (listening) {
      const health = await fetch(`${listening[1]}/healthz`).catch(() => undefined);
      if (health?.ok) return listening[1];
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`code-server did not answer within 60 s:\n${readFileSync(serverLog, 'utf8')}`);
}

async function stopServer(): Promise<void> {
  if (!server?.pid) return;
  const group = -server.pid;
  const signal = (s: NodeJS.Signals | 0) => {
    try {
      process.kill(group, s);
      return true;
    } catch {
      return false; // no process left in the group
    }
  };
  if (!signal('SIGTERM')) return;
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (!signal(0)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  log('code-server did not stop within 15 s: killing its process group');
  signal('SIGKILL');
}

/** Processes still running with this run's TMPDIR: everything this test started inherits it. */
function leftovers(): number[] {
  if (!existsSync('/proc/self/environ')) return [];
  const mark = Buffer.from(`\0TMPDIR=${dirs.tmp}\0`);
  const found: number[] = [];
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!pid || pid === process.pid) continue;
    try {
      if (Buffer.concat([Buffer.from('\0'), readFileSync(`/proc/${pid}/environ`)]).includes(mark)) found.push(pid);
    } catch {
      // gone, or not ours to read
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------------
// Helpers in the page (the DOM is reached through globalThis: the project compiles without DOM types)

/**
 * The centre of `part` (by default all of `text`) in the first occurrence of `text` among the
 * editor's rendered lines, measured with a DOM Range (CJK text and digits share one span).
 */
async function textPosition(p: Page, text: string, part = text): Promise<{ x: number; y: number }> {
  const box = await p.evaluate(
    ([needle, piece]: string[]) => {
      const doc = (globalThis as any).document;
      const lines = doc.querySelector('.monaco-editor .view-lines');
      if (!lines) return null;
      const walker = doc.createTreeWalker(lines, 4 /* NodeFilter.SHOW_TEXT */);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node.textContent as string).indexOf(needle);
        if (at < 0) continue;
        const start = at + Math.max(0, needle.indexOf(piece));
        const range = doc.createRange();
        range.setStart(node, start);
        range.setEnd(node, start + piece.length);
        const rect = range.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      return null;
    },
    [text, part],
  );
  check(box, `"${text}" is not among the editor's rendered lines`);
  return box;
}

/** The centre of the wrong total's digits (`7025` in `信息7025条`). */
const totalPosition = (p: Page) => textPosition(p, TOTAL.context, TOTAL.text);

async function waitForEditorText(p: Page, text: string, timeout = WAIT): Promise<void> {
  await p.waitForFunction(
    (needle: string) => ((globalThis as any).document.querySelector('.monaco-editor .view-lines')?.innerText ?? '').replace(/\u00a0/g, ' ').includes(needle),
    text,
    { timeout },
  );
}

/** Waits until the element's finite animations (a hover's fade-in) have finished. */
async function settled(element: Locator): Promise<void> {
  await element.evaluate((el: any) =>
    Promise.all(
      el
        .getAnimations({ subtree: true })
        .filter((a: any) => a.effect?.getComputedTiming().iterations !== Infinity)
        .map((a: any) => a.finished.catch(() => undefined)),
    ),
  );
}

async function openFile(p: Page, name: string, firstWords: string): Promise<void> {
  const folder = p.locator('.pane-header[aria-expanded="false"]', { hasText: basename(dirs.workspace) });
  if (await folder.count()) await folder.first().click();
  const row = p.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();
  await row.waitFor({ timeout: WAIT });
  await row.click();
  await p.locator('.tab.active', { hasText: name }).waitFor({ timeout: WAIT });
  await waitForEditorText(p, firstWords);
}

async function openProblems(p: Page): Promise<void> {
  const panel = p.locator('.markers-panel');
  if (!(await panel.isVisible())) await p.keyboard.press('Control+Shift+M');
  await panel.waitFor({ timeout: WAIT });
}

/** Runs a command from the palette by its title as listed. */
async function runCommand(p: Page, title: string): Promise<void> {
  await p.keyboard.press('Escape');
  await p.keyboard.press('F1');
  const input = p.locator('.quick-input-widget input').first();
  await input.waitFor({ timeout: WAIT });
  await input.fill(`>${title}`);
  await p.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: WAIT });
  await p.keyboard.press('Enter');
}

const problemsFilter = (p: Page) => p.locator('.markers-panel-action-filter input, .viewpane-filter input').first();

const problemRow = (p: Page, text: string | RegExp) => p.locator('.markers-panel .monaco-list-row', { hasText: text });

/** Waits until the Outline view (open) has shown every name: it renders only the rows in view, so it is scrolled. */
async function outlineShows(p: Page, names: readonly string[]): Promise<void> {
  const pane = p.locator('.outline-pane');
  await pane.locator('.monaco-list-row').first().waitFor({ timeout: WAIT });
  const missing = new Set(names);
  const deadline = Date.now() + WAIT;
  while (missing.size > 0 && Date.now() < deadline) {
    const labels = await pane.locator('.monaco-list-row').allInnerTexts();
    for (const name of missing) if (labels.some((label) => label.includes(name))) missing.delete(name);
    if (missing.size === 0) break;
    const box = await pane.boundingBox();
    if (box) {
      await p.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await p.mouse.wheel(0, 100);
    }
    await p.waitForTimeout(100);
  }
  check(missing.size === 0, `the Outline view does not show ${[...missing].join(', ')}`);
}

async function statusBarShows(p: Page, errors: number): Promise<void> {
  await p.locator('.statusbar-item', { hasText: statusBarText(errors) }).first().waitFor({ timeout: WAIT });
}

// ---------------------------------------------------------------------------------------------------
// The test

async function main(): Promise<void> {
  log(`code-server ${CODE_SERVER_VERSION} in ${CACHE}; this run's folder is ${RUN}`);
  rmSync(RUN, { recursive: true, force: true });
  mkdirSync(dirs.tmp, { recursive: true });
  process.env.TMPDIR = dirs.tmp; // playwright's Chromium profile goes to os.tmpdir()
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });

  let url = '';
  await step('package the extension, install the .vsix and start code-server', '00-started', async () => {
    prepare();
    url = await startServer();
    log(`code-server is listening on ${url}`);
  }, true);

  await step('open the workspace in Chromium', '00-workbench', async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      env: childEnv,
      // Our own handlers close the browser and stop code-server (playwright's would exit at once).
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
    page = await browser.newPage({ viewport: VIEWPORT, locale: 'en-US' });
    page.setDefaultTimeout(WAIT);
    await page.goto(`${url}/?folder=${encodeURIComponent(dirs.workspace)}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: SEED_NAME }).waitFor({ timeout: 60_000 });
  }, true);
  const p = () => page!;

  await step('open seed 000: the extension activates and underlines an error', '01-seed-opened', async () => {
    await openFile(p(), SEED_NAME, SEED_FIRST_WORDS);
    await p().locator('.monaco-editor .squiggly-error').first().waitFor({ state: 'attached', timeout: ACTIVATION_WAIT });
  }, true);

  await step(`the Problems panel lists the ${TOTAL.text} total mismatch with its Chinese message`, '02-problems', async () => {
    await openProblems(p());
    const row = problemRow(p(), TOTAL_MESSAGE).first();
    await row.waitFor({ timeout: WAIT });
    const source = await row.locator('.marker-source').innerText();
    const code = await row.locator('.marker-code').innerText();
    const where = await row.locator('.marker-line').innerText();
    check(source.includes(SOURCE), `its source is "${source}", not ${SOURCE}`);
    check(code.includes(RULE), `its code is "${code}", not ${RULE}`);
    check(where.includes(`Ln ${TOTAL.line}, Col ${TOTAL.column}`), `it is at "${where}", not Ln ${TOTAL.line}, Col ${TOTAL.column}`);
    check(await row.locator('.codicon-error').count(), 'it is not marked as an error');
  });

  await step(`the status bar shows seed 000's error count (${SEED_ERRORS})`, '03-status-bar', async () => {
    await statusBarShows(p(), SEED_ERRORS);
  });

  await step(`hovering ${PART.text}, a part of the ${TOTAL.text} sum, shows the same computation`, '04-hover-part', async () => {
    const at = await textPosition(p(), PART.context, PART.text);
    await p().mouse.move(at.x - 200, at.y + 200);
    await p().mouse.move(at.x, at.y, { steps: 4 });
    const hover = p().locator('.monaco-hover', { hasText: HOVER_HEADING }).first();
    await hover.waitFor({ state: 'visible', timeout: WAIT });
    const text = (await hover.innerText()).replace(/\s+/g, ' ');
    check(text.includes(ARITHMETIC), `the hover on ${PART.text} does not show ${ARITHMETIC}: ${text}`);
    check(!text.includes(TOTAL_MESSAGE), `the hover on ${PART.text} shows the diagnostic of ${TOTAL.text}: ${text}`);
    await settled(hover);
    await screenshot('04-hover-part-shown');
    await p().keyboard.press('Escape');
    await p().mouse.move(5, VIEWPORT.height - 40);
    await hover.waitFor({ state: 'hidden', timeout: WAIT });
  });

  await step(`hovering ${TOTAL.text} shows the diagnostic and the arithmetic`, '05-hover-arithmetic', async () => {
    const at = await totalPosition(p());
    await p().mouse.move(at.x - 200, at.y + 200);
    await p().mouse.move(at.x, at.y, { steps: 4 });
    const hover = p().locator('.monaco-hover', { hasText: HOVER_HEADING }).first();
    await hover.waitFor({ state: 'visible', timeout: WAIT });
    const text = (await hover.innerText()).replace(/\s+/g, ' ');
    check(text.includes(TOTAL_MESSAGE), `the hover does not show the diagnostic's message: ${text}`);
    await settled(hover);
    await screenshot('04-hover-diagnostic');
    // The extension's explanation follows the diagnostic: scroll it into the hover's view.
    const arithmetic = hover.locator('.hover-contents', { hasText: HOVER_HEADING }).last();
    await arithmetic.scrollIntoViewIfNeeded();
    const explained = (await arithmetic.innerText()).replace(/\s+/g, ' ');
    check(explained.includes(ARITHMETIC), `the hover does not show ${ARITHMETIC}: ${explained}`);
    const [hoverBox, partBox] = [await hover.boundingBox(), await arithmetic.boundingBox()];
    check(hoverBox && partBox && partBox.y >= hoverBox.y - 1 && partBox.y < hoverBox.y + hoverBox.height, 'the arithmetic is not in the hover\'s view');

    if (README_SCREENSHOT) {
      // The README's picture: the diagnostics in the editor, the Problems panel and the status bar,
      // and the hover below line 12, which is scrolled to the top of the editor to make room.
      await p().keyboard.press('Escape');
      await p().mouse.move(5, VIEWPORT.height - 40);
      await hover.waitFor({ state: 'hidden', timeout: WAIT });
      const editor = await p().locator('.monaco-editor .view-lines').first().boundingBox();
      const lineHeight = (await p().locator('.monaco-editor .view-line').first().boundingBox())?.height;
      check(editor && lineHeight, 'the editor has no box');
      await p().keyboard.press('Control+1'); // the keyboard to the editor
      for (let i = 0; i < 20 && (await textPosition(p(), TOTAL.context)).y > editor.y + 3 * lineHeight; i++) {
        await p().keyboard.press('Control+ArrowDown'); // scrolls by one line
      }
      const again = await totalPosition(p());
      await p().mouse.move(again.x, again.y, { steps: 4 });
      await hover.waitFor({ state: 'visible', timeout: WAIT });
      await settled(hover);
      await p().screenshot({ path: README_SCREENSHOT });
      log(`README screenshot → ${relative(REPO, README_SCREENSHOT)}`);
    }
  });

  await step('the Outline view shows the sections and the statistical table', '06-outline', async () => {
    await p().keyboard.press('Escape');
    await p().mouse.move(5, VIEWPORT.height - 40);
    // Room for the outline: collapse the folder's file list and expand the Outline view.
    const folder = p().locator('.pane-header[aria-expanded="true"]', { hasText: basename(dirs.workspace) });
    if (await folder.count()) await folder.first().click();
    const header = p().locator('.pane-header', { hasText: /outline/i }).first();
    await header.waitFor({ timeout: WAIT });
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    await outlineShows(p(), [...SECTIONS, TABLE_SYMBOL]);
  });

  await step(`the quick fix "${FIX_TITLE}" changes the text to ${TOTAL.fixed} and the diagnostic disappears`, '08-quick-fix-applied', async () => {
    await openProblems(p());
    const at = await totalPosition(p());
    await p().mouse.click(at.x, at.y); // the caret on the total
    await p().keyboard.press('Escape');
    await p().keyboard.press('Control+.');
    const items = p().locator('.action-widget .monaco-list-row.action');
    const item = items.filter({ hasText: FIX_TITLE }).first();
    await item.waitFor({ timeout: WAIT });
    // VS Code lists the preferred fix first.
    const first = (await items.first().innerText()).trim();
    check(first.includes(FIX_TITLE), `the first quick fix is "${first}", not the preferred "${FIX_TITLE}"`);
    await screenshot('07-quick-fix-menu');
    const box = await item.boundingBox();
    check(box, 'the quick fix has no box');
    await p().mouse.click(box.x + box.width / 2, box.y + box.height / 2); // locator.click() times out on this menu
    await waitForEditorText(p(), TOTAL.fixedContext);
    await p().waitForFunction(
      (old: string) => !((globalThis as any).document.querySelector('.monaco-editor .view-lines')?.innerText ?? '').includes(old),
      TOTAL.context,
      { timeout: WAIT },
    );
    await problemRow(p(), TOTAL_MESSAGE).first().waitFor({ state: 'detached', timeout: WAIT });
    await statusBarShows(p(), SEED_ERRORS - 1);
    // files.autoSave is off: the fix is in the editor only, the file on disk keeps the old total.
    check(readFileSync(join(dirs.workspace, SEED_NAME), 'utf8').includes(TOTAL.context), 'the fix was saved to disk');
  });

  await step(`the workspace check puts the error of ${CLOSED_NAME}, never opened, in the Problems panel`, '09-workspace-check', async () => {
    await runCommand(p(), CHECK_WORKSPACE_TITLE);
    await p().locator('.notifications-toasts', { hasText: WORKSPACE_CHECKED }).first().waitFor({ timeout: WAIT });
    await openProblems(p());
    // This file's problems only: the list renders only the rows in view, and seed 000's come first.
    await problemsFilter(p()).fill(CLOSED_NAME);
    await problemRow(p(), RULE).filter({ hasText: `Ln ${CLOSED_ERROR_LINE},` }).first().waitFor({ timeout: WAIT });
    check((await p().locator('.tab', { hasText: CLOSED_NAME }).count()) === 0, `${CLOSED_NAME} was opened in an editor`);
  });

  await step('a click on the status bar item shows the Problems panel filtered to the active file', '10-status-click', async () => {
    // the closed report's rows are in view (the filter text above) until the panel shows the active file only
    await problemRow(p(), CLOSED_NAME).first().waitFor({ timeout: WAIT });
    await p().locator('.statusbar-item', { hasText: statusBarText(SEED_ERRORS - 1) }).first().click();
    await problemRow(p(), CLOSED_NAME).first().waitFor({ state: 'detached', timeout: WAIT });
    await problemsFilter(p()).fill(SEED_NAME);
    await problemRow(p(), SEED_NAME).first().waitFor({ timeout: WAIT });
  });

  await step(`the synthetic 2019 report: its ${RULE} error at line ${SAMPLE_ERROR_LINE} and its count in the status bar`, '11-synthetic', async () => {
    await openFile(p(), SAMPLE_NAME, '');
    await statusBarShows(p(), SAMPLE_ERRORS);
    await openProblems(p());
    // This file's problems only: the list renders only the rows in view, and seed 000's come first.
    await problemsFilter(p()).fill(SAMPLE_NAME);
    await problemRow(p(), RULE).filter({ hasText: `Ln ${SAMPLE_ERROR_LINE},` }).first().waitFor({ timeout: WAIT });
    check((await problemRow(p(), SEED_NAME).count()) === 0, 'the filtered Problems panel still lists seed 000');
  });

  await step('fixed, the synthetic report is clean: the status bar says it passed, with its template', '12-passed', async () => {
    const row = problemRow(p(), RULE).filter({ hasText: `Ln ${SAMPLE_ERROR_LINE},` }).first();
    await row.click(); // the caret to the error
    await p().keyboard.press('Control+1');
    await p().keyboard.press('Control+.');
    const first = p().locator('.action-widget .monaco-list-row.action').first();
    await first.waitFor({ timeout: WAIT });
    const box = await first.boundingBox();
    check(box, 'the quick fix has no box');
    await p().mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await p().locator('.statusbar-item', { hasText: PASSED_TEXT }).first().waitFor({ timeout: WAIT });
  });

  await step('after "Restart the Language Server" the new server checks the edits (the fix undone: 1 error again)', '13-restarted', async () => {
    await runCommand(p(), RESTART_TITLE);
    await p().locator('.monaco-editor .view-lines').first().click();
    await p().keyboard.press('Control+z');
    await statusBarShows(p(), SAMPLE_ERRORS);
  });

  await step(`the rule link ${RULE} in the Problems panel opens the bundled rule page in the Markdown preview`, '14-rule-page', async () => {
    await openProblems(p());
    const link = problemRow(p(), RULE).filter({ hasText: `Ln ${SAMPLE_ERROR_LINE},` }).first().locator('a.monaco-link', { hasText: RULE });
    await link.waitFor({ timeout: WAIT });
    await link.click();
    await p().locator('.tab.active', { hasText: `${RULE}.md` }).waitFor({ timeout: WAIT });
    const tab = (await p().locator('.tab.active').innerText()).trim();
    check(/preview/i.test(tab), `the rule page opened as "${tab}", not in the Markdown preview`);
    // the preview renders the page in a webview (an iframe in an iframe): its first heading is the rule's
    const page = p().frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    await page.locator('h1', { hasText: RULE }).first().waitFor({ timeout: WAIT });
  });

  await step(`"disable for this line" writes ${DISABLE_LINE_DIRECTIVE} above line ${SAMPLE_ERROR_LINE}: its error goes, the report passes`, '15-disable-line', async () => {
    await openFile(p(), SAMPLE_NAME, '');
    await openProblems(p());
    await problemsFilter(p()).fill(SAMPLE_NAME);
    await problemRow(p(), RULE).filter({ hasText: `Ln ${SAMPLE_ERROR_LINE},` }).first().click(); // the caret to the error
    await p().keyboard.press('Control+1');
    await p().keyboard.press('Control+.');
    const item = p().locator('.action-widget .monaco-list-row.action').filter({ hasText: DISABLE_LINE_TITLE }).first();
    await item.waitFor({ timeout: WAIT });
    const box = await item.boundingBox();
    check(box, 'the disable-line action has no box');
    await p().mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await waitForEditorText(p(), DISABLE_LINE_DIRECTIVE);
    await p().locator('.statusbar-item', { hasText: PASSED_TEXT }).first().waitFor({ timeout: WAIT });
    await problemRow(p(), RULE).filter({ hasText: `Ln ${SAMPLE_ERROR_LINE + 1},` }).first().waitFor({ state: 'detached', timeout: WAIT });
  });

  await step(`"${CHECK_PDF_TITLE}" on ${PDF_NAME} in the explorer: its extracted text opens with its outline, its error in Problems names page 2`, '16-pdf', async () => {
    const row = p().locator('.explorer-folders-view .monaco-list-row', { hasText: PDF_NAME }).first();
    await row.waitFor({ timeout: WAIT });
    await row.click({ button: 'right' });
    const item = p().locator('.monaco-menu .action-item', { hasText: CHECK_PDF_TITLE }).first();
    await item.waitFor({ timeout: WAIT });
    // the menu ignores a click too soon after it opened (the right button's release): click until it closes
    for (let tries = 0; tries < 5 && (await item.isVisible()); tries++) {
      await item.click().catch(() => undefined);
      await p().waitForTimeout(200);
    }
    // only this command opens the extracted text (the workspace check reads the PDF without a view)
    await p().locator('.tab.active', { hasText: `${PDF_NAME}.txt` }).waitFor({ timeout: WAIT });
    await waitForEditorText(p(), '行政复议');
    await openProblems(p());
    await problemsFilter(p()).fill(PDF_NAME);
    await problemRow(p(), PDF_ERROR).first().waitFor({ timeout: WAIT });
    // the view has an outline too (the Outline view is open since step 06), with a heading the text reports lack
    await outlineShows(p(), [PDF_SECTION]);
  });
}

// ---------------------------------------------------------------------------------------------------
// Within a time limit, and always stopping what it started

async function cleanUp(): Promise<void> {
  if (browser) await within(15_000, browser.close().catch(() => undefined));
  await stopServer();
  // Nothing this run started may outlive it.
  let left = leftovers();
  for (const deadline = Date.now() + 10_000; left.length > 0 && Date.now() < deadline; left = leftovers()) {
    await new Promise((r) => setTimeout(r, 250));
  }
  if (left.length > 0) {
    log(`✗ still running after the run: ${left.join(', ')}; killing them`);
    for (const pid of left) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }
  results.push({ name: 'nothing left running', ok: left.length === 0 });
  // The logs stay with the screenshots; the run's folder goes.
  try {
    const logs = join(OUT, 'logs');
    mkdirSync(logs, { recursive: true });
    if (existsSync(serverLog)) copyFileSync(serverLog, join(logs, 'code-server.log'));
    const vscodeLogs = join(dirs.userData, 'logs');
    if (existsSync(vscodeLogs)) cpSync(vscodeLogs, join(logs, 'vscode'), { recursive: true });
  } catch (error) {
    log(`could not keep the logs: ${(error as Error).message}`);
  }
  if (!process.env.GOVREPORT_E2E_KEEP) rmSync(RUN, { recursive: true, force: true });
}

/** The promise's value, or undefined once `ms` have passed. */
async function within<T>(ms: number, promise: Promise<T>): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((r) => (timer = setTimeout(() => r(undefined), ms)));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function summary(): number {
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  log(`done in ${seconds(started)} s; screenshots and logs in ${relative(REPO, OUT)}/`);
  process.stdout.write(`e2e: ${passed} passed, ${failed} failed\n`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

/** Stops everything, prints the closing line and exits; the first caller decides, later ones wait. */
let finishing: Promise<void> | undefined;
function finish(failure?: string): Promise<void> {
  finishing ??= (async () => {
    if (failure) {
      aborted = true;
      results.push({ name: failure, ok: false });
    }
    await cleanUp();
    const code = summary();
    process.exit(failure ? 1 : code);
  })();
  return finishing;
}

const deadline = setTimeout(async () => {
  log(`✗ timed out after ${TIMEOUT_S} s in "${currentStep}"`);
  const path = await within(10_000, screenshot('FAILED-timeout'));
  log(`  screenshot: ${path ?? '(none)'}`);
  await finish(`finish within ${TIMEOUT_S} s`);
}, TIMEOUT_S * 1000);

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    log(`✗ interrupted by ${signal} in "${currentStep}"`);
    void finish(`not interrupted (${signal})`);
  });
}

main()
  .catch((error) => {
    results.push({ name: currentStep, ok: false });
    log(`✗ ${currentStep}: ${(error as Error).stack}`);
  })
  .finally(() => {
    clearTimeout(deadline);
    void finish();
  });
