// The CLI as a function: argv and streams in, exit code out (main.ts wires it to the process).
import { version } from '../../../package.json';
import { analyze } from '../core/analyze';
import type { AnalyzeOptions, Report } from '../core/types';
import { HELP, USAGE, UsageError, parseCommand, type CheckCommand, type Command, type Format } from './args';
import { readText } from './decode';
import { discover } from './discover';
import { formatRules } from './formatRules';
import { jsonFormatter } from './formatJson';
import { sarifFormatter } from './formatSarif';
import { shouldColor, textFormatter } from './formatText';
import { createProgress, type Progress } from './progress';
import { exitCodeOf, tally, type FileResult, type Formatter, type Totals } from './results';

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

export type Analyzer = (text: string, options: AnalyzeOptions) => Report;

export async function run(argv: readonly string[], io: Io, analyzer: Analyzer = analyze): Promise<number> {
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
      return check(command, io, analyzer);
  }
}

async function check(command: CheckCommand, io: Io, analyzer: Analyzer): Promise<number> {
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

  const targets = await discover(command.paths, io.cwd, warn);
  progress = createProgress(io.stderr, targets.length);
  const formatter = createFormatter(command.format, io);
  const totals: Totals = { errors: 0, warnings: 0, notes: 0, checked: 0, unreadable: 0 };
  out(formatter.begin());
  for (const [i, target] of targets.entries()) {
    const result = 'error' in target ? target : await checkFile(target.path, target.abs, command.disable, analyzer);
    tally(totals, result);
    if ('error' in result) warn(`${result.path}: ${result.error}`);
    out(formatter.file(result));
    progress.update(i + 1);
  }
  progress.clear();
  out(formatter.end(totals));
  if (totals.checked === 0) warn('没有可检查的文件 (nothing could be checked)');
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

async function checkFile(path: string, abs: string, disable: string[], analyzer: Analyzer): Promise<FileResult> {
  const decoded = await readText(abs);
  if ('error' in decoded) return { path, error: decoded.error };
  try {
    return { path, text: decoded.text, report: analyzer(decoded.text, { disable }) };
  } catch (err) {
    // The core promises never to throw; if it does, that file fails and the others go on.
    return { path, error: `分析失败 (analysis failed): ${err instanceof Error ? err.message : String(err)}` };
  }
}
