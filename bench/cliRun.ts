// The CLI as users run it: `node dist/cli.js check <dir> --format json [flags] > /dev/null` in a child
// process, timed from spawn to exit. Peak RSS comes from GNU time (`/usr/bin/time -f %M`) when
// it is installed.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';
export const measuresPeak = existsSync(GNU_TIME);

let runs = 0;

/** Resolves to the child's peak RSS in bytes (null without GNU time); exit codes 0 and 1 (errors found) are success. */
function check(cli: string, dir: string, flags: readonly string[]): Promise<number | null> {
  const statsFile = join(tmpdir(), `govreport-bench-time-${process.pid}-${runs++}`);
  const command = [process.execPath, cli, 'check', dir, '--format', 'json', ...flags];
  const [file, ...args] = measuresPeak ? [GNU_TIME, '-f', '%M', '-o', statsFile, ...command] : command;
  const child = spawn(file, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0 && code !== 1) return reject(new Error(`CLI on ${dir} exited with ${code}:\n${stderr.slice(-2000)}`));
      if (!measuresPeak) return resolve(null);
      // GNU time writes "Command exited with non-zero status 1" before the figure.
      const kB = Number(readFileSync(statsFile, 'utf8').trim().split('\n').at(-1));
      rmSync(statsFile);
      resolve(kB * 1024);
    });
  });
}

/** The CLI over `dir` with `flags`: wall-clock seconds from spawn to exit, and its peak RSS. */
export async function timeCli(cli: string, dir: string, flags: readonly string[]): Promise<{ seconds: number; peakRss: number | null }> {
  const started = performance.now();
  const peakRss = await check(cli, dir, flags);
  return { seconds: (performance.now() - started) / 1000, peakRss };
}
