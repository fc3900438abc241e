// argv → Command. Usage problems throw UsageError (exit code 2).
import { constants } from 'node:buffer';
import { parseArgs } from 'node:util';
import bytes from 'bytes';
import { RULE_METAS } from '../core/rules/meta';
import { displayPath, type FsPath } from './fsPath';

export type Format = 'text' | 'json' | 'sarif';

export interface CheckCommand {
  kind: 'check';
  paths: FsPath[];
  format: Format;
  disable: string[];
  /** Worker threads to check files in; null: chosen from the number of files. */
  jobs: number | null;
  /** Larger files are not read. */
  maxFileSize: number;
}

export type Command = { kind: 'help' } | { kind: 'version' } | { kind: 'rules'; format: 'text' | 'json' } | CheckCommand;

export class UsageError extends Error {}

export const MAX_JOBS = 64;
/** Below this many files, worker threads cost more than they save: one job unless --jobs says otherwise. */
export const PARALLEL_FROM_FILES = 200;
const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
/** Whole megabytes, no more than fit in one string. */
const MAX_FILE_SIZE_CEILING = Math.floor(constants.MAX_STRING_LENGTH / 2 ** 20) * 2 ** 20;
/** What bytes.parse reads as written (it reads 50M as 50 bytes). */
const SIZE = /^(\d+|\d+(\.\d+)?\s*[kmgt]b)$/i;

export const USAGE = `用法 (usage):
  govreport check [选项] 路径...          检查文件、文件夹或通配符 (check files, folders, globs)
  govreport rules [--format text|json]    列出规则 (list the rules)
  govreport --help | --version
`;

export const HELP = `govreport — 政府信息公开工作年度报告校验 (checker for government information-disclosure annual reports)

${USAGE}
选项 (options):
  --format text|json|sarif   输出格式，默认 text (output format, default text)
  --disable 规则[,规则]       关闭规则，可重复 (switch rules off; repeatable)
  --jobs N                   用 N 个线程并行检查（1–${MAX_JOBS}）；默认少于 ${PARALLEL_FROM_FILES} 个文件时为 1，否则为 2（不超过 CPU 数）
                             (check files in N worker threads; default 1 below ${PARALLEL_FROM_FILES} files, else 2 or the CPU count if lower)
  --max-file-size 大小       更大的文件不读取，默认 ${bytes.format(DEFAULT_MAX_FILE_SIZE)}；字节数或 512KB、50MB 等大小（1KB = 1024 字节）
                             (larger files are not read, default ${bytes.format(DEFAULT_MAX_FILE_SIZE)}; a number of bytes or a size such as 512KB or 50MB)
  -h, --help                 显示帮助 (show this help)
  -v, --version              显示版本 (show the version)

路径 (paths): 普通文件；文件夹（递归查找 .txt .md .html .htm .pdf .docx）；通配符 *、**、?。文件夹与通配符跳过以 . 开头的条目、node_modules 和非普通文件。
  (regular files; folders, searched recursively for .txt .md .html .htm .pdf .docx; globs with *, ** and ?. Folders and globs skip dot entries,
  node_modules and what is not a regular file.)
编码 (encodings): UTF-8（可带 BOM）、带 BOM 的 UTF-16LE/BE、GB18030/GBK、Big5，取读来最像中文报告的一种。
  (UTF-8 with or without BOM, UTF-16LE/BE with BOM, GB18030/GBK, Big5: whichever reads most like a Chinese report.)

退出码 (exit codes):
  0 没有错误 (no errors)
  1 发现错误 (errors found)
  2 用法错误；有路径不存在，或是没有可检查文件的文件夹、没有匹配的通配符（其余路径照常检查）；或没有可读取的文件。优先于 1
    (usage error; a path that is missing, a folder without report files or a glob without matches (the other paths are still
    checked); or nothing could be read. Wins over 1)
`;

