// The CLI as a function: argv and streams in, exit code out (main.ts wires it to the process).
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { version } from '../../../package.json';
import { analyze } from '../core/analyze';
import { translator } from '../core/messages/translate';
import { HELP, PARALLEL_FROM_FILES, STDIN, USAGE, UsageError, parseCommand, type CheckCommand, type Command } from './args';
import { checkInOrder, checkInWorkers, type Analyzer, type Task } from './checkFiles';
import { CrossYearCollector, tallyCross } from './crossYear';
import { discover } from './discover';
import { encode } from './encode';
import { FileOptions } from './fileOptions';
import { displayPath, type FsPath } from './fsPath';
import { htmlFormatter } from './formatHtml';
import { formatRule, formatRules } from './formatRules';
import { jsonFormatter } from './formatJson';
import { sarifFormatter } from './formatSarif';
import { shouldColor, textFormatter } from './formatText';
import { createProgress, type Progress } from './progress';
import { exitCodeOf, onlyErrors, tally, type FileResult, type Formatter, type Totals } from './results';

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
  /** The bytes of standard input (the path `-`). */
  readStdin?: () => Promise<Uint8Array>;
  /** The clock of the progress line (milliseconds; Date.now unless a test sets it). */
  now?: () => number;
}

/** What standard input is called in the output without --stdin-filename. */
const STDIN_NAME = '<stdin>';

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
    case 'rules': {
      if (command.id === undefined) {
        io.stdout.write(formatRules(command.format));
        return 0;
      }
      const page = formatRule(command.id, command.format);
      if (page === undefined) {
        io.stderr.write(`govreport: 找不到规则 ${command.id} 的说明文档 (the rule's documentation is not installed): docs/rules/${command.id}.md\n`);
        return 2;
      }
      io.stdout.write(page);
      return 0;
    }
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
  const toStream = (stream: OutStream) => (chunk: string) => {
    if (!chunk) return;
    progress?.clear();
    stream.write(chunk);
  };
  // --fix-dry-run: standard output is the patch, the report goes to the output file or standard error
  const report = command.outputFile ? fileSink(resolve(io.cwd, command.outputFile)) : { write: toStream(command.fix === 'dry-run' ? io.stderr : io.stdout), close() {} };
  const patch = toStream(io.stdout);

  const options = new FileOptions(command, io.cwd);
  const files = command.paths.filter((p) => displayPath(p) !== STDIN);
  const { targets, unmatched } = files.length > 0 ? await discover(files, io.cwd, warn, (abs) => options.ignored(abs)) : { targets: [], unmatched: 0 };
  const tasks: Task[] = targets.map((t) => ('error' in t ? t : { ...t, options: options.of(displayPath(t.abs)) }));
  if (files.length < command.paths.length) {
    const bytes = io.readStdin ? await io.readStdin() : new Uint8Array();
    const name = command.stdinFilename ?? STDIN_NAME;
    tasks.unshift({ path: name, bytes, options: options.of(resolve(io.cwd, command.stdinFilename ?? 'stdin.txt')) });
  }
  const invalid = options.invalidConfigurations();
  if (invalid.length > 0) {
    for (const message of invalid) warn(message);
    report.close();
    return 2;
  }

  progress = createProgress(io.stderr, tasks.length, io.now);
  const formatter = createFormatter(command, io);
  const totals: Totals = { errors: 0, warnings: 0, notes: 0, checked: 0, unreadable: 0, unrecognised: 0, unmatched };
  const jobs = command.jobs ?? (tasks.length < PARALLEL_FROM_FILES ? 1 : Math.min(2, availableParallelism()));
  const results = workerScript && jobs > 1 ? checkInWorkers(workerScript, tasks, jobs) : checkInOrder(tasks, analyzer);
  const crossYear = command.cross ? new CrossYearCollector() : null;
  report.write(formatter.begin());
  let done = 0;
  for await (const checked of results) {
    const task = tasks[done];
    const result = command.quiet ? onlyErrors(checked) : checked;
    tally(totals, result);
    if ('error' in result) warn(`${result.path}: ${result.error}`);
    else if (result.fix && command.fix === 'write' && 'abs' in task) writeFileSync(task.abs, encode(result.fix.after, result.fix.encoding));
    else if (result.fix && command.fix === 'dry-run') patch(unifiedDiff(result));
    report.write(formatter.file(result));
    crossYear?.add(result);
    progress.update(++done);
  }
  progress.clear();
  const across = crossYear?.check({ severity: command.rules, locale: command.locale });
  if (across && (across.pairs.length > 0 || across.findings.length > 0)) {
    tallyCross(totals, across);
    report.write(formatter.cross?.(across) ?? '');
  }
  report.write(formatter.end(totals));
  report.close();
  if (totals.checked === 0) warn('没有可检查的文件 (nothing could be checked)');
  else if (unmatched > 0) warn(`${unmatched} 个路径没有可检查的文件，故退出码为 2 (${unmatched} path(s) named no file to check, hence exit code 2)`);
  const code = exitCodeOf(totals);
  if (code === 0 && command.maxWarnings !== null && totals.warnings > command.maxWarnings) {
    warn(`${totals.warnings} 个警告，超过 --max-warnings ${command.maxWarnings}，故退出码为 1 (${totals.warnings} warnings, more than --max-warnings ${command.maxWarnings}, hence exit code 1)`);
    return 1;
  }
  return code;
}

/** The fixes of a file as a unified diff (`a/` and `b/` prefixes, as git writes them). */
function unifiedDiff(result: Extract<FileResult, { fix?: unknown; report: unknown }>): string {
  const { before, after } = result.fix!;
  const path = result.path.split('\\').join('/');
  return createTwoFilesPatch(`a/${path}`, `b/${path}`, before, after, undefined, undefined, { context: 3 }).replace(/^=+\n/, '');
}

/** Output written to a file as it comes, the file created even when nothing is written. */
function fileSink(path: string): { write(chunk: string): void; close(): void } {
  const fd = openSync(path, 'w');
  return {
    write: (chunk) => {
      if (chunk) writeSync(fd, chunk);
    },
    close: () => closeSync(fd),
  };
}

function createFormatter({ format, locale }: CheckCommand, io: Io): Formatter {
  switch (format) {
    case 'json':
      return jsonFormatter();
    case 'sarif':
      return sarifFormatter(io.cwd, version, translator(locale));
    case 'html':
      return htmlFormatter({ version, generatedAt: new Date() });
    case 'text':
      return textFormatter(shouldColor(io.stdout, io.env), translator(locale));
  }
}
