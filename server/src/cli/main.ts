// Entry of `govreport` (bundled to dist/cli.js, started by bin/govreport.js). The same bundle
// checks files in worker threads for --jobs.
import { buffer } from 'node:stream/consumers';
import { isMainThread } from 'node:worker_threads';
import { analyze } from '../core/analyze';
import { rawArgs } from './argv';
import { serveChecks } from './checkFiles';
import { run } from './run';

if (isMainThread) main();
else serveChecks();

function main(): void {
  // `govreport check … | head` closes the pipe early: stop quietly instead of crashing.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    process.exit(process.exitCode ?? 0);
  });

  const io = { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd(), readStdin: () => buffer(process.stdin) };
  run(rawArgs(process.argv.slice(2)), io, analyze, __filename).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`govreport: 内部错误 (internal error): ${err instanceof Error ? err.stack : String(err)}\n`);
      process.exitCode = 2;
    },
  );
}