const OPTIONS = {
  format: { type: 'string' },
  disable: { type: 'string', multiple: true },
  jobs: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  'max-file-size': { type: 'string' },
  version: { type: 'boolean', short: 'v' },
} as const;

const FORMATS: readonly Format[] = ['text', 'json', 'sarif'];

/** Arguments that are not valid UTF-8 come as bytes: paths keep them, all else is read as displayed. */
export function parseCommand(argv: readonly FsPath[]): Command {
  // strict: false so that unknown options reach us as tokens and get our own message.
  const { values, tokens } = parseArgs({
    args: argv.map(displayPath),
    options: OPTIONS,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const spec = (OPTIONS as Record<string, { type: string }>)[token.name];
    if (!spec) throw new UsageError(`未知选项 (unknown option): ${token.rawName}`);
    if (spec.type === 'string' && token.value === undefined) {
      throw new UsageError(`${token.rawName} 需要一个值 (needs a value)`);
    }
  }
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };

  const [command, ...rest] = tokens.flatMap((token) => (token.kind === 'positional' ? [argv[token.index]] : []));
  const format = (values.format as string | undefined) ?? 'text';
  const disable = ((values.disable ?? []) as string[]).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);

  switch (command === undefined ? undefined : displayPath(command)) {
    case undefined:
      throw new UsageError('缺少命令 (missing command)');
    case 'rules':
      if (rest.length > 0) throw new UsageError(`rules 不接受参数 (rules takes no arguments): ${rest.map(displayPath).join(' ')}`);
      if (disable.length > 0) throw new UsageError('--disable 只能用于 check (--disable is only valid with check)');
      if (values.jobs !== undefined) throw new UsageError('--jobs 只能用于 check (--jobs is only valid with check)');
      if (values['max-file-size'] !== undefined) throw new UsageError('--max-file-size 只能用于 check (--max-file-size is only valid with check)');
      if (format !== 'text' && format !== 'json') {
        throw new UsageError(`rules 的 --format 只能是 text 或 json (rules supports --format text or json): ${format}`);
      }
      return { kind: 'rules', format };
    case 'check': {
      if (rest.length === 0) throw new UsageError('check 需要至少一个路径 (check needs at least one path)');
      if (!(FORMATS as readonly string[]).includes(format)) {
        throw new UsageError(`未知格式 (unknown format): ${format}；可用 (valid): ${FORMATS.join(', ')}`);
      }
      const unknown = disable.filter((id) => !RULE_METAS.some((m) => m.id === id));
      if (unknown.length > 0) {
        throw new UsageError(
          `未知规则 (unknown rule): ${unknown.join(', ')}；可用规则 (valid rules): ${RULE_METAS.map((m) => m.id).join(', ')}`,
        );
      }
      return {
        kind: 'check',
        paths: rest,
        format: format as Format,
        disable,
        jobs: parseJobs(values.jobs as string | undefined),
        maxFileSize: parseSize(values['max-file-size'] as string | undefined),
      };
    }
    default:
      throw new UsageError(`未知命令 (unknown command): ${displayPath(command)}`);
  }
}

function parseJobs(value: string | undefined): number | null {
  if (value === undefined) return null;
  const jobs = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(jobs >= 1 && jobs <= MAX_JOBS)) throw new UsageError(`--jobs 需要 1 到 ${MAX_JOBS} 之间的整数 (--jobs needs a whole number from 1 to ${MAX_JOBS}): ${value}`);
  return jobs;
}

function parseSize(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_FILE_SIZE;
  const size = SIZE.test(value.trim()) ? bytes.parse(value.trim()) : null;
  if (size === null || size < 1 || size > MAX_FILE_SIZE_CEILING) {
    const max = bytes.format(MAX_FILE_SIZE_CEILING);
    throw new UsageError(`--max-file-size 需要 1 字节到 ${max} 之间的大小，如 50MB 或 512KB (--max-file-size needs a size from 1 byte to ${max}, such as 50MB or 512KB): ${value}`);
  }
  return size;
}
