// npm run test:vscode: the extension's checks (test/vscode/suite.ts) in a desktop VS Code that
// @vscode/test-electron downloads, for a computer that can reach VS Code's download site. Machines
// that reach only the npm registry and Debian (CI among them) run the same expectations in
// code-server instead: npm run test:e2e.
//
// The extension is loaded from this folder (--extensionDevelopmentPath: `npm run build` first, as
// the npm script does) into a fresh user-data and extensions folder, with a fresh copy of the
// workspace (seed 000 and the synthetic 2019 report).
//
// Environment: GOVREPORT_VSCODE_VERSION (default stable; 1.100.0 is the oldest the extension
// supports), GOVREPORT_VSCODE_CACHE (where the downloaded VS Code is kept; default
// test-output/vscode-test).
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { build } from 'esbuild';
import { SAMPLE_NAME, SAMPLE_PATH, SEED_NAME, SEED_PATH } from '../e2e/expected';

const REPO = resolve(__dirname, '..', '..');
const VERSION = process.env.GOVREPORT_VSCODE_VERSION || 'stable';
const CACHE = resolve(process.env.GOVREPORT_VSCODE_CACHE || join(REPO, 'test-output', 'vscode-test'));

async function main(): Promise<number> {
  if (!existsSync(join(REPO, 'dist', 'extension.js'))) {
    console.error('dist/extension.js is missing: run npm run build first (npm run test:vscode does)');
    return 1;
  }
  const run = mkdtempSync(join(tmpdir(), 'govreport-vscode-'));
  try {
    const suite = join(run, 'suite.js');
    await build({
      entryPoints: [join(__dirname, 'suite.ts')],
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      external: ['vscode'],
      outfile: suite,
      logLevel: 'warning',
    });

    const workspace = join(run, 'reports');
    mkdirSync(workspace);
    copyFileSync(join(REPO, ...SEED_PATH), join(workspace, SEED_NAME));
    copyFileSync(join(REPO, ...SAMPLE_PATH), join(workspace, SAMPLE_NAME));
    const userData = join(run, 'user-data');
    mkdirSync(join(userData, 'User'), { recursive: true });
    writeFileSync(
      join(userData, 'User', 'settings.json'),
      JSON.stringify({
        'security.workspace.trust.enabled': false,
        'workbench.startupEditor': 'none',
        'telemetry.telemetryLevel': 'off',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'files.autoSave': 'off',
        'git.enabled': false,
        // the editor runs in English (--locale=en); the shared expectations are the Chinese messages
        'govreport.language': 'zh-CN',
      }),
    );

    let vscodeExecutablePath: string;
    try {
      vscodeExecutablePath = await downloadAndUnzipVSCode({ version: VERSION, cachePath: CACHE });
    } catch (error) {
      console.error(
        `npm run test:vscode could not download VS Code ${VERSION} into ${CACHE}: ${(error as Error).message ?? error}\n` +
          "It needs a computer that can reach VS Code's download site. Without one, run the same checks in " +
          'code-server, which installs from the npm registry: npm run test:e2e',
      );
      return 1;
    }
    await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: REPO,
      extensionTestsPath: suite,
      launchArgs: [
        workspace,
        '--disable-extensions', // every extension but the one under test
        `--user-data-dir=${userData}`,
        `--extensions-dir=${join(run, 'extensions')}`,
        '--locale=en',
      ],
    });
    return 0;
  } catch (error) {
    console.error(`npm run test:vscode failed: ${(error as Error).message ?? error}`);
    return 1;
  } finally {
    rmSync(run, { recursive: true, force: true });
  }
}

main().then((code) => {
  process.exitCode = code;
});
