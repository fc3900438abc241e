// The CLI as a function: argv and streams in, exit code out (main.ts wires it to the process).
import { availableParallelism } from 'node:os';
import { version } from '../../../package.json';
import { analyze } from '../core/analyze';
import { HELP, PARALLEL_FROM_FILES, USAGE, UsageError, parseCommand, type CheckCommand, type Command, type Format } from './args';
import { checkInOrder, checkInWorkers, type Analyzer } from './checkFiles';
import { discover } from './discover';
import type { FsPath } from './fsPath';
import { formatRules } from './formatRules';
import { jsonFormatter } from './formatJson';
import { sarifFormatter } from './formatSarif';
import { shouldColor, textFormatter } from './formatText';
import { createProgress, type Progress } from './progress';
import { exitCodeOf, tally, type Formatter, type Totals } from './results';

export type { Analyzer } from './checkFiles';

export interface OutStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export interface Io {
  stdout: OutStream;
  stderr: OutStream;
  env: Readonly<Record<string, string | undefined>>;
  /** Relative paths are resolved against this directory (and stay relative in the output). */
  cwd: string;
}

/**
 * `argv`: arguments that are not valid UTF-8 as their raw bytes (see argv.ts).
 * `workerScript`: a file that calls serveChecks() in a worker thread (the CLI bundle itself). With it,
 * --jobs N > 1 checks files in N workers, which always run the core's `analyze`; without it, files
 * are checked one after another in this thread with `analyzer`.
 */
export async function run(argv: readonly FsPath[], io: Io, analyzer: Analyzer = analyze, workerScript?: string): Promise<number> {
  let command: Command;
  try {
    command = parseCommand(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr.write(`govreport: ${err.message}\n\n${USAGE}`);
    return 2;
  }
  switch (command.kind) {
    case 'help':
      io.stdout.write(HELP);
      return 0;
    case 'version':
      io.stdout.write(`${version}\n`);
      return 0;
    case 'rules':
      io.stdout.write(formatRules(command.format));
      return 0;
    case 'check':
      return check(command, io, analyzer, workerScript);
  }
}

async function check(command: CheckCommand, io: Io, analyzer: Analyzer, workerScript: string | undefined): Promise<number> {
  let progress: Progress | undefined;
  const warn = (message: string) => {
    progress?.clear();
    io.stderr.write(`govreport: ${message}\n`);
  };
  const out = (chunk: string) => {
    if (!chunk) return;
    progress?.clear();
    io.stdout.write(chunk);
  };

  const { targets, unmatched } = await discover(command.paths, io.cwd, warn);
  progress = createProgress(io.stderr, targets.length);
  const formatter = createFormatter(command.format, io);
  const totals: Totals = { errors: 0, warnings: 0, notes: 0, checked: 0, unreadable: 0, unmatched };
  const jobs = command.jobs ?? (targets.length < PARALLEL_FROM_FILES ? 1 : Math.min(2, availableParallelism()));
  const options = { disable: command.disable, maxFileSize: command.maxFileSize };
  const results = workerScript && jobs > 1 ? checkInWorkers(workerScript, targets, options, jobs) : checkInOrder(targets, options, analyzer);
  out(formatter.begin());
  let done = 0;
  for await (const result of results) {
    tally(totals, result);
    if ('error' in result) warn(`${result.path}: ${result.error}`);
    out(formatter.file(result));
    progress.update(++done);
  }
  progress.clear();
  out(formatter.end(totals));
  if (totals.checked === 0) warn('没有可检查的文件 (nothing could be checked)');
  else if (unmatched > 0) warn(`${unmatched} 个路径没有可检查的文件，故退出码为 2 (${unmatched} path(s) named no file to check, hence exit code 2)`);
  return exitCodeOf(totals);
}

function createFormatter(format: Format, io: Io): Formatter {
  switch (format) {
    case 'json':
      return jsonFormatter();
    case 'sarif':
      return sarifFormatter(io.cwd, version);
    case 'text':
      return textFormatter(shouldColor(io.stdout, io.env));
  }
}
